package org.onthaal.staff;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import jakarta.annotation.security.RolesAllowed;
import org.onthaal.base.audit.AuditLog;
import org.onthaal.base.security.CurrentUser;
import org.onthaal.base.security.Sha256;
import org.onthaal.staff.StaffChangeRejected.Reason;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A staff user turns two-step sign-in on or off for their own account. Turning it on
 * takes a code from the app made with the new secret, so nobody ends up locked out by a
 * QR code their phone never read; nothing is stored before that code is right. Turning it
 * off takes the password, like changing it.
 */
@Service
public class TwoFactorEnrolment {

	static final String ISSUER = "Onthaal";

	private static final String ENTITY = "staff_user";

	private final StaffRepository staff;

	private final TwoFactorRepository twoFactor;

	private final TotpSecretCipher cipher;

	private final PasswordEncoder passwords;

	private final LoginThrottle throttle;

	private final AuditLog audit;

	private final Clock clock;

	TwoFactorEnrolment(StaffRepository staff, TwoFactorRepository twoFactor, TotpSecretCipher cipher,
			PasswordEncoder passwords, LoginThrottle throttle, AuditLog audit, Clock clock) {
		this.staff = staff;
		this.twoFactor = twoFactor;
		this.cipher = cipher;
		this.passwords = passwords;
		this.throttle = throttle;
		this.audit = audit;
		this.clock = clock;
	}

	/** A secret to enrol, held by the screen until the user confirms it with a code. */
	public record Pending(byte[] secret, String secretText, String otpauthUri) {
	}

	@RolesAllowed({ Role.HOST_NAME, Role.MANAGER_NAME })
	@Transactional(readOnly = true)
	public boolean isEnabled() {
		return twoFactor.isEnabled(CurrentUser.username());
	}

	/**
	 * Whether the signed-in user manages a place that requires two-step sign-in of its
	 * managers and has not switched it on yet.
	 */
	@RolesAllowed({ Role.HOST_NAME, Role.MANAGER_NAME })
	@Transactional(readOnly = true)
	public boolean mustEnrol() {
		return twoFactor.managerMustEnrol(CurrentUser.username());
	}

	/** A new secret for the signed-in user; stores nothing. */
	@RolesAllowed({ Role.HOST_NAME, Role.MANAGER_NAME })
	public Pending start() {
		byte[] secret = Totp.newSecret();
		String secretText = Totp.base32(secret);
		return new Pending(secret, secretText.replaceAll("(.{4})(?!$)", "$1 "),
				Totp.otpauthUri(ISSUER, CurrentUser.username(), secret));
	}

	/**
	 * Switches two-step sign-in on when {@code code} is the app's current code for the
	 * secret; answers the recovery codes, which are shown this once and kept only as
	 * hashes.
	 */
	@RolesAllowed({ Role.HOST_NAME, Role.MANAGER_NAME })
	@Transactional
	public List<String> enable(byte[] secret, String code) {
		StaffAccount account = me();
		OptionalLong step = Totp.matchingStep(secret, code, clock.instant(), -1);
		if (step.isEmpty()) {
			throw new StaffChangeRejected(Reason.TWO_FACTOR_CODE_WRONG);
		}
		List<String> codes = RecoveryCodes.generate();
		List<String> hashes = codes.stream().map(c -> Sha256.hex(RecoveryCodes.normalize(c).orElseThrow())).toList();
		twoFactor.enable(account.id(), cipher.seal(secret), step.getAsLong(), OffsetDateTime.now(clock), hashes);
		audit.record(account.username(), "STAFF_TWO_FACTOR_ENABLED", ENTITY, account.id(), null,
				details(account.username()));
		return codes;
	}

	/** Switches two-step sign-in off; a wrong password counts as a failed sign-in. */
	@RolesAllowed({ Role.HOST_NAME, Role.MANAGER_NAME })
	@Transactional(noRollbackFor = StaffChangeRejected.class)
	public void disable(String password, String address) {
		StaffAccount account = me();
		if (throttle.isThrottled(account.username(), address)) {
			throw new StaffChangeRejected(Reason.TOO_MANY_ATTEMPTS);
		}
		if (!passwords.matches(password, account.passwordHash())) {
			throttle.recordFailure(account.username(), address);
			throw new StaffChangeRejected(Reason.PASSWORD_WRONG);
		}
		twoFactor.disable(account.id());
		audit.record(account.username(), "STAFF_TWO_FACTOR_DISABLED", ENTITY, account.id(), null,
				details(account.username()));
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
