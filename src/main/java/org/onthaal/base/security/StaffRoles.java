package org.onthaal.base.security;

/**
 * The role names that views and services check. They live here, not in the staff feature,
 * because every feature checks them and staff itself depends on some of those features (a
 * constant copied in by the compiler would hide such a cycle from the architecture test).
 */
public final class StaffRoles {

	public static final String HOST = "HOST";

	public static final String MANAGER = "MANAGER";

	/**
	 * Not a staff role: the only authority of someone who gave the right password but
	 * still owes the second step of a two-step sign-in. It opens the second step and
	 * nothing else.
	 */
	public static final String SECOND_STEP = "SECOND_STEP";

	private StaffRoles() {
	}

}
