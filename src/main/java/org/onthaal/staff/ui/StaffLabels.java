package org.onthaal.staff.ui;

import java.util.Locale;

import org.onthaal.base.i18n.Translations;

/** How staff screens name a screen language: in that language, capitalised. */
final class StaffLabels {

	private StaffLabels() {
	}

	static String languageName(String code) {
		Locale locale = Locale.forLanguageTag(code);
		String name = Translations.nativeName(code);
		return name.isEmpty() ? code : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
	}

}
