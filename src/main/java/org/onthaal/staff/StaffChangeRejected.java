package org.onthaal.staff;

/**
 * A staff change that breaks a rule the manager can fix; screens show the reason's text
 * ({@code staff.error.<reason>}) next to the form.
 */
public class StaffChangeRejected extends RuntimeException {

	public enum Reason {

		USERNAME_INVALID, USERNAME_TAKEN, DISPLAY_NAME_MISSING, NO_ROLE, NO_LOCATION, LANGUAGE_UNKNOWN,
		PASSWORD_TOO_SHORT, PASSWORD_TOO_LONG, PASSWORD_UNCHANGED, PASSWORD_WRONG, TOO_MANY_ATTEMPTS, SELF_DEACTIVATION,
		OWN_MANAGER_ROLE, LAST_MANAGER, BEYOND_YOUR_PLACES, TWO_FACTOR_CODE_WRONG,
		/** A control, bidi or other hidden character in the name. */
		DISPLAY_NAME_INVALID

	}

	private final Reason reason;

	public StaffChangeRejected(Reason reason) {
		super(reason.name());
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}

	/** The bundle key of the text that explains the reason to a manager. */
	public String messageKey() {
		return "staff.error." + reason.name();
	}

}
