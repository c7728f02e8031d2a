package org.onthaal.checkin.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import org.onthaal.base.i18n.Translations;

/**
 * The screen languages, each written in its own name and script (from the JDK's CLDR
 * data), no flags: a language is not a country. Choosing one changes the screen, not the
 * family's languages.
 */
class ScreenLanguageBar extends Nav implements LocaleChangeObserver {

	ScreenLanguageBar(List<Locale> languages) {
		this(languages, language -> {
		});
	}

	/** {@code chosen}: told after the screen changed to the language tapped. */
	ScreenLanguageBar(List<Locale> languages, Consumer<Locale> chosen) {
		addClassName("screen-language-bar");
		for (Locale language : languages) {
			Button button = new Button(Translations.nativeName(language.getLanguage()), event -> {
				UI.getCurrent().setLocale(language);
				chosen.accept(language);
			});
			button.setId("screen-language-" + language.toLanguageTag());
			button.getElement().setAttribute("lang", language.toLanguageTag());
			button.getElement().setAttribute("data-language", language.toLanguageTag());
			button.addClassName("screen-language");
			add(button);
		}
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		getElement().setAttribute("aria-label", getTranslation("kiosk.screenLanguage"));
		String current = event.getLocale().getLanguage();
		getChildren().forEach(child -> {
			boolean selected = current.equals(child.getElement().getAttribute("data-language"));
			child.getElement().setAttribute("aria-current", selected ? "true" : "false");
			child.getElement().getClassList().set("selected", selected);
		});
	}

}
