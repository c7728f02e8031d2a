package org.onthaal.host.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.onthaal.host.PresentFamily;
import org.onthaal.host.SuggestionCard;

/**
 * This board's memory of where its cards are: a card keeps its place among the others
 * while it stays, new cards come after them, so a tap on one card never moves the rest
 * (the engine keeps their pairs; this keeps their order, which scores shifting with time
 * would otherwise change).
 */
final class CardOrder {

	/** Each shown card by its families' visits, in the order shown. */
	private List<Set<Long>> shown = List.of();

	List<SuggestionCard> arrange(List<SuggestionCard> cards) {
		Map<Set<Long>, Integer> previous = new HashMap<>();
		for (int i = 0; i < shown.size(); i++) {
			previous.put(shown.get(i), i);
		}
		List<SuggestionCard> arranged = new ArrayList<>(cards);
		// stable sort: new cards keep the engine's order among themselves, after the
		// known
		// ones
		arranged.sort(Comparator.comparingInt(card -> previous.getOrDefault(key(card), Integer.MAX_VALUE)));
		shown = arranged.stream().map(CardOrder::key).toList();
		return arranged;
	}

	private static Set<Long> key(SuggestionCard card) {
		return card.families().stream().map(PresentFamily::visitId).collect(Collectors.toCollection(TreeSet::new));
	}

}
