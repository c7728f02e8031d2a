package org.onthaal.kiosk;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * Pairing codes and device tokens. A pairing code is 8 characters from an alphabet
 * without look-alikes (no 0/O, 1/I/L), about 40 bits, typed once within 15 minutes and
 * slowed down per address after wrong tries. A device token is 256 random bits. Both are
 * high-entropy and short-lived or random, so a plain SHA-256 is enough and lets the
 * server find a device by the hash (a slow password hash could not be looked up).
 */
public final class KioskSecrets {

	/** The characters of a pairing code: digits 2-9 and letters without I, L and O. */
	public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

	public static final int CODE_LENGTH = 8;

	private static final int TOKEN_BYTES = 32;

	private static final SecureRandom RANDOM = new SecureRandom();

	private KioskSecrets() {
	}

	static String newPairingCode() {
		StringBuilder code = new StringBuilder(CODE_LENGTH);
		for (int i = 0; i < CODE_LENGTH; i++) {
			code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	/**
	 * The code as typed, upper case, without spaces and dashes; empty when it cannot be a
	 * pairing code.
	 */
	static Optional<String> normalizeCode(String typed) {
		String code = typed.replaceAll("[\\s\\-_.]", "").toUpperCase(Locale.ROOT);
		if (code.length() != CODE_LENGTH || !code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
			return Optional.empty();
		}
		return Optional.of(code);
	}

	/** "ABCD EFGH": two groups of four are easier to read out and type. */
	public static String grouped(String code) {
		return code.length() == CODE_LENGTH ? code.substring(0, 4) + " " + code.substring(4) : code;
	}

	static String newDeviceToken() {
		byte[] bytes = new byte[TOKEN_BYTES];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** A device token as the browser sends it back: base64url, 43 characters. */
	static boolean looksLikeToken(String token) {
		return token.length() == 43
				&& token.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_');
	}

}
