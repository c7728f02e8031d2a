package org.onthaal.family;

import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A family as the back office lists it: no more than a manager needs to tell families
 * apart. Visits are counted at the meeting place being worked on.
 */
public record FamilySummary(long id, String nickname, List<String> languages, List<String> childAgeBands,
		@Nullable OffsetDateTime firstVisit, @Nullable OffsetDateTime lastVisit, int visitCount, boolean consent) {

	public FamilySummary {
		languages = List.copyOf(languages);
		childAgeBands = List.copyOf(childAgeBands);
	}

}
