package org.onthaal.host;

import java.util.List;

/** Everything one host board shows, read in one go. */
public record Board(List<PresentFamily> present, List<SuggestionCard> suggestions, List<OutcomePrompt> outcomePrompts) {

	public Board {
		present = List.copyOf(present);
		suggestions = List.copyOf(suggestions);
		outcomePrompts = List.copyOf(outcomePrompts);
	}

}
