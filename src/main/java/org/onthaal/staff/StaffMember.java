package org.onthaal.staff;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A staff user as the back office's staff screen shows it. {@code locations} empty means
 * the user was never scoped to a place and works in all of them.
 */
public record StaffMember(long id, String username, String displayName, String uiLanguage, boolean active, boolean demo,
		boolean mustChangePassword, @Nullable OffsetDateTime lastLoginAt, int version, Set<Role> roles,
		List<Place> locations) {

	/** A meeting place the staff user works in. */
	public record Place(long id, String name) {
	}

	public boolean isManager() {
		return roles.contains(Role.MANAGER);
	}

}
