package org.onthaal.checkin.ui;

import java.util.List;

import org.onthaal.checkin.form.InterestPicker;
import org.onthaal.family.InterestOption;

/** What the family would like to talk about: as many tiles as they like, or none. */
class InterestsStep extends NewFamilyStep {

	private final InterestPicker interests;

	InterestsStep(List<InterestOption> options, String defaultLanguage) {
		super("interests", "kiosk.interests.title");
		interests = new InterestPicker(options, defaultLanguage);
		answer(interests);
	}

	InterestPicker picker() {
		return interests;
	}

}
