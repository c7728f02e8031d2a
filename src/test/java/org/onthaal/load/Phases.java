package org.onthaal.load;

import java.time.Duration;
import java.util.concurrent.Callable;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The harness's phases end on a condition (every kiosk went round, enough check-ins,
 * every board heard) or when their time is up, whichever comes first; running out of time
 * is an ordinary end here, not a failure.
 */
final class Phases {

	private Phases() {
	}

	/** True when the condition came true within {@code atMost}. */
	static boolean until(Callable<Boolean> condition, Duration atMost) {
		try {
			Awaitility.await().atMost(atMost).pollInterval(Duration.ofMillis(50)).until(condition);
			return true;
		}
		catch (ConditionTimeoutException timeUp) {
			return false;
		}
	}

	/** Seconds as a duration, never negative. */
	static Duration seconds(long nanosFromNow) {
		return Duration.ofNanos(Math.max(0, nanosFromNow));
	}

}
