package org.onthaal.staff;

/** What a staff user may do. Managers can do everything a host can. */
public enum Role {

	HOST, MANAGER;

	public static final String HOST_NAME = "HOST";

	public static final String MANAGER_NAME = "MANAGER";

}
