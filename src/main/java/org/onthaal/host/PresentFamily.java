package org.onthaal.host;

import java.time.OffsetDateTime;
import java.util.List;

/** A family present now, as the host board shows it. */
public record PresentFamily(long visitId, long familyId, String nickname, OffsetDateTime checkedInAt,
		boolean openToMeet, boolean newcomer, List<String> languages, List<String> interestCodes,
		List<String> childAgeBands) {
}
