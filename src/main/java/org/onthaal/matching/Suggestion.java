package org.onthaal.matching;

import java.util.List;

/**
 * Two (or, to leave nobody alone, three) families who might like to meet, with the
 * reasons that weigh most.
 */
public record Suggestion(List<Candidate> families, double score, List<Reason> reasons) {

	public Suggestion {
		families = List.copyOf(families);
		reasons = List.copyOf(reasons);
	}

	public boolean isTrio() {
		return families.size() == 3;
	}

}
