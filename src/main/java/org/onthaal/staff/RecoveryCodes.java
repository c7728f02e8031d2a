package org.onthaal.staff;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One-time recovery codes for someone without their phone: ten of them, each ten
 * characters from an alphabet without look-alikes (about 49 bits), written as two groups
 * of five. Random and high-entropy, so a plain SHA-256 of the code is stored.
 */
final class RecoveryCodes {

	static final int COUNT = 10;

	private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

	private static final int LENGTH = 10;

	private static final SecureRandom RANDOM = new SecureRandom();

	private RecoveryCodes() {
	}

	static List<String> generate() {
		List<String> codes = new ArrayList<>(COUNT);
		for (int i = 0; i < COUNT; i++) {
			StringBuilder code = new StringBuilder(LENGTH + 1);
			for (int c = 0; c < LENGTH; c++) {
				if (c == LENGTH / 2) {
					code.append('-');
				}
				code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
			}
			codes.add(code.toString());
		}
		return codes;
	}

	/** The code as stored before hashing: upper case, no dashes or spaces. */
	static Optional<String> normalize(String typed) {
		String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
		if (code.length() != LENGTH || !code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
			return Optional.empty();
		}
		return Optional.of(code);
	}

}
