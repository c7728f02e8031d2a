package org.onthaal.matching;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A family present now, as the engine sees it: languages in the family's rank order
 * (first = spoken most at home), interest codes, children's age bands, when it arrived,
 * whether this is its first visit, whether it said it is open to meet today and whether
 * it has already been introduced to someone this visit.
 */
public record Candidate(long visitId, long familyId, List<String> languages, Set<String> interests,
		List<String> childAgeBands, Instant arrivedAt, boolean firstVisit, boolean openToMeet,
		boolean introducedThisVisit) {

	public Candidate {
		languages = List.copyOf(languages);
		interests = Set.copyOf(interests);
		childAgeBands = List.copyOf(childAgeBands);
	}

}
