package org.onthaal.family;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The one thing a family types. Cleaned and checked here, once, so every screen and the
 * database see the same rules: letters of any script, spaces, hyphens, apostrophes, dots
 * and digits, with at least one letter, and a zero-width (non-)joiner only inside a word.
 * Whitespace runs (line breaks included) become one space; the result is NFC. That
 * rejects markup, control and bidi characters, zero-width tricks and emoji-only names.
 */
public final class Nickname {

	public static final int MAX_LENGTH = 40;

	/** Unicode white space: also no-break spaces, line and paragraph separators. */
	private static final Pattern WHITESPACE_RUN = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

	public enum Problem {

		EMPTY, TOO_LONG, INVALID

	}

	public static final class Rejected extends IllegalArgumentException {

		private final Problem problem;

		Rejected(Problem problem) {
			super("Nickname rejected: " + problem);
			this.problem = problem;
		}

		public Problem problem() {
			return problem;
		}

	}

	private Nickname() {
	}

	/** The cleaned nickname, or {@link Rejected} saying what is wrong with it. */
	public static String clean(String raw) {
		// a line break, tab or no-break space pasted into the field is innocent: like any
		// run of whitespace it becomes one space; other control characters are refused
		String value = WHITESPACE_RUN.matcher(Normalizer.normalize(raw, Normalizer.Form.NFC)).replaceAll(" ").strip();
		if (value.isEmpty()) {
			throw new Rejected(Problem.EMPTY);
		}
		if (value.codePointCount(0, value.length()) > MAX_LENGTH) {
			throw new Rejected(Problem.TOO_LONG);
		}
		int[] cps = value.codePoints().toArray();
		boolean hasLetter = false;
		for (int i = 0; i < cps.length; i++) {
			int cp = cps[i];
			if (Character.isLetter(cp)) {
				hasLetter = true;
			}
			else if (isJoiner(cp)) {
				if (i == 0 || i == cps.length - 1 || !isWordPart(cps[i - 1]) || !isWordPart(cps[i + 1])) {
					throw new Rejected(Problem.INVALID);
				}
			}
			else if (!isAllowedNonLetter(cp)) {
				throw new Rejected(Problem.INVALID);
			}
		}
		if (!hasLetter) {
			throw new Rejected(Problem.INVALID);
		}
		return value;
	}

	/**
	 * Zero-width non-joiner and joiner: Persian, Urdu and the Indic scripts spell some
	 * names with them inside a word (مهر‌نوش). Anywhere else they only hide something.
	 */
	private static boolean isJoiner(int cp) {
		return cp == '\u200C' || cp == '\u200D';
	}

	/** A letter or a mark on a letter (the virama before a joiner in Hindi is a mark). */
	private static boolean isWordPart(int cp) {
		return Character.isLetter(cp) || isMark(cp);
	}

	private static boolean isMark(int cp) {
		int type = Character.getType(cp);
		return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
	}

	private static boolean isAllowedNonLetter(int cp) {
		// combining marks carry vowels and accents in Arabic, Hindi, Vietnamese and
		// decomposed Latin
		return isMark(cp) || Character.isDigit(cp) || cp == ' ' || cp == '-' || cp == '\'' || cp == '\u2019'
				|| cp == '.';
	}

}
