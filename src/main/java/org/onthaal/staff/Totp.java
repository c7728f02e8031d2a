package org.onthaal.staff;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;

/**
 * Time-based one-time codes (RFC 6238) as every authenticator app makes them: HMAC-SHA1,
 * 6 digits, 30-second steps. A code is accepted one step either side of now, so a phone
 * clock a little off, or a code typed as it changes, still works.
 */
final class Totp {

	static final Duration STEP = Duration.ofSeconds(30);

	static final int DIGITS = 6;

	/** Steps either side of the current one that are accepted. */
	static final int WINDOW = 1;

	private static final int SECRET_BYTES = 20;

	private static final String ALGORITHM = TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1;

	private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

	private static final SecureRandom RANDOM = new SecureRandom();

	private Totp() {
	}

	/** 160 random bits, the key length RFC 4226 recommends for HMAC-SHA1. */
	static byte[] newSecret() {
		byte[] secret = new byte[SECRET_BYTES];
		RANDOM.nextBytes(secret);
		return secret;
	}

	static long stepOf(Instant instant) {
		return Math.floorDiv(instant.getEpochSecond(), STEP.toSeconds());
	}

	/** The code for the step containing {@code at}. */
	static String code(byte[] secret, Instant at) {
		return code(secret, at, DIGITS, ALGORITHM);
	}

	static String code(byte[] secret, Instant at, int digits, String algorithm) {
		try {
			return new TimeBasedOneTimePasswordGenerator(STEP, digits, algorithm)
				.generateOneTimePasswordString(new SecretKeySpec(secret, algorithm), at);
		}
		catch (InvalidKeyException ex) {
			throw new IllegalStateException("A TOTP secret is always a valid HMAC key", ex);
		}
	}

	/**
	 * The step {@code typed} is the code of, within the window around {@code now} and
	 * later than {@code lastUsedStep} (a code is good once); empty when it matches none.
	 */
	static OptionalLong matchingStep(byte[] secret, String typed, Instant now, long lastUsedStep) {
		String code = typed.replaceAll("[\\s-]", "");
		if (code.length() != DIGITS || !code.chars().allMatch(Character::isDigit)) {
			return OptionalLong.empty();
		}
		long current = stepOf(now);
		for (long step = current - WINDOW; step <= current + WINDOW; step++) {
			if (step <= lastUsedStep) {
				continue;
			}
			String expected = code(secret, Instant.ofEpochSecond(step * STEP.toSeconds()));
			if (MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
					code.getBytes(StandardCharsets.US_ASCII))) {
				return OptionalLong.of(step);
			}
		}
		return OptionalLong.empty();
	}

	/** RFC 4648 base32 without padding, as authenticator apps read secrets. */
	static String base32(byte[] bytes) {
		StringBuilder out = new StringBuilder();
		int buffer = 0;
		int bits = 0;
		for (byte b : bytes) {
			buffer = (buffer << 8) | (b & 0xff);
			bits += 8;
			while (bits >= 5) {
				out.append(BASE32.charAt((buffer >> (bits - 5)) & 31));
				bits -= 5;
			}
		}
		if (bits > 0) {
			out.append(BASE32.charAt((buffer << (5 - bits)) & 31));
		}
		return out.toString();
	}

	/** The otpauth:// URI an authenticator app reads from the enrolment QR code. */
	static String otpauthUri(String issuer, String account, byte[] secret) {
		String label = encode(issuer) + ":" + encode(account);
		return "otpauth://totp/" + label + "?secret=" + base32(secret) + "&issuer=" + encode(issuer)
				+ "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP.toSeconds();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
