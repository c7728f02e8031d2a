package org.onthaal.host;

import java.util.List;
import java.util.Set;

import org.onthaal.family.InterestOption;

/**
 * Everything one host board shows, read in one go and shared by every open board of the
 * place (so it holds no one's language or user); {@code introducedVisits} have met
 * someone this visit, {@code interests} is the catalogue the cards' interests are
 * labelled from.
 */
public record Board(List<PresentFamily> present, List<SuggestionCard> suggestions, List<OutcomePrompt> outcomePrompts,
		Set<Long> introducedVisits, List<InterestOption> interests) {

	public Board {
		present = List.copyOf(present);
		introducedVisits = Set.copyOf(introducedVisits);
		suggestions = List.copyOf(suggestions);
		outcomePrompts = List.copyOf(outcomePrompts);
		interests = List.copyOf(interests);
	}

}
