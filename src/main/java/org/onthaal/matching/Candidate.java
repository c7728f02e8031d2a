package org.onthaal.matching;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A family present now, as the engine sees it: languages in the family's rank order
 * (first = spoken most at home), interest codes, children's age bands, when it arrived,
 * whether this is its first visit, whether it said it is open to meet today and how often
 * a host has introduced it to someone this visit (a trio counts once).
 */
public record Candidate(long visitId, long familyId, List<String> languages, Set<String> interests,
		List<String> childAgeBands, Instant arrivedAt, boolean firstVisit, boolean openToMeet,
		int introductionsThisVisit) {

	public Candidate {
		languages = List.copyOf(languages);
		interests = Set.copyOf(interests);
		childAgeBands = List.copyOf(childAgeBands);
	}

	/** Introduced once this visit, or not yet. */
	public Candidate(long visitId, long familyId, List<String> languages, Set<String> interests,
			List<String> childAgeBands, Instant arrivedAt, boolean firstVisit, boolean openToMeet,
			boolean introducedThisVisit) {
		this(visitId, familyId, languages, interests, childAgeBands, arrivedAt, firstVisit, openToMeet,
				introducedThisVisit ? 1 : 0);
	}

	public boolean introducedThisVisit() {
		return introductionsThisVisit > 0;
	}

}
