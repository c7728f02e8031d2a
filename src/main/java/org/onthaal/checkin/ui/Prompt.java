package org.onthaal.checkin.ui;

import java.util.function.Supplier;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import org.onthaal.base.ui.SpeakButton;

/**
 * A screen's main prompt with its speaker button, which reads the prompt (or more) aloud.
 */
class Prompt extends Div implements LocaleChangeObserver {

	private final H1 heading = new H1();

	private final SpeakButton speak;

	Prompt(String id) {
		this(id, null);
	}

	/**
	 * {@code spoken} is what the speaker reads when it is more than the heading, e.g. a
	 * form's questions.
	 */
	Prompt(String id, Supplier<String> spoken) {
		addClassName("kiosk-prompt");
		heading.setId(id);
		speak = new SpeakButton(spoken == null ? heading::getText : spoken);
		speak.setId(id + "-speak");
		add(heading, speak);
	}

	void show(String text) {
		heading.setText(text);
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		speak.setLabel(getTranslation("kiosk.readAloud"));
	}

}
