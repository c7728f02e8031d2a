package org.onthaal.staff;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.onthaal.base.audit.AuditLog;
import org.onthaal.staff.StaffChangeRejected.Reason;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Account work that runs with nobody signed in: the first manager's set-up, the demo
 * seeder (and tests that need staff users), the sign-in itself. Deliberately not a
 * service a screen calls: what a signed-in user does goes through
 * {@link StaffAdministration} or {@link OwnAccount}, which check who is asking.
 */
@Component
public class StaffAccounts {

	private final StaffRepository staff;

	private final PasswordEncoder passwords;

	private final AuditLog audit;

	private final Clock clock;

	StaffAccounts(StaffRepository staff, PasswordEncoder passwords, AuditLog audit, Clock clock) {
		this.staff = staff;
		this.passwords = passwords;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Creates a staff user under the same username and password rules as the back office;
	 * the password is stored only as a hash. {@code actor} names who asked (the set-up
	 * link, the environment, the demo seeder) in the audit log.
	 */
	@Transactional
	public long create(String actor, String username, String password, String displayName, Set<Role> roles,
			Collection<Long> locationIds, boolean demo) {
		if (!AccountRules.isValidUsername(username)) {
			throw new StaffChangeRejected(Reason.USERNAME_INVALID);
		}
		PasswordPolicy.require(password);
		if (staff.usernameTaken(username)) {
			throw new StaffChangeRejected(Reason.USERNAME_TAKEN);
		}
		long id = staff.create(username, passwords.encode(password), AccountRules.requireDisplayName(displayName), "nl",
				roles, locationIds, demo, false);
		audit.record(actor, "STAFF_CREATED", "staff_user", id, null, Map.of("username", username, "roles", roles));
		return id;
	}

	@Transactional(readOnly = true)
	public Optional<StaffAccount> find(String username) {
		return staff.findByUsername(username);
	}

	/** Whether a staff user exists that is not one of the demo accounts. */
	@Transactional(readOnly = true)
	public boolean hasRealStaff() {
		return staff.existsRealStaff();
	}

	/** Called once per successful sign-in. */
	@Transactional
	void recordSignIn(String username) {
		staff.recordSignIn(username, OffsetDateTime.now(clock));
	}

}
