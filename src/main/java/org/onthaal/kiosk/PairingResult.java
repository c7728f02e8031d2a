package org.onthaal.kiosk;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of entering a pairing code on a device: the new device token (to keep in
 * the browser) and the kiosk, or refused, possibly with seconds to wait after too many
 * wrong codes.
 */
public record PairingResult(@Nullable String token, @Nullable PairedKiosk kiosk, long secondsLocked) {

	static PairingResult paired(String token, PairedKiosk kiosk) {
		return new PairingResult(token, kiosk, 0);
	}

	static PairingResult refused(long secondsLocked) {
		return new PairingResult(null, null, secondsLocked);
	}

	public boolean succeeded() {
		return token != null && kiosk != null;
	}

}
