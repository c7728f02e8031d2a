package org.onthaal.staff;

import java.util.Set;

/** A staff user as sign-in and screens need it. */
public record StaffAccount(long id, String username, String passwordHash, String displayName, String uiLanguage,
		boolean active, boolean demo, Set<Role> roles) {
}
