package org.onthaal.family;

import java.util.List;
import java.util.Locale;

import org.onthaal.base.security.Sha256;

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
		return Sha256.hex(token.strip().toUpperCase(Locale.ROOT));
	}

	public static boolean isValidCode(String pictogram, String digits) {
		return PICTOGRAMS.contains(pictogram) && digits.matches("\\d{4}");
	}

}
