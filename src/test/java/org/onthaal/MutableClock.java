package org.onthaal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The app's clock in every Spring test. It follows the system clock until a test sets it
 * ({@link #setTo}); from then on it stands still where the test put it and moves only
 * when the test {@link #advance}s it. {@link DatabaseTestBase} resets it before each
 * test, so a test never inherits another's time.
 */
public final class MutableClock extends Clock {

	private final ZoneId zone;

	private volatile @Nullable Instant fixed;

	public MutableClock(ZoneId zone) {
		this.zone = zone;
	}

	/** Stands still at this instant. */
	public void setTo(Instant instant) {
		this.fixed = Objects.requireNonNull(instant);
	}

	/**
	 * Moves on by the duration (from where it stands, or from now when it still follows).
	 */
	public void advance(Duration duration) {
		this.fixed = instant().plus(duration);
	}

	/** Follows the system clock again. */
	public void reset() {
		this.fixed = null;
	}

	@Override
	public Instant instant() {
		Instant at = fixed;
		return at != null ? at : Instant.now();
	}

	@Override
	public ZoneId getZone() {
		return zone;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		// a view in another zone on the same moving time: setting this clock moves it too
		MutableClock parent = this;
		return new Clock() {

			@Override
			public Instant instant() {
				return parent.instant();
			}

			@Override
			public ZoneId getZone() {
				return zone;
			}

			@Override
			public Clock withZone(ZoneId other) {
				return parent.withZone(other);
			}

		};
	}

}
