package org.onthaal.matching;

import java.util.List;

/**
 * Why families might like to meet, as data the UI translates, e.g. SHARED_LANGUAGE(tr).
 * {@code families} names who the reason is about when it is not everyone on the card: the
 * newcomers of a NEWCOMER reason, the two who speak a language in a trio without one
 * language for all three. Empty means "all of them".
 */
public record Reason(Kind kind, String value, List<Long> families) {

	public Reason {
		families = List.copyOf(families);
	}

	public Reason(Kind kind, String value) {
		this(kind, value, List.of());
	}

	public enum Kind {

		/**
		 * The language they can talk in; in a trio without one for all three, one reason
		 * per pair, which the board shows as one chip.
		 */
		SHARED_LANGUAGE,
		/** Something both want to talk about (interest code). */
		SHARED_INTEREST,
		/** Children in the same age band (band). */
		CHILDREN_SAME_AGE,
		/** Children one age band apart (band). */
		CHILDREN_CLOSE_AGE,
		/**
		 * Different home languages, one shared language (the shared one): a bridge
		 * between communities. It takes the place of SHARED_LANGUAGE, which it includes.
		 */
		BRIDGE,
		/**
		 * The families on their first visit, all in one reason (value: their ids, comma
		 * separated, as stored).
		 */
		NEWCOMER,
		/** The family that has been waiting alone longest (minutes). */
		WAITING

	}

}
