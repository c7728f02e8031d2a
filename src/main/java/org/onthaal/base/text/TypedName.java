package org.onthaal.base.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The server's rules for a name a person types (a family's nickname, a staff member's
 * name), whatever the text field let through. Pasted line breaks, tabs and no-break
 * spaces are innocent: every run of white space becomes one space. Characters that only
 * hide something (control characters, bidi overrides and isolates, zero-width spaces) are
 * not; the zero-width non-joiner and joiner are, except inside a word, where Persian,
 * Urdu and the Indic scripts spell names with them (مهر‌نوش).
 */
public final class TypedName {

	/** Unicode white space: also no-break spaces, line and paragraph separators. */
	private static final Pattern WHITESPACE_RUN = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

	private TypedName() {
	}

	/** NFC, every run of white space one space, no space at either end. */
	public static String normalise(String raw) {
		return WHITESPACE_RUN.matcher(Normalizer.normalize(raw, Normalizer.Form.NFC)).replaceAll(" ").strip();
	}

	/** Whether a normalised name holds a character that hides something. */
	public static boolean hidesSomething(String name) {
		int[] cps = name.codePoints().toArray();
		for (int i = 0; i < cps.length; i++) {
			if (isJoiner(cps[i]) ? !insideWord(cps, i) : isHidden(cps[i])) {
				return true;
			}
		}
		return false;
	}

	/** Zero-width non-joiner or joiner. */
	public static boolean isJoiner(int cp) {
		return cp == '\u200C' || cp == '\u200D';
	}

	/** A letter or a mark on a letter (the virama before a joiner in Hindi is a mark). */
	public static boolean isMark(int cp) {
		int type = Character.getType(cp);
		return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
	}

	private static boolean insideWord(int[] cps, int i) {
		return i > 0 && i < cps.length - 1 && isWordPart(cps[i - 1]) && isWordPart(cps[i + 1]);
	}

	private static boolean isWordPart(int cp) {
		return Character.isLetter(cp) || isMark(cp);
	}

	private static boolean isHidden(int cp) {
		return switch (Character.getType(cp)) {
			case Character.CONTROL, Character.FORMAT, Character.UNASSIGNED, Character.PRIVATE_USE, Character.SURROGATE,
					Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR ->
				true;
			default -> false;
		};
	}

}
