package org.onthaal.checkin.form;

import com.vaadin.flow.component.Component;
import org.onthaal.checkin.CheckInRejected;
import org.onthaal.family.Nickname;

/**
 * What a refused check-in says, in the screen's language: the same words on the kiosk and
 * the host board.
 */
public final class RejectionMessages {

	private RejectionMessages() {
	}

	public static String text(Component screen, CheckInRejected.Reason reason) {
		return switch (reason) {
			case NICKNAME_EMPTY -> screen.getTranslation("kiosk.error.nicknameEmpty");
			case NICKNAME_TOO_LONG -> screen.getTranslation("kiosk.error.nicknameTooLong", Nickname.MAX_LENGTH);
			case NICKNAME_INVALID -> screen.getTranslation("kiosk.error.nicknameInvalid");
			case LANGUAGE_MISSING -> screen.getTranslation("kiosk.error.languageMissing");
			case MEET_MISSING -> screen.getTranslation("kiosk.error.meetMissing");
			case ALREADY_HERE -> screen.getTranslation("kiosk.error.alreadyHere");
			case NOT_HERE -> screen.getTranslation("kiosk.error.notHere");
			case UNKNOWN_FAMILY -> screen.getTranslation("kiosk.identify.unknown");
			case UNKNOWN_AGE_BAND, NOT_OFFERED -> screen.getTranslation("kiosk.error.unavailable");
		};
	}

}
