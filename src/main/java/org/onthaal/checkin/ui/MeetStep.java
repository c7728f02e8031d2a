package org.onthaal.checkin.ui;

import org.jspecify.annotations.Nullable;
import org.onthaal.checkin.CheckInRejected;
import org.onthaal.checkin.form.MeetChoice;
import org.onthaal.checkin.form.RejectionMessages;

/**
 * "Open to meeting other families today?": one tap on an answer is enough, the steps go
 * on by themselves.
 */
class MeetStep extends NewFamilyStep {

	private final MeetChoice meet = new MeetChoice();

	MeetStep(Runnable answered) {
		super("meet", "kiosk.meet.title");
		meet.onAnswer(() -> {
			clearError();
			if (meet.openToMeet().isPresent()) {
				answered.run();
			}
		});
		answer(meet);
	}

	MeetChoice choice() {
		return meet;
	}

	@Override
	@Nullable String problem() {
		return meet.openToMeet().isEmpty() ? RejectionMessages.text(this, CheckInRejected.Reason.MEET_MISSING) : null;
	}

	@Override
	protected String spoken() {
		return String.join(". ", super.spoken(), getTranslation("kiosk.meet.yes"), getTranslation("kiosk.meet.no"));
	}

}
