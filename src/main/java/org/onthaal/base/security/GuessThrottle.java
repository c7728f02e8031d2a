package org.onthaal.base.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down guessing, per key (a kiosk, a network address): after five wrong tries the
 * key waits 30 seconds, and every further five wrong tries double the wait (up to an
 * hour). A right answer resets the count. Kept in memory: a restart forgives, which is
 * acceptable for codes that are either short-lived or need a family's card at hand.
 */
public class GuessThrottle {

	public static final int FREE_ATTEMPTS = 5;

	private static final Duration FIRST_WAIT = Duration.ofSeconds(30);

	private static final Duration MAX_WAIT = Duration.ofHours(1);

	/** Forget keyes that are no longer waiting when this many are remembered. */
	private static final int PRUNE_ABOVE = 10_000;

	private record State(int failures, Instant lockedUntil) {
	}

	private final Map<String, State> states = new ConcurrentHashMap<>();

	private final Clock clock;

	protected GuessThrottle(Clock clock) {
		this.clock = clock;
	}

	/** Seconds this key still has to wait, or 0 when it may try. */
	public long secondsLocked(String key) {
		State state = states.get(key);
		if (state == null) {
			return 0;
		}
		Duration left = Duration.between(clock.instant(), state.lockedUntil());
		if (left.isNegative() || left.isZero()) {
			return 0;
		}
		return left.toSeconds() + (left.toNanosPart() > 0 ? 1 : 0);
	}

	public void failed(String key) {
		if (states.size() > PRUNE_ABOVE) {
			Instant now = clock.instant();
			states.values().removeIf(state -> state.lockedUntil().isBefore(now));
		}
		states.compute(key, (ignored, state) -> {
			int failures = state == null ? 1 : state.failures() + 1;
			Instant lockedUntil = state == null ? Instant.MIN : state.lockedUntil();
			Duration wait = waitAfter(failures);
			if (!wait.isZero()) {
				lockedUntil = clock.instant().plus(wait);
			}
			return new State(failures, lockedUntil);
		});
	}

	/**
	 * How long to wait after this many wrong tries in a row: nothing, except after every
	 * fifth (30 s, then doubling, at most an hour). Also used by throttles that keep
	 * their count elsewhere, so every guess is slowed down by the same rule.
	 */
	public static Duration waitAfter(int failures) {
		if (failures <= 0 || failures % FREE_ATTEMPTS != 0) {
			return Duration.ZERO;
		}
		int rounds = failures / FREE_ATTEMPTS - 1;
		Duration wait = FIRST_WAIT.multipliedBy(1L << Math.min(rounds, 10));
		return wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
	}

	public void succeeded(String key) {
		states.remove(key);
	}

}
