package org.onthaal.insights;

/**
 * Suggestions in a period and what became of them, counted per pair of families (a trio
 * on the host board is three pairs). Every suggestion has exactly one status: still open,
 * withdrawn unanswered (the families left or the engine replaced it), introduced, not
 * now, already know each other, or not a match. Of those introduced, the host may have
 * recorded whether they talked.
 */
public record Introductions(int open, int withdrawn, int introduced, int notNow, int alreadyKnow, int notAMatch,
		int talked, int didNotTalk, int bridging) {

	public static final Introductions NONE = new Introductions(0, 0, 0, 0, 0, 0, 0, 0, 0);

	public int suggested() {
		return open + withdrawn + introduced + notNow + alreadyKnow + notAMatch;
	}

	public int declined() {
		return notNow + alreadyKnow + notAMatch;
	}

	/** Introductions made whose outcome nobody recorded. */
	public int outcomeUnknown() {
		return introduced - talked - didNotTalk;
	}

	/** Share of the introductions made that were bridging ones, 0..1. */
	public double bridgingShare() {
		return introduced == 0 ? 0 : (double) bridging / introduced;
	}

}
