package org.onthaal.base.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every key exists in every kiosk language (back office: every staff language), with the
 * same placeholders, and formats cleanly.
 */
class TranslationsTest {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

	@Test
	void everyLanguageHasEveryKeyWithTheSamePlaceholders() throws IOException {
		Properties root = load("");
		assertThat(root).isNotEmpty();
		for (Locale language : Translations.SCREEN_LANGUAGES) {
			if (language.getLanguage().equals("en")) {
				continue;
			}
			Properties translated = load("_" + language.getLanguage());
			assertThat(translated.stringPropertyNames()).as("keys of %s", language)
				.isEqualTo(root.stringPropertyNames());
			for (String key : root.stringPropertyNames()) {
				String value = translated.getProperty(key);
				assertThat(value).as("%s in %s", key, language).isNotBlank();
				assertThat(placeholders(value)).as("placeholders of %s in %s", key, language)
					.isEqualTo(placeholders(root.getProperty(key)));
				assertThat(new MessageFormat(value, language).format(new Object[] { "X", "Y" }))
					.as("%s in %s formats without leftover quotes", key, language)
					.doesNotContain("{");
			}
		}
	}

	@Test
	void everyBackOfficeBundleHasEveryKeyInEveryStaffLanguage() throws IOException {
		for (String bundle : Translations.BUNDLES) {
			if (bundle.equals(Translations.BUNDLE)) {
				continue;
			}
			String name = bundle.substring(bundle.indexOf('/') + 1);
			Properties root = load(name, "");
			for (Locale language : Translations.STAFF_LANGUAGES) {
				if (language.getLanguage().equals("en")) {
					continue;
				}
				Properties translated = load(name, "_" + language.getLanguage());
				assertThat(translated.stringPropertyNames()).as("keys of %s in %s", name, language)
					.isEqualTo(root.stringPropertyNames());
				for (String key : root.stringPropertyNames()) {
					String value = translated.getProperty(key);
					assertThat(value).as("%s in %s", key, language).isNotBlank();
					assertThat(placeholders(value)).as("placeholders of %s in %s", key, language)
						.isEqualTo(placeholders(root.getProperty(key)));
					assertThat(new MessageFormat(value, language).format(new Object[] { "X", "Y", "Z" }))
						.as("%s in %s formats without leftover quotes", key, language)
						.doesNotContain("{");
				}
			}
		}
	}

	@Test
	void backOfficeKeysComeFromTheirOwnBundle() {
		Translations translations = new Translations();
		assertThat(translations.getTranslation("office.nav.staff", Locale.forLanguageTag("nl")))
			.isEqualTo("Medewerkers");
		// a host whose screen language is Arabic reads the back office in English
		assertThat(translations.getTranslation("office.nav.staff", Locale.forLanguageTag("ar"))).isEqualTo("Staff");
		assertThat(translations.getTranslation("kiosk.title", Locale.forLanguageTag("nl"))).isEqualTo("Welkom");
	}

	@Test
	void providerAnswersInTheAskedLanguageAndFallsBackToEnglish() {
		Translations translations = new Translations();
		assertThat(translations.getTranslation("kiosk.title", Locale.forLanguageTag("nl"))).isEqualTo("Welkom");
		assertThat(translations.getTranslation("kiosk.welcome", Locale.ENGLISH, "Amal"))
			.isEqualTo("Welcome, Amal! The coffee is ready.");
		// a language we don't offer gets English, not the server's default language
		assertThat(translations.getTranslation("kiosk.title", Locale.JAPANESE)).isEqualTo("Welcome");
	}

	@Test
	void languageNamesComeFromCldrInTheirOwnScript() {
		assertThat(Translations.nativeName("ar")).isEqualTo("العربية");
		assertThat(Translations.nativeName("uk")).isEqualTo("Українська");
		assertThat(Translations.nativeName("so")).isEqualTo("Soomaali");
		assertThat(Translations.isRightToLeft(Locale.forLanguageTag("ar"))).isTrue();
		assertThat(Translations.isRightToLeft(Locale.forLanguageTag("tr"))).isFalse();
	}

	private static Set<String> placeholders(String value) {
		Set<String> found = new TreeSet<>();
		Matcher matcher = PLACEHOLDER.matcher(value);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

	private static Properties load(String suffix) throws IOException {
		return load("messages", suffix);
	}

	private static Properties load(String name, String suffix) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = TranslationsTest.class.getResourceAsStream("/i18n/" + name + suffix + ".properties")) {
			assertThat(in).as("bundle %s%s", name, suffix).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
