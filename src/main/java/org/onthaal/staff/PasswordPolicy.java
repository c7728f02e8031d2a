package org.onthaal.staff;

import java.nio.charset.StandardCharsets;

import org.onthaal.staff.StaffChangeRejected.Reason;

/**
 * The one rule for every staff password, wherever it is chosen: the first manager's
 * set-up, a manager creating an account, a user changing their own. At least 12
 * characters (counted as a person counts them, so an emoji is one), and at most the 72
 * bytes bcrypt reads: longer passwords are refused, not silently cut.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	public static final int MAX_BYTES = 72;

	private PasswordPolicy() {
	}

	/** Throws the reason a screen can show when the password breaks the rule. */
	public static void require(String password) {
		if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
			throw new StaffChangeRejected(Reason.PASSWORD_TOO_SHORT);
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			throw new StaffChangeRejected(Reason.PASSWORD_TOO_LONG);
		}
	}

}
