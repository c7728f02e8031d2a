package org.onthaal.family;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Issues cards: a free pictogram-and-digits code and a 128-bit random token for the QR
 * code.
 */
@Component
public class FamilyCards {

	private static final int ATTEMPTS = 50;

	private final SecureRandom random = new SecureRandom();

	private final FamilyRepository families;

	FamilyCards(FamilyRepository families) {
		this.families = families;
	}

	/** Call inside the transaction that stores the family. */
	public FamilyCard issue(long familyId) {
		for (int i = 0; i < ATTEMPTS; i++) {
			String pictogram = FamilyCard.PICTOGRAMS.get(random.nextInt(FamilyCard.PICTOGRAMS.size()));
			String digits = String.format(Locale.ROOT, "%04d", random.nextInt(10_000));
			if (!families.codeTaken(pictogram, digits)) {
				byte[] bytes = new byte[16];
				random.nextBytes(bytes);
				String token = FamilyCard.TOKEN_PREFIX + HexFormat.of().withUpperCase().formatHex(bytes);
				families.assignCard(familyId, pictogram, digits, FamilyCard.hash(token));
				return new FamilyCard(pictogram, digits, token);
			}
		}
		throw new IllegalStateException("No free card code found; the code space is nearly full");
	}

}
