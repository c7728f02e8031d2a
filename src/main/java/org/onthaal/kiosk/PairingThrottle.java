package org.onthaal.kiosk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Slows down guessing of pairing codes per network address, like the kiosk's card-code
 * throttle: five wrong codes, then 30 seconds of waiting, doubling with every further
 * five (up to an hour). A right code resets the count. With about 10^12 possible codes
 * that live 15 minutes, a guesser gets nowhere.
 */
@Component
class PairingThrottle {

	static final int FREE_ATTEMPTS = 5;

	private static final Duration FIRST_WAIT = Duration.ofSeconds(30);

	private static final Duration MAX_WAIT = Duration.ofHours(1);

	/** Forget addresses that are no longer waiting when this many are remembered. */
	private static final int PRUNE_ABOVE = 10_000;

	private record State(int failures, Instant lockedUntil) {
	}

	private final Map<String, State> states = new ConcurrentHashMap<>();

	private final Clock clock;

	PairingThrottle(Clock clock) {
		this.clock = clock;
	}

	/** Seconds this address still has to wait, or 0 when it may try. */
	long secondsLocked(String address) {
		State state = states.get(address);
		if (state == null) {
			return 0;
		}
		Duration left = Duration.between(clock.instant(), state.lockedUntil());
		if (left.isNegative() || left.isZero()) {
			return 0;
		}
		return left.toSeconds() + (left.toNanosPart() > 0 ? 1 : 0);
	}

	void failed(String address) {
		if (states.size() > PRUNE_ABOVE) {
			Instant now = clock.instant();
			states.values().removeIf(state -> state.lockedUntil().isBefore(now));
		}
		states.compute(address, (key, state) -> {
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

	void succeeded(String address) {
		states.remove(address);
	}

}
