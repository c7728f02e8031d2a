package org.onthaal.base.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Translations} runs every text through {@link java.text.MessageFormat}, with or
 * without arguments, so a single apostrophe in a bundle starts a quote and disappears
 * ("the team's meeting" would read "the teams meeting", and a placeholder after it would
 * show as "{0}"). Every key of every bundle, English root included, must come out of the
 * provider exactly as written, with {@code ''} read as one apostrophe.
 */
class BundleApostrophesTest {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)}");

	private static final Object[] ARGUMENTS = { "A0", "A1", "A2", "A3" };

	@Test
	void everyTextReadsAsWrittenThroughTheProvider() throws IOException, URISyntaxException {
		List<String> checked = new ArrayList<>();
		List<String> eaten = new ArrayList<>();
		Translations translations = new Translations();
		for (String bundle : Translations.BUNDLES) {
			for (Locale language : languages()) {
				String file = bundle + (language.getLanguage().equals("en") ? "" : "_" + language.getLanguage())
						+ ".properties";
				Properties properties = load(file);
				if (properties == null) {
					continue;
				}
				checked.add(file.substring(file.indexOf('/') + 1));
				for (String key : properties.stringPropertyNames()) {
					String raw = properties.getProperty(key);
					String expected = expected(raw);
					String shown = translations.getTranslation(key, language, ARGUMENTS);
					// a key an earlier bundle also holds is answered by that bundle
					if (bundleAnswering(key).equals(bundle) && !shown.equals(expected)) {
						eaten.add(file + " " + key + ": \"" + shown + "\" instead of \"" + expected + "\"");
					}
				}
			}
		}
		assertThat(eaten).as("texts MessageFormat changes (write a lone ' as '')").isEmpty();
		assertThat(checked).as("every bundle file was read").containsExactlyInAnyOrderElementsOf(bundleFiles());
	}

	private static List<Locale> languages() {
		return Translations.SCREEN_LANGUAGES;
	}

	/**
	 * What a reader should see: {@code ''} as one apostrophe, {n} as the n-th argument.
	 */
	private static String expected(String raw) {
		Matcher matcher = PLACEHOLDER.matcher(raw.replace("''", "'"));
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(out,
					Matcher.quoteReplacement((String) ARGUMENTS[Integer.parseInt(matcher.group(1))]));
		}
		matcher.appendTail(out);
		return out.toString();
	}

	private static String bundleAnswering(String key) throws IOException {
		for (String bundle : Translations.BUNDLES) {
			Properties root = Objects.requireNonNull(load(bundle + ".properties"));
			if (root.containsKey(key)) {
				return bundle;
			}
		}
		return "";
	}

	private static List<String> bundleFiles() throws URISyntaxException, IOException {
		Path directory = Path.of(Objects.requireNonNull(BundleApostrophesTest.class.getResource("/i18n")).toURI());
		try (Stream<Path> files = Files.list(directory)) {
			return files.map(path -> path.getFileName().toString())
				.filter(name -> name.endsWith(".properties"))
				.toList();
		}
	}

	private static Properties load(String file) throws IOException {
		try (InputStream in = BundleApostrophesTest.class.getResourceAsStream("/" + file)) {
			if (in == null) {
				return null;
			}
			Properties properties = new Properties();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			return properties;
		}
	}

}
