package org.onthaal.staff;

import java.util.Set;

/**
 * What a manager may change on a staff user. {@code locationIds} are the places among the
 * manager's own that the user should work in; places the manager does not run are kept as
 * they are.
 */
public record StaffChanges(String displayName, Set<Role> roles, Set<Long> locationIds, String uiLanguage) {
}
