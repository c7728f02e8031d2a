package org.onthaal.family;

/** A correction the service refuses, with the reason the dialog translates. */
public class FamilyEditRejected extends IllegalArgumentException {

	public enum Reason {

		NICKNAME_EMPTY, NICKNAME_TOO_LONG, NICKNAME_INVALID, LANGUAGE_MISSING, LANGUAGE_UNKNOWN, UNKNOWN_AGE_BAND,
		TOO_MANY_CHILDREN

	}

	private final Reason reason;

	public FamilyEditRejected(Reason reason) {
		super("Family edit rejected: " + reason);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}

}
