package org.onthaal.checkin;

import org.jspecify.annotations.Nullable;
import org.onthaal.family.ReturningFamily;

/** The outcome of identifying a family at the kiosk by card or code. */
public record CodeLookup(@Nullable ReturningFamily family, long secondsLocked) {

	public static CodeLookup found(ReturningFamily family) {
		return new CodeLookup(family, 0);
	}

	public static CodeLookup unknown() {
		return new CodeLookup(null, 0);
	}

	public static CodeLookup locked(long seconds) {
		return new CodeLookup(null, seconds);
	}

}
