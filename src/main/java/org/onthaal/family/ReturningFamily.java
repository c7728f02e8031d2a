package org.onthaal.family;

import java.util.List;

/**
 * A family identified by card or code, with what it said on its last visit as today's
 * defaults; {@code languages} in the family's own order (first = spoken most at home), so
 * a scanned card can greet the family in its own language.
 */
public record ReturningFamily(long familyId, String nickname, int lastAdults, int lastChildren, boolean lastOpenToMeet,
		List<String> interestCodes, List<String> languages) {
}
