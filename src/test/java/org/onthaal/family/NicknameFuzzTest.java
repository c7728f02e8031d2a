package org.onthaal.family;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.onthaal.base.fuzz.Fuzz;
import org.onthaal.base.fuzz.HostileText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generated nicknames from every Unicode general category ({@link HostileText}), 10,000
 * per run from a fixed seed, so a failure replays. Whatever the kiosk or a host's
 * assisted check-in is given, cleaning it either refuses with a problem every language
 * has words for, or gives a name that is composed (NFC), storable and accepted again as
 * it is.
 */
class NicknameFuzzTest {

	private static final List<String> LANGUAGES = List.of("", "_ar", "_es", "_fr", "_nl", "_pl", "_ro", "_so", "_tr",
			"_uk");

	/** The words each problem shows as (checkin.form.RejectionMessages). */
	private static final Map<Nickname.Problem, String> MESSAGE_KEYS = Map.of(Nickname.Problem.EMPTY,
			"kiosk.error.nicknameEmpty", Nickname.Problem.TOO_LONG, "kiosk.error.nicknameTooLong",
			Nickname.Problem.INVALID, "kiosk.error.nicknameInvalid");

	private static final List<Properties> BUNDLES = LANGUAGES.stream().map(NicknameFuzzTest::bundle).toList();

	@Test
	void cleaningRefusesWithATranslatedProblemOrGivesAStableComposedName() {
		Fuzz.checkText(20261207L, Fuzz.tries(1), HostileText::nickname, raw -> {
			String cleaned;
			try {
				cleaned = Nickname.clean(raw);
			}
			catch (Nickname.Rejected ex) {
				String key = MESSAGE_KEYS.get(ex.problem());
				assertThat(BUNDLES).allSatisfy(bundle -> assertThat(bundle.getProperty(key)).isNotBlank());
				return;
			}
			assertThat(Normalizer.isNormalized(cleaned, Normalizer.Form.NFC)).as("NFC").isTrue();
			assertThat(Nickname.clean(cleaned)).as("accepted again as it is").isEqualTo(cleaned);
			assertThat(cleaned.codePointCount(0, cleaned.length())).isBetween(1, Nickname.MAX_LENGTH);
			// PostgreSQL stores UTF-8: no lone surrogate and no NUL may reach it
			assertThat(cleaned.codePoints()).noneMatch(cp -> Character.getType(cp) == Character.SURROGATE || cp == 0);
			assertThat(cleaned).isEqualTo(cleaned.strip());
		});
	}

	private static Properties bundle(String suffix) {
		Properties properties = new Properties();
		try (InputStream in = NicknameFuzzTest.class.getResourceAsStream("/i18n/messages" + suffix + ".properties")) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return properties;
	}

}
