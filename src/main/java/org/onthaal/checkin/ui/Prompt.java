package org.onthaal.checkin.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import org.jspecify.annotations.Nullable;
import org.onthaal.base.ui.SpeakButton;
import org.onthaal.base.ui.Utterance;

/**
 * A screen's main prompt with its speaker button. The speaker reads the heading in the
 * screen language, then whatever the screen adds (its options, an error); a screen that
 * greets in every language says so instead ({@link #sayInstead}).
 */
class Prompt extends Div implements LocaleChangeObserver {

	private final H1 heading = new H1();

	private final SpeakButton speak = new SpeakButton();

	private @Nullable String headingKey;

	private List<Utterance> more = List.of();

	private @Nullable List<Utterance> instead;

	Prompt(String id) {
		addClassName("kiosk-prompt");
		heading.setId(id);
		speak.setId(id + "-speak");
		add(heading, speak);
	}

	/** A heading that is no translation key's text as it stands (it has a name in it). */
	void show(String text) {
		show(text, null);
	}

	/**
	 * The heading, and the translation key it is the text of: a recording under that key
	 * is played instead of the device voice.
	 */
	void show(String text, @Nullable String key) {
		heading.setText(text);
		headingKey = key;
		refresh();
	}

	/** Read after the heading: the options, the error shown. */
	void alsoSay(List<Utterance> utterances) {
		more = List.copyOf(utterances);
		refresh();
	}

	/** Read in place of the heading, e.g. the same question in every kiosk language. */
	void sayInstead(List<Utterance> utterances) {
		instead = List.copyOf(utterances);
		refresh();
	}

	List<Utterance> utterances() {
		return speak.utterances();
	}

	private void refresh() {
		List<Utterance> all = new ArrayList<>();
		if (instead != null) {
			all.addAll(instead);
		}
		else if (!heading.getText().isBlank()) {
			all.add(new Utterance(heading.getText(), getLocale().toLanguageTag(), headingKey));
		}
		all.addAll(more);
		speak.say(all);
	}

	@Override
	protected void onAttach(AttachEvent attachEvent) {
		refresh();
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		speak.setLabels(getTranslation("kiosk.readAloud"), getTranslation("kiosk.readAloud.unavailable"));
		refresh();
	}

}
