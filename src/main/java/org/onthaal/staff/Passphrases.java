package org.onthaal.staff;

import java.security.SecureRandom;

/**
 * Readable random passwords a manager can read out or write down: four pairs of
 * consonant-vowel syllables and a number, e.g. {@code bako-mire-tusa-defo-47}. About 56
 * bits from a secure random source (8 syllables of 15 x 5, then two of 8 digits); letters
 * that are easily confused (l, c/k, q, w, x, y) and the digits 0 and 1 are left out.
 */
public final class Passphrases {

	private static final String CONSONANTS = "bdfghjkmnprstvz";

	private static final String VOWELS = "aeiou";

	private static final String DIGITS = "23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private Passphrases() {
	}

	public static String generate() {
		StringBuilder phrase = new StringBuilder();
		for (int group = 0; group < 4; group++) {
			for (int syllable = 0; syllable < 2; syllable++) {
				phrase.append(CONSONANTS.charAt(RANDOM.nextInt(CONSONANTS.length())));
				phrase.append(VOWELS.charAt(RANDOM.nextInt(VOWELS.length())));
			}
			phrase.append('-');
		}
		phrase.append(DIGITS.charAt(RANDOM.nextInt(DIGITS.length())));
		phrase.append(DIGITS.charAt(RANDOM.nextInt(DIGITS.length())));
		return phrase.toString();
	}

}
