package org.onthaal.family;

import org.onthaal.base.text.TypedName;

/**
 * The one thing a family types. Cleaned and checked here, once, so every screen and the
 * database see the same rules: letters of any script, spaces, hyphens, apostrophes, dots
 * and digits, with at least one letter; white space, hidden characters and joiners as
 * {@link TypedName} says. That rejects markup, control and bidi characters, zero-width
 * tricks and emoji-only names.
 */
public final class Nickname {

	public static final int MAX_LENGTH = 40;

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
		String value = TypedName.normalise(raw);
		if (value.isEmpty()) {
			throw new Rejected(Problem.EMPTY);
		}
		if (value.codePointCount(0, value.length()) > MAX_LENGTH) {
			throw new Rejected(Problem.TOO_LONG);
		}
		if (TypedName.hidesSomething(value)) {
			throw new Rejected(Problem.INVALID);
		}
		boolean hasLetter = false;
		for (int i = 0; i < value.length();) {
			int cp = value.codePointAt(i);
			if (Character.isLetter(cp)) {
				hasLetter = true;
			}
			else if (!TypedName.isJoiner(cp) && !isAllowedNonLetter(cp)) {
				throw new Rejected(Problem.INVALID);
			}
			i += Character.charCount(cp);
		}
		if (!hasLetter) {
			throw new Rejected(Problem.INVALID);
		}
		return value;
	}

	private static boolean isAllowedNonLetter(int cp) {
		// combining marks carry vowels and accents in Arabic, Hindi, Vietnamese and
		// decomposed Latin
		return TypedName.isMark(cp) || Character.isDigit(cp) || cp == ' ' || cp == '-' || cp == '\'' || cp == '\u2019'
				|| cp == '.';
	}

}
