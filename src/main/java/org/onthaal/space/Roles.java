package org.onthaal.space;

/**
 * The role names method security checks, as in {@code staff.Role}: space cannot name the
 * staff feature (staff depends on space).
 */
final class Roles {

	static final String MANAGER = "MANAGER";

	static final String HOST = "HOST";

	private Roles() {
	}

}
