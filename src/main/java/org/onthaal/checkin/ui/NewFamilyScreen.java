package org.onthaal.checkin.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import org.onthaal.checkin.form.NewFamilyForm;

/** A new family's answers, under the screen's prompt. */
class NewFamilyScreen extends Div implements LocaleChangeObserver {

	private final Prompt prompt;

	NewFamilyScreen(NewFamilyForm form) {
		addClassName("new-family-screen");
		prompt = new Prompt("kiosk-new-title", form::spokenQuestions);
		add(prompt, form);
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		prompt.show(getTranslation("kiosk.choice.new"));
	}

}
