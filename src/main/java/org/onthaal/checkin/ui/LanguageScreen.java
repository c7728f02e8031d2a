package org.onthaal.checkin.ui;

import org.onthaal.base.ui.Speech;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import org.onthaal.base.i18n.Translations;

/**
 * Big buttons, one per screen language, each in its own name and script (CLDR), no flags.
 */
class LanguageScreen extends Div implements LocaleChangeObserver {

	private final Prompt prompt = new Prompt("kiosk-language-title");

	LanguageScreen(List<Locale> languages, Consumer<Locale> chosen) {
		addClassName("language-screen");
		Div grid = new Div();
		grid.addClassName("language-grid");
		for (Locale language : languages) {
			Button button = new Button(Translations.nativeName(language.getLanguage()),
					event -> chosen.accept(language));
			button.setId("kiosk-choose-" + language.toLanguageTag());
			button.addClassName("language-tile");
			button.getElement().setAttribute("lang", language.toLanguageTag());
			grid.add(button);
		}
		add(prompt, grid);
		// asked in every kiosk language in turn, each with its own voice: the family has
		// not chosen yet
		prompt.sayInstead(Speech.inEach(this, languages, "kiosk.language.title"));
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		prompt.show(getTranslation("kiosk.language.title"), "kiosk.language.title");
	}

}
