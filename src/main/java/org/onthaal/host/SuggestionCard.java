package org.onthaal.host;

import java.util.List;

import org.onthaal.matching.Reason;

/**
 * A suggestion as the host board shows it: the families, why, and the stored rows its
 * buttons act on, one per pair: (1,2), or for a trio (1,2), (1,3), (2,3).
 */
public record SuggestionCard(List<Long> introductionIds, List<PresentFamily> families, double score,
		List<Reason> reasons) {

	public SuggestionCard {
		introductionIds = List.copyOf(introductionIds);
		families = List.copyOf(families);
		reasons = List.copyOf(reasons);
	}

}
