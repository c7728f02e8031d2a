package org.onthaal.staff;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import org.onthaal.base.audit.AuditLog;
import org.onthaal.base.security.CurrentUser;
import org.onthaal.staff.StaffChangeRejected.Reason;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What every signed-in staff user does with their own account: read it, choose their own
 * password and the language of their screens. Always the caller's account, never one
 * named by a screen.
 */
@Service
public class OwnAccount {

	private static final String ENTITY = "staff_user";

	private final StaffRepository staff;

	private final PasswordEncoder passwords;

	private final AuditLog audit;

	private final LoginThrottle throttle;

	OwnAccount(StaffRepository staff, PasswordEncoder passwords, AuditLog audit, LoginThrottle throttle) {
		this.staff = staff;
		this.passwords = passwords;
		this.audit = audit;
		this.throttle = throttle;
	}

	@RolesAllowed({ Role.HOST_NAME, Role.MANAGER_NAME })
	@Transactional(readOnly = true)
	public String uiLanguage() {
		return me().uiLanguage();
	}

	/** Whether the signed-in user still has to replace a password a manager gave them. */
	@RolesAllowed({ Role.HOST_NAME, Role.MANAGER_NAME })
	@Transactional(readOnly = true)
	public boolean mustChangePassword() {
		return staff.mustChangePassword(CurrentUser.username());
	}

	/**
	 * Replaces the signed-in user's password. Wrong current passwords count as failed
	 * sign-ins, so this is no way around the sign-in throttle.
	 */
	@RolesAllowed({ Role.HOST_NAME, Role.MANAGER_NAME })
	@Transactional(noRollbackFor = StaffChangeRejected.class)
	public void changePassword(String currentPassword, String newPassword, String address) {
		StaffAccount account = me();
		String username = account.username();
		if (throttle.isThrottled(username, address)) {
			throw new StaffChangeRejected(Reason.TOO_MANY_ATTEMPTS);
		}
		if (!passwords.matches(currentPassword, account.passwordHash())) {
			throttle.recordFailure(username, address);
			throw new StaffChangeRejected(Reason.PASSWORD_WRONG);
		}
		PasswordPolicy.require(newPassword);
		if (passwords.matches(newPassword, account.passwordHash())) {
			throw new StaffChangeRejected(Reason.PASSWORD_UNCHANGED);
		}
		staff.setOwnPassword(username, passwords.encode(newPassword));
		audit.record(username, "STAFF_PASSWORD_CHANGED", ENTITY, account.id(), null, details(username));
	}

	@RolesAllowed({ Role.HOST_NAME, Role.MANAGER_NAME })
	@Transactional
	public void changeLanguage(String uiLanguage) {
		AccountRules.requireLanguage(uiLanguage);
		StaffAccount account = me();
		String username = account.username();
		if (account.uiLanguage().equals(uiLanguage)) {
			return;
		}
		staff.setOwnLanguage(username, uiLanguage);
		Map<String, Object> details = details(username);
		details.put("changed", List.of("uiLanguage"));
		details.put("uiLanguage", uiLanguage);
		audit.record(username, "STAFF_UPDATED", ENTITY, account.id(), null, details);
	}

	private StaffAccount me() {
		return staff.findByUsername(CurrentUser.username())
			.orElseThrow(() -> new AccessDeniedException("No such staff user"));
	}

	private static Map<String, Object> details(String username) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("username", username);
		return details;
	}

}
