package org.onthaal.staff;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

import org.onthaal.base.audit.AuditLog;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates staff accounts when nobody is signed in to ask: the first manager (from the
 * environment or the set-up link) and the demo staff. It checks no caller, so it is no
 * service a screen may use; the back office creates staff through
 * {@link StaffService#createStaff(NewStaff)}, which checks the manager and their places.
 * The architecture test keeps every other class away from it.
 */
@Component
public class StaffProvisioning {

	private static final String ENTITY = "staff_user";

	private final StaffRepository staff;

	private final PasswordEncoder passwords;

	private final AuditLog audit;

	StaffProvisioning(StaffRepository staff, PasswordEncoder passwords, AuditLog audit) {
		this.staff = staff;
		this.passwords = passwords;
		this.audit = audit;
	}

	/** Creates a staff user; the password is stored only as a hash. */
	@Transactional
	public long create(String actor, String username, String password, String displayName, Set<Role> roles,
			Collection<Long> locationIds, boolean demo) {
		if (!StaffService.isValidUsername(username)) {
			throw new IllegalArgumentException("Username must be 2 to 60 letters, digits, dots or dashes");
		}
		if (password.length() < StaffService.MIN_PASSWORD_LENGTH) {
			throw new IllegalArgumentException(
					"Password must have at least " + StaffService.MIN_PASSWORD_LENGTH + " characters");
		}
		if (staff.usernameTaken(username)) {
			throw new IllegalStateException("Username " + username + " is taken");
		}
		long id = staff.create(username, passwords.encode(password), displayName, "nl", roles, locationIds, demo,
				false);
		audit.record(actor, "STAFF_CREATED", ENTITY, id, null, Map.of("username", username, "roles", roles));
		return id;
	}

}
