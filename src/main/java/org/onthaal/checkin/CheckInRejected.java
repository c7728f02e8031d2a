package org.onthaal.checkin;

/**
 * A check-in that was refused for a reason the family can act on; the UI translates the
 * reason.
 */
public class CheckInRejected extends RuntimeException {

	public enum Reason {

		NICKNAME_EMPTY, NICKNAME_TOO_LONG, NICKNAME_INVALID, LANGUAGE_MISSING, MEET_MISSING, UNKNOWN_AGE_BAND,
		ALREADY_HERE, NOT_HERE, UNKNOWN_FAMILY,
		/**
		 * Answers no screen offers (a language code that is no language, an interest the
		 * catalogue does not offer, a count beyond the screen's): only a tampered client
		 * sends them.
		 */
		NOT_OFFERED

	}

	private final Reason reason;

	CheckInRejected(Reason reason) {
		super("Check-in refused: " + reason);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}

}
