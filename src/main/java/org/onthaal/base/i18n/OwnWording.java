package org.onthaal.base.i18n;

import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A catalogue entry's text where a manager may have written their own wording per
 * language (e.g. an interest's labels) over the built-in text of the bundles.
 */
public final class OwnWording {

	private OwnWording() {
	}

	/**
	 * The text to show in {@code language}: the manager's wording in that language, else
	 * the built-in text of {@code key} (in that language, or English), else the manager's
	 * wording in the place's default language, else any of their wordings, else the key.
	 * {@code bundle} looks a key up in the language shown (a component's getTranslation).
	 */
	public static String pick(Map<String, String> labels, String language, String key, String defaultLanguage,
			UnaryOperator<String> bundle) {
		String own = labels.get(language);
		if (own != null && !own.isBlank()) {
			return own;
		}
		if (Translations.has(key)) {
			return bundle.apply(key);
		}
		String fallback = labels.get(defaultLanguage);
		if (fallback != null && !fallback.isBlank()) {
			return fallback;
		}
		return Translations.SCREEN_LANGUAGES.stream()
			.map(locale -> labels.get(locale.getLanguage()))
			.filter(label -> label != null && !label.isBlank())
			.findFirst()
			.or(() -> labels.values().stream().filter(label -> !label.isBlank()).findFirst())
			.orElse(key);
	}

}
