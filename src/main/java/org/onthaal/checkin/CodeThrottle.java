package org.onthaal.checkin;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

import org.onthaal.base.security.GuessThrottle;

import org.springframework.stereotype.Component;

/**
 * Slows down guessing of card codes per kiosk, by the same rule as every other guess
 * ({@link GuessThrottle#waitAfter}): after five wrong codes the kiosk's code entry waits
 * 30 seconds, and every further five wrong codes double the wait (up to an hour). A right
 * code resets the count. With 12 pictograms x 10,000 numbers that keeps a guesser to a
 * few dozen tries an hour. Kept in the database, so every app instance sees the same
 * lock. Call it inside the lookup's transaction.
 */
@Component
class CodeThrottle {

	private final CodeEntryLockRepository locks;

	private final Clock clock;

	CodeThrottle(CodeEntryLockRepository locks, Clock clock) {
		this.locks = locks;
		this.clock = clock;
	}

	/** Seconds this kiosk's code entry is still locked, or 0 when it may try. */
	long secondsLocked(long kioskDeviceId) {
		return locks.lockedUntil(kioskDeviceId).map(until -> secondsUntil(until)).orElse(0L);
	}

	/** Counts a wrong code; returns the seconds of the lock it starts, or 0. */
	long failed(long kioskDeviceId) {
		Duration wait = GuessThrottle.waitAfter(locks.countFailure(kioskDeviceId));
		if (wait.isZero()) {
			return 0;
		}
		// to the microsecond PostgreSQL keeps, so its rounding never adds a second
		locks.lockUntil(kioskDeviceId, OffsetDateTime.now(clock).plus(wait).truncatedTo(ChronoUnit.MICROS));
		return wait.toSeconds();
	}

	void succeeded(long kioskDeviceId) {
		locks.clear(kioskDeviceId);
	}

	long secondsUntil(OffsetDateTime until) {
		Duration left = Duration.between(clock.instant(), until.toInstant());
		if (left.isNegative() || left.isZero()) {
			return 0;
		}
		return left.toSeconds() + (left.toNanosPart() > 0 ? 1 : 0);
	}

}
