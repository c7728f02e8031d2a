package org.onthaal.base.i18n;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What a language is called: in its own script for showing it, and by every name a parent
 * or host may type to find it (its own, English, Dutch and French names and its code).
 * The JDK's CLDR data names most languages; the few it names badly or not at all for the
 * families we see are written here.
 */
public final class LanguageNames {

	/** Own, English, Dutch and French names where the JDK has none or a poor one. */
	private record Names(String own, String english, String dutch, String french) {
	}

	private static final Map<String, Names> WRITTEN_HERE = Map.of(
			// the JDK knows "ber" only as "Berber", an outsider's word many Amazigh
			// reject
			"ber", new Names("Tamaziɣt / ⵜⴰⵎⴰⵣⵉⵖⵜ", "Berber (Tamazight)", "Berbers (Tamazight)", "berbère (tamazight)"),
			// Dari (Afghan Persian) has no name in the JDK; it is a language of its own
			// for
			// many Afghan families
			"prs", new Names("دری", "Dari", "Dari", "dari"));

	/**
	 * Languages often heard in Flemish cities that the kiosk shows as chips after its
	 * screen languages (the host board's greetings cover each of them).
	 */
	public static final List<String> OFTEN_HEARD = List.of("ber", "bg", "ti", "de", "it", "pt", "ru", "fa");

	private static final List<Locale> SEARCH_LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("nl"),
			Locale.FRENCH);

	private static final List<String> OFFERED = Stream
		.concat(Arrays.stream(Locale.getISOLanguages()), WRITTEN_HERE.keySet().stream())
		.distinct()
		.filter(code -> !own(code).equals(code))
		// by own name, then code: the order never depends on hashing
		.sorted(Comparator.comparing(LanguageNames::own).thenComparing(Comparator.naturalOrder()))
		.toList();

	private LanguageNames() {
	}

	/**
	 * The language's name in that language itself, e.g. "العربية"; the bare code when
	 * nobody knows it.
	 */
	public static String own(String code) {
		Names written = WRITTEN_HERE.get(code);
		if (written != null) {
			return written.own();
		}
		Locale locale = Locale.forLanguageTag(code);
		String name = locale.getDisplayLanguage(locale);
		if (name.isBlank() || name.equals(code)) {
			return code;
		}
		return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
	}

	private static final java.util.Set<String> OFFERED_SET = java.util.Set.copyOf(OFFERED);

	/**
	 * Every language the search offers (those with a real name), ordered by own name,
	 * then code.
	 */
	public static List<String> offered() {
		return OFFERED;
	}

	/** Whether the code is one of the languages offered (a family can pick it). */
	public static boolean isOffered(String code) {
		return OFFERED_SET.contains(code);
	}

	/**
	 * Whether what someone typed is part of one of the language's names or its code,
	 * ignoring case and accents ("berbere" finds "berbère"). Nothing typed finds
	 * everything.
	 */
	public static boolean matches(String code, String typed) {
		String wanted = folded(typed);
		return wanted.isEmpty() || names(code).anyMatch(name -> folded(name).contains(wanted));
	}

	/**
	 * The language's name in the reader's language, e.g. "Pasjtoe" for a Dutch reader;
	 * blank when unknown.
	 */
	public static String forReader(String code, Locale reader) {
		Names written = WRITTEN_HERE.get(code);
		if (written != null) {
			return switch (reader.getLanguage()) {
				case "nl" -> written.dutch();
				case "fr" -> written.french();
				default -> written.english();
			};
		}
		String name = Locale.forLanguageTag(code).getDisplayLanguage(reader);
		return name.equals(code) ? "" : name;
	}

	private static Stream<String> names(String code) {
		Names written = WRITTEN_HERE.get(code);
		if (written != null) {
			return Stream.of(code, written.own(), written.english(), written.dutch(), written.french());
		}
		Locale language = Locale.forLanguageTag(code);
		return Stream.concat(Stream.of(code, own(code)),
				SEARCH_LANGUAGES.stream().map(reader -> language.getDisplayLanguage(reader)));
	}

	private static String folded(String text) {
		return Normalizer.normalize(text.strip(), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT);
	}

}
