package org.onthaal.host;

import java.util.List;
import java.util.Set;

/**
 * Everything one host board shows, read in one go; {@code introducedVisits} have met
 * someone this visit.
 */
public record Board(List<PresentFamily> present, List<SuggestionCard> suggestions, List<OutcomePrompt> outcomePrompts,
		Set<Long> introducedVisits) {

	public Board {
		present = List.copyOf(present);
		introducedVisits = Set.copyOf(introducedVisits);
		suggestions = List.copyOf(suggestions);
		outcomePrompts = List.copyOf(outcomePrompts);
	}

}
