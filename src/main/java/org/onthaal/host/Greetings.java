package org.onthaal.host;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The word a host can greet a family with in the family's own language, from the greeting
 * bundle of that language ({@code i18n/greetings/greeting_<code>.properties}: one file
 * per language, like the screen bundles, with the same machine-assisted mark). These are
 * not the screen bundles: a family's language is often one no screen is written in
 * (Tigrinya, Pashto), and the screen bundles fall back to English, where a greeting must
 * fall back to nothing rather than to a wrong word.
 */
public final class Greetings {

	/**
	 * Languages the kiosk offers whose greeting nobody has written yet: the board shows
	 * none for them. {@code GreetingsTest} holds every offered language to a greeting or
	 * a place here.
	 */
	public static final List<String> NONE_YET = List.of();

	private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2,3}");

	private static final Map<String, Optional<Greeting>> LOADED = new ConcurrentHashMap<>();

	private Greetings() {
	}

	/** The greeting in this language (an ISO 639 code such as {@code ti}), if written. */
	public static Optional<Greeting> in(String languageCode) {
		if (!LANGUAGE_CODE.matcher(languageCode).matches()) {
			return Optional.empty();
		}
		return LOADED.computeIfAbsent(languageCode, Greetings::load);
	}

	private static Optional<Greeting> load(String code) {
		try (InputStream in = Greetings.class.getResourceAsStream("/i18n/greetings/greeting_" + code + ".properties")) {
			if (in == null) {
				return Optional.empty();
			}
			Properties properties = new Properties();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			String word = properties.getProperty("greeting.word", "").strip();
			String latin = properties.getProperty("greeting.latin", "").strip();
			return word.isEmpty() ? Optional.empty()
					: Optional.of(new Greeting(code, word, latin.isEmpty() ? null : latin));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A greeting: the word in its own script and, for a script other than Latin, how to
	 * say it in Latin letters.
	 */
	public record Greeting(String language, String word, @Nullable String transliteration) {
	}

}
