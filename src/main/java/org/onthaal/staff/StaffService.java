package org.onthaal.staff;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.onthaal.audit.AuditLog;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class StaffService {

	public static final int MIN_PASSWORD_LENGTH = 12;

	private final StaffRepository staff;

	private final PasswordEncoder passwords;

	private final AuditLog audit;

	StaffService(StaffRepository staff, PasswordEncoder passwords, AuditLog audit) {
		this.staff = staff;
		this.passwords = passwords;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public Optional<StaffAccount> find(String username) {
		return staff.findByUsername(username);
	}

	@Transactional(readOnly = true)
	public boolean hasRealStaff() {
		return staff.existsRealStaff();
	}

	/**
	 * Creates a staff user; the password is stored only as a hash. Used by the
	 * first-manager set-up and the demo seeder; the back office adds its own checks on
	 * who may call it.
	 */
	@Transactional
	public long create(String actor, String username, String password, String displayName, Set<Role> roles,
			Collection<Long> locationIds, boolean demo) {
		if (!isValidUsername(username)) {
			throw new IllegalArgumentException("Username must be 2 to 60 letters, digits, dots or dashes");
		}
		if (password.length() < MIN_PASSWORD_LENGTH) {
			throw new IllegalArgumentException("Password must have at least " + MIN_PASSWORD_LENGTH + " characters");
		}
		if (staff.usernameTaken(username)) {
			throw new IllegalStateException("Username " + username + " is taken");
		}
		long id = staff.create(username, passwords.encode(password), displayName, "nl", roles, locationIds, demo);
		audit.record(actor, "STAFF_CREATED", "staff_user", id, null, Map.of("username", username, "roles", roles));
		return id;
	}

	public static boolean isValidUsername(String username) {
		return username.matches("[\\p{L}\\p{N}._-]{2,60}");
	}

}
