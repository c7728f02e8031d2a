package org.onthaal.host;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.onthaal.base.i18n.LanguageNames;
import org.onthaal.base.i18n.Translations;
import org.onthaal.host.Greetings.Greeting;

import static org.assertj.core.api.Assertions.assertThat;

/** The greeting words are data: each offered language has one, each is well formed. */
class GreetingsTest {

	private static final String REVIEW_MARK = "# Machine-assisted translation: to be reviewed by a native speaker before production use.";

	@Test
	void everyLanguageTheKioskOffersHasAGreetingOrIsListedAsHavingNoneYet() {
		List<String> offered = Stream
			.concat(Translations.SCREEN_LANGUAGES.stream().map(locale -> locale.getLanguage()),
					LanguageNames.OFTEN_HEARD.stream())
			.distinct()
			.toList();
		List<String> missing = offered.stream()
			.filter(code -> Greetings.in(code).isEmpty() && !Greetings.NONE_YET.contains(code))
			.toList();
		assertThat(missing).as("offered at the kiosk, without a greeting and not listed as none yet").isEmpty();
		assertThat(Greetings.NONE_YET).as("listed as none yet, but written")
			.noneMatch(code -> Greetings.in(code).isPresent());
	}

	@Test
	void aTransliterationIsThereExactlyForWordsInAnotherScriptThanLatin() throws IOException, URISyntaxException {
		List<String> wrong = new ArrayList<>();
		for (String code : greetingFiles()) {
			Greeting greeting = Greetings.in(code).orElseThrow(() -> new AssertionError("no word for " + code));
			boolean latinWord = latinOnly(greeting.word());
			String transliteration = greeting.transliteration();
			if (latinWord && transliteration != null) {
				wrong.add(code + ": a Latin word needs no transliteration");
			}
			if (!latinWord && (transliteration == null || !latinOnly(transliteration))) {
				wrong.add(code + ": " + greeting.word() + " needs a transliteration in Latin letters");
			}
		}
		assertThat(wrong).isEmpty();
		assertThat(Greetings.in("ar").orElseThrow()).isEqualTo(new Greeting("ar", "مرحبا", "marḥaban"));
		assertThat(Greetings.in("uk").orElseThrow()).isEqualTo(new Greeting("uk", "Привіт", "Pryvit"));
		assertThat(Greetings.in("tr").orElseThrow()).isEqualTo(new Greeting("tr", "Merhaba", null));
	}

	@Test
	void everyGreetingIsOfAKnownLanguageAndMarkedForReviewLikeTheKiosksTranslations()
			throws IOException, URISyntaxException {
		for (String code : greetingFiles()) {
			assertThat(LanguageNames.own(code)).as("a language nobody knows: %s", code).isNotEqualTo(code);
			List<String> lines = Files.readAllLines(directory().resolve("greeting_" + code + ".properties"),
					StandardCharsets.UTF_8);
			assertThat(lines).as(code).contains(REVIEW_MARK);
		}
		assertThat(greetingFiles()).hasSizeGreaterThan(40);
	}

	@Test
	void aLanguageWithoutAGreetingShowsNoneNeverAnotherLanguagesWord() {
		assertThat(Greetings.in("xx")).isEmpty();
		// Tamazight has its own word; no language borrows English or Dutch
		assertThat(Greetings.in("tzm").orElseThrow().word()).isEqualTo("ⴰⵣⵓⵍ");
		assertThat(Greetings.in("../messages")).isEmpty();
		assertThat(Greetings.in("")).isEmpty();
	}

	private static boolean latinOnly(String text) {
		return text.codePoints()
			.filter(Character::isLetter)
			.allMatch(point -> Character.UnicodeScript.of(point) == Character.UnicodeScript.LATIN);
	}

	private static List<String> greetingFiles() throws IOException, URISyntaxException {
		try (Stream<Path> files = Files.list(directory())) {
			return files.map(path -> path.getFileName().toString())
				.filter(name -> name.startsWith("greeting_") && name.endsWith(".properties"))
				.map(name -> name.substring("greeting_".length(), name.length() - ".properties".length()))
				.sorted()
				.toList();
		}
	}

	private static Path directory() throws URISyntaxException {
		return Path.of(Objects.requireNonNull(GreetingsTest.class.getResource("/i18n/greetings")).toURI());
	}

}
