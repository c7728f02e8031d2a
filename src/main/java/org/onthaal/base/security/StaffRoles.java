package org.onthaal.base.security;

/**
 * The role names that views and services check. They live here, not in the staff feature,
 * because every feature checks them and staff itself depends on some of those features (a
 * constant copied in by the compiler would hide such a cycle from the architecture test).
 */
public final class StaffRoles {

	public static final String HOST = "HOST";

	public static final String MANAGER = "MANAGER";

	private StaffRoles() {
	}

}
