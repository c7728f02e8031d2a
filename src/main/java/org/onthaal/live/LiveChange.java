package org.onthaal.live;

import java.util.Optional;

/**
 * What changed at a location, as the small text payload of a PostgreSQL notification: ids
 * only, never names, so nothing personal travels through the notification channel.
 * {@code sentAtMillis} is when the change was sent, just before its transaction committed
 * (0 when not known): the boards measure from it how long a change takes to reach them.
 */
public record LiveChange(Kind kind, long locationId, long entityId, long sentAtMillis) {

	public LiveChange(Kind kind, long locationId, long entityId) {
		this(kind, locationId, entityId, 0);
	}

	public enum Kind {

		CHECK_IN, CHECK_OUT, INTRODUCTION,
		/** A kiosk's code entry was locked after wrong codes, or a host lifted it. */
		CODE_ENTRY_LOCK,
		/** A manager saved the place's engine weights: boards compute anew. */
		WEIGHTS,
		/**
		 * The listener was reconnected: changes may have been missed, so re-query
		 * everything.
		 */
		RESYNC

	}

	String toPayload() {
		return kind + " " + locationId + " " + entityId + " " + sentAtMillis;
	}

	static Optional<LiveChange> fromPayload(String payload) {
		String[] parts = payload.trim().split(" ");
		if (parts.length != 3 && parts.length != 4) {
			return Optional.empty();
		}
		try {
			return Optional.of(new LiveChange(Kind.valueOf(parts[0]), Long.parseLong(parts[1]),
					Long.parseLong(parts[2]), parts.length == 4 ? Long.parseLong(parts[3]) : 0));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
