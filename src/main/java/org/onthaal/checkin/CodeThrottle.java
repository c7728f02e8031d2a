package org.onthaal.checkin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Slows down guessing of card codes per kiosk: after five wrong codes the kiosk waits 30
 * seconds, and every further five wrong codes double the wait (up to an hour). A right
 * code resets the count. With 12 pictograms x 10,000 numbers that keeps a guesser to a
 * few dozen tries an hour.
 */
@Component
class CodeThrottle {

	static final int FREE_ATTEMPTS = 5;

	private static final Duration FIRST_WAIT = Duration.ofSeconds(30);

	private static final Duration MAX_WAIT = Duration.ofHours(1);

	private record State(int failures, Instant lockedUntil) {
	}

	private final Map<String, State> states = new ConcurrentHashMap<>();

	private final Clock clock;

	CodeThrottle(Clock clock) {
		this.clock = clock;
	}

	/** Seconds this kiosk still has to wait, or 0 when it may try. */
	long secondsLocked(String kioskKey) {
		State state = states.get(kioskKey);
		if (state == null) {
			return 0;
		}
		long seconds = Duration.between(clock.instant(), state.lockedUntil()).toSeconds();
		return Math.max(0,
				seconds + (Duration.between(clock.instant(), state.lockedUntil()).toNanosPart() > 0 ? 1 : 0));
	}

	void failed(String kioskKey) {
		states.compute(kioskKey, (key, state) -> {
			int failures = state == null ? 1 : state.failures() + 1;
			Instant lockedUntil = state == null ? Instant.MIN : state.lockedUntil();
			if (failures % FREE_ATTEMPTS == 0) {
				int rounds = failures / FREE_ATTEMPTS - 1;
				Duration wait = FIRST_WAIT.multipliedBy(1L << Math.min(rounds, 10));
				lockedUntil = clock.instant().plus(wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait);
			}
			return new State(failures, lockedUntil);
		});
	}

	void succeeded(String kioskKey) {
		states.remove(kioskKey);
	}

}
