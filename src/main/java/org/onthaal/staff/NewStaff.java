package org.onthaal.staff;

import java.util.Set;

/** What a manager fills in to create a staff user. */
public record NewStaff(String username, String displayName, Set<Role> roles, Set<Long> locationIds, String uiLanguage,
		String password) {
}
