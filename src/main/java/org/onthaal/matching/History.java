package org.onthaal.matching;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * What the engine must respect: who already knows whom, who was introduced when, private
 * vetoes ("not a match") and pairs the host put off for today ("not now").
 */
public record History(Set<FamilyPair> acquaintances, Map<FamilyPair, Instant> lastIntroduced, Set<FamilyPair> vetoes,
		Set<FamilyPair> notNow) {

	public static final History EMPTY = new History(Set.of(), Map.of(), Set.of(), Set.of());

	public History {
		acquaintances = Set.copyOf(acquaintances);
		lastIntroduced = Map.copyOf(lastIntroduced);
		vetoes = Set.copyOf(vetoes);
		notNow = Set.copyOf(notNow);
	}

}
