package org.onthaal.matching;

/** Why a pair might like to meet, as data the UI translates, e.g. SHARED_LANGUAGE(tr). */
public record Reason(Kind kind, String value) {

	public enum Kind {

		/** The language they can talk in. */
		SHARED_LANGUAGE,
		/** Something both want to talk about (interest code). */
		SHARED_INTEREST,
		/** Children in the same age band (band). */
		CHILDREN_SAME_AGE,
		/** Children one age band apart (band). */
		CHILDREN_CLOSE_AGE,
		/**
		 * Different home languages, one shared language (the shared one): a bridge
		 * between communities.
		 */
		BRIDGE,
		/** A family on its first visit. */
		NEWCOMER,
		/** A family that has been waiting alone a while (minutes). */
		WAITING

	}

}
