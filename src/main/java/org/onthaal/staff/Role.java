package org.onthaal.staff;

import org.onthaal.base.security.StaffRoles;

/** What a staff user may do. Managers can do everything a host can. */
public enum Role {

	HOST, MANAGER;

	public static final String HOST_NAME = StaffRoles.HOST;

	public static final String MANAGER_NAME = StaffRoles.MANAGER;

}
