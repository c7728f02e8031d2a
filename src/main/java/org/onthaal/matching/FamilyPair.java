package org.onthaal.matching;

/**
 * Two families, in a fixed order (lower id first), so a pair is the same whichever way it
 * is asked.
 */
public record FamilyPair(long first, long second) {

	public static FamilyPair of(long a, long b) {
		return a < b ? new FamilyPair(a, b) : new FamilyPair(b, a);
	}

}
