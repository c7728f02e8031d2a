package org.onthaal.base.i18n;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import com.vaadin.flow.i18n.I18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Every text a person reads comes from the bundles in {@code i18n/}. English is the root
 * bundle, so a key missing in one language shows in English rather than as a raw key.
 * {@code messages} holds what families and hosts read, in every screen language; the
 * back-office bundles ({@code office*}) hold what managers read, in the staff languages
 * Dutch, French and English, one bundle per feature so features stay apart.
 */
@Component
public class Translations implements I18NProvider {

	public static final String BUNDLE = "i18n/messages";

	/** Bundles looked up in this order; the first that has a key answers. */
	public static final List<String> BUNDLES = List.of(BUNDLE, "i18n/office", "i18n/office-staff", "i18n/office-space",
			"i18n/office-kiosks", "i18n/office-families", "i18n/office-insights", "i18n/office-prompts",
			"i18n/office-tuning");

	/** The languages the back office is written in; others see it in English. */
	public static final List<Locale> STAFF_LANGUAGES = List.of(Locale.forLanguageTag("nl"), Locale.forLanguageTag("fr"),
			Locale.ENGLISH);

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
		for (String name : BUNDLES) {
			ResourceBundle bundle = ResourceBundle.getBundle(name, locale, NO_DEFAULT_FALLBACK);
			if (bundle.containsKey(key)) {
				return new MessageFormat(bundle.getString(key), locale).format(params);
			}
		}
		log.warn("Missing translation key {} for {}", key, locale);
		return "!" + key;
	}

	/**
	 * Whether any bundle knows the key (in English, the root every language falls back
	 * to), e.g. whether an interest has a built-in label.
	 */
	public static boolean has(String key) {
		return BUNDLES.stream()
			.anyMatch(name -> ResourceBundle.getBundle(name, Locale.ROOT, NO_DEFAULT_FALLBACK).containsKey(key));
	}

	public static boolean isRightToLeft(Locale locale) {
		return switch (locale.getLanguage()) {
			case "ar", "he", "fa", "prs", "ur", "ps", "ckb", "yi" -> true;
			default -> false;
		};
	}

	/**
	 * A language's name in that language itself, from the JDK's CLDR data, e.g.
	 * "العربية".
	 */
	public static String nativeName(String languageCode) {
		return LanguageNames.own(languageCode);
	}

}
