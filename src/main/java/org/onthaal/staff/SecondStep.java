package org.onthaal.staff;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.OptionalLong;

import org.onthaal.base.security.Sha256;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second step of a two-step sign-in: a code from the app, or one of the recovery
 * codes. Only someone who has just given the right password may call it. Wrong codes
 * count as failed sign-ins and the same throttle applies, so the six digits cannot be
 * guessed: 10 tries per 15 minutes against a million codes.
 */
@Component
public class SecondStep {

	public enum Outcome {

		ACCEPTED, WRONG, THROTTLED

	}

	private final TwoFactorRepository twoFactor;

	private final TotpSecretCipher cipher;

	private final LoginThrottle throttle;

	private final StaffAccounts accounts;

	private final Clock clock;

	SecondStep(TwoFactorRepository twoFactor, TotpSecretCipher cipher, LoginThrottle throttle, StaffAccounts accounts,
			Clock clock) {
		this.twoFactor = twoFactor;
		this.cipher = cipher;
		this.throttle = throttle;
		this.accounts = accounts;
		this.clock = clock;
	}

	/**
	 * Checks the code of the user who passed the password step. Only the second-step
	 * filter calls this, for a session it found owing the second step, in the holder its
	 * own security chain uses: no method security around it, since that reads the static
	 * holder, which need not be the chain's when several apps ran in one JVM.
	 */
	@Transactional
	Outcome check(String username, String code, String address) {
		if (throttle.isThrottled(username, address)) {
			return Outcome.THROTTLED;
		}
		Optional<TwoFactorRepository.Enrolled> enrolled = twoFactor.findEnrolled(username);
		if (enrolled.isPresent() && accepts(enrolled.get(), code)) {
			accounts.recordSignIn(username);
			return Outcome.ACCEPTED;
		}
		throttle.recordFailure(username, address);
		return Outcome.WRONG;
	}

	private boolean accepts(TwoFactorRepository.Enrolled enrolled, String code) {
		Optional<String> recovery = RecoveryCodes.normalize(code);
		if (recovery.isPresent()) {
			return twoFactor.useRecoveryCode(enrolled.staffUserId(), Sha256.hex(recovery.get()),
					OffsetDateTime.now(clock));
		}
		if (enrolled.sealedSecret() == null) {
			return false;
		}
		OptionalLong step = Totp.matchingStep(cipher.open(enrolled.sealedSecret()), code, clock.instant(),
				enrolled.lastStep());
		return step.isPresent() && twoFactor.useStep(enrolled.staffUserId(), step.getAsLong());
	}

}
