package org.onthaal.family;

import java.util.List;

/**
 * A family identified by card or code, with what it said on its last visit as today's
 * defaults.
 */
public record ReturningFamily(long familyId, String nickname, int lastAdults, int lastChildren, boolean lastOpenToMeet,
		List<String> interestCodes) {
}
