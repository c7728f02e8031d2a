package org.onthaal.family;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * A returning-family card: a QR code carrying a long random token, and a short code (a
 * pictogram plus four digits) for families without the card at hand. Only a hash of the
 * token is stored, so the database alone cannot be used to forge a card.
 */
public record FamilyCard(String pictogram, String digits, String token) {

	/** Pictograms that are easy to tell apart and to name in any language. */
	public static final List<String> PICTOGRAMS = List.of("SUN_O", "MOON_O", "STAR", "HEART", "BOAT", "BUS", "BELL",
			"GIFT", "MUSIC", "UMBRELLA", "CAMERA", "TROPHY");

	public static final String TOKEN_PREFIX = "ONT1";

	public static String hash(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(token.strip().toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	public static boolean isValidCode(String pictogram, String digits) {
		return PICTOGRAMS.contains(pictogram) && digits.matches("\\d{4}");
	}

}
