package org.onthaal.load;

/**
 * Nicknames are letters only: a number written in letters makes each family's nickname
 * unique, so a board's push can be matched to the check-in that caused it.
 */
final class LoadNames {

	private LoadNames() {
	}

	/** 0 → "a", 25 → "z", 26 → "ba", …: lower-case letters, never empty. */
	static String letters(int number) {
		StringBuilder letters = new StringBuilder();
		int rest = number;
		do {
			letters.insert(0, (char) ('a' + rest % 26));
			rest /= 26;
		}
		while (rest > 0);
		return letters.toString();
	}

}
