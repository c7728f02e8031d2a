package org.onthaal.host.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.onthaal.base.i18n.Translations;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Voorgesteld" read both as "introduced" and as "suggested": in no language may the
 * button that says the host introduced two families use that language's word for a
 * suggestion.
 */
class IntroducedWordingTest {

	/**
	 * Each language's stems of "suggest", "suggestion", "suggested" as the board's own
	 * words use them.
	 */
	private static final Map<String, List<String>> SUGGEST = Map.of("en", List.of("suggest"), "nl",
			List.of("voorstel", "voorgesteld", "voorgestel"), "fr", List.of("suggest", "propos"), "es",
			List.of("suger", "propuest"), "pl", List.of("propozy", "propon", "sugest"), "ro",
			List.of("sugest", "propu", "propun"), "so", List.of("talo"), "tr", List.of("öneri", "öner"), "uk",
			List.of("пропоз", "пропон"), "ar", List.of("اقتراح", "مقترح", "اقترح"));

	@Test
	void theIntroducedButtonNeverSaysSuggestedInAnyLanguage() throws IOException {
		for (Locale language : Translations.SCREEN_LANGUAGES) {
			String code = language.getLanguage();
			Properties bundle = load(code.equals("en") ? "" : "_" + code);
			List<String> stems = SUGGEST.get(code);
			assertThat(stems).as("stems of 'suggest' for %s", code).isNotNull();
			String suggestions = bundle.getProperty("host.suggestions.empty").toLowerCase(language);
			assertThat(stems).as("%s: the word the board uses for suggestions is known", code)
				.anyMatch(suggestions::contains);
			String introduced = bundle.getProperty("host.action.introduced").toLowerCase(language);
			assertThat(stems).as("%s: '%s' must not read as 'suggested'", code, introduced)
				.noneMatch(introduced::contains);
			assertThat(introduced).as(code)
				.isNotEqualTo(bundle.getProperty("host.suggestions.title").toLowerCase(language));
		}
	}

	private static Properties load(String suffix) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = IntroducedWordingTest.class
			.getResourceAsStream("/i18n/messages" + suffix + ".properties")) {
			assertThat(in).as("bundle messages%s", suffix).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
