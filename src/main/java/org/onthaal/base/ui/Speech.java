package org.onthaal.base.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;

/**
 * Builds what the kiosk's speakers say from the same translation keys the screens show,
 * so what is heard is what is written, in the language it is written in, and a manager's
 * recording of that key (and language) can stand in for the device voice.
 */
public final class Speech {

	private Speech() {
	}

	/** A translation key's text in the screen language. */
	public static Utterance said(Component screen, String key, Object... arguments) {
		return new Utterance(screen.getTranslation(key, arguments), screenLanguage(screen), key);
	}

	/** Words of no translation key (a place's own interest, a language's own name). */
	public static Utterance words(String text, Locale language) {
		return Utterance.unrecorded(text, language.toLanguageTag());
	}

	/**
	 * Words in the screen language that are no translation key's text (an error shown).
	 */
	public static Utterance words(Component screen, String text) {
		return Utterance.unrecorded(text, screenLanguage(screen));
	}

	/** The language the screen is shown in (the UI's, as its translations use). */
	public static String screenLanguage(Component screen) {
		UI ui = screen.getUI().orElseGet(UI::getCurrent);
		return (ui == null ? Locale.ENGLISH : ui.getLocale()).toLanguageTag();
	}

	/** The same key in each of these languages, each with its own language's voice. */
	public static List<Utterance> inEach(Component screen, List<Locale> languages, String key) {
		return languages.stream()
			.map(language -> new Utterance(screen.getTranslation(language, key), language.toLanguageTag(), key))
			.toList();
	}

}
