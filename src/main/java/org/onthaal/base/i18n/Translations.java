package org.onthaal.base.i18n;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import com.vaadin.flow.i18n.I18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Every text a person reads comes from the bundles in {@code i18n/messages*.properties}.
 * English is the root bundle, so a key missing in one language shows in English rather
 * than as a raw key.
 */
@Component
public class Translations implements I18NProvider {

	public static final String BUNDLE = "i18n/messages";

	/** The screen languages the kiosk can offer, in the default order. */
	public static final List<Locale> SCREEN_LANGUAGES = Arrays
		.stream(new String[] { "nl", "fr", "en", "ar", "tr", "pl", "ro", "uk", "es", "so" })
		.map(Locale::forLanguageTag)
		.toList();

	private static final Logger log = LoggerFactory.getLogger(Translations.class);

	// no fallback to the JVM's default locale: a Dutch server must not answer French
	// users in Dutch
	private static final ResourceBundle.Control NO_DEFAULT_FALLBACK = ResourceBundle.Control
		.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	@Override
	public List<Locale> getProvidedLocales() {
		return SCREEN_LANGUAGES;
	}

	@Override
	public String getTranslation(String key, Locale locale, Object... params) {
		ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, NO_DEFAULT_FALLBACK);
		try {
			return new MessageFormat(bundle.getString(key), locale).format(params);
		}
		catch (MissingResourceException ex) {
			log.warn("Missing translation key {} for {}", key, locale);
			return "!" + key;
		}
	}

	public static boolean isRightToLeft(Locale locale) {
		return switch (locale.getLanguage()) {
			case "ar", "he", "fa", "ur", "ps", "ckb", "yi" -> true;
			default -> false;
		};
	}

	/**
	 * A language's name in that language itself, from the JDK's CLDR data, e.g.
	 * "العربية".
	 */
	public static String nativeName(String languageCode) {
		Locale locale = Locale.forLanguageTag(languageCode);
		String name = locale.getDisplayLanguage(locale);
		if (name.isBlank() || name.equals(languageCode)) {
			return languageCode;
		}
		return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
	}

}
