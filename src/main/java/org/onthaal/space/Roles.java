package org.onthaal.space;

/**
 * The role names method security checks, as in {@code staff.Role}: space cannot name the
 * staff feature (staff depends on space).
 */
public final class Roles {

	public static final String MANAGER = "MANAGER";

	public static final String HOST = "HOST";

	private Roles() {
	}

}
