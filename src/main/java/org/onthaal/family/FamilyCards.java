package org.onthaal.family;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

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

	/**
	 * A new token for an existing card (the short code stays), or a whole new card if it
	 * had none.
	 */
	public FamilyCard reissue(long familyId) {
		var code = families.cardCode(familyId);
		if (code.isEmpty()) {
			return issue(familyId);
		}
		String token = newToken();
		families.assignCard(familyId, code.get().pictogram(), code.get().digits(), FamilyCard.hash(token));
		return new FamilyCard(code.get().pictogram(), code.get().digits(), token);
	}

	/** The card's pictogram and digits, to show them without changing anything. */
	public Optional<CardCode> code(long familyId) {
		return families.cardCode(familyId);
	}

	private String newToken() {
		byte[] bytes = new byte[16];
		random.nextBytes(bytes);
		return FamilyCard.TOKEN_PREFIX + HexFormat.of().withUpperCase().formatHex(bytes);
	}

	/** Call inside the transaction that stores the family. */
	public FamilyCard issue(long familyId) {
		for (int i = 0; i < ATTEMPTS; i++) {
			String pictogram = FamilyCard.PICTOGRAMS.get(random.nextInt(FamilyCard.PICTOGRAMS.size()));
			String digits = String.format(Locale.ROOT, "%04d", random.nextInt(10_000));
			if (!families.codeTaken(pictogram, digits)) {
				String token = newToken();
				families.assignCard(familyId, pictogram, digits, FamilyCard.hash(token));
				return new FamilyCard(pictogram, digits, token);
			}
		}
		throw new IllegalStateException("No free card code found; the code space is nearly full");
	}

}
