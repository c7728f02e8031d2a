package org.onthaal.checkin.ui;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.onthaal.checkin.CheckInRejected;
import org.onthaal.checkin.form.LanguagePicker;
import org.onthaal.checkin.form.RejectionMessages;

/** The languages the family speaks, at least one, in the order tapped. */
class LanguagesStep extends NewFamilyStep {

	private final LanguagePicker languages;

	LanguagesStep(List<String> commonLanguages) {
		super("languages", "kiosk.languages.title");
		languages = new LanguagePicker(commonLanguages);
		languages.addChangeListener(() -> {
			if (hasError() && problem() == null) {
				clearError();
			}
		});
		answer(languages);
	}

	LanguagePicker picker() {
		return languages;
	}

	@Override
	@Nullable String problem() {
		return languages.chosenLanguages().isEmpty()
				? RejectionMessages.text(this, CheckInRejected.Reason.LANGUAGE_MISSING) : null;
	}

}
