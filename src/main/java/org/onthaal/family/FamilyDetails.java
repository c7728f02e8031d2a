package org.onthaal.family;

import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One family as the manager's edit dialog shows it. {@code version} is what the manager
 * saw: a save against an older version is refused.
 */
public record FamilyDetails(long id, int version, String nickname, List<String> languages, List<String> interestCodes,
		List<String> childAgeBands, boolean consent, @Nullable OffsetDateTime consentAt, @Nullable String cardPictogram,
		@Nullable String cardDigits, OffsetDateTime createdAt, OffsetDateTime lastSeenAt) {

	public FamilyDetails {
		languages = List.copyOf(languages);
		interestCodes = List.copyOf(interestCodes);
		childAgeBands = List.copyOf(childAgeBands);
	}

}
