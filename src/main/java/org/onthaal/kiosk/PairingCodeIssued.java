package org.onthaal.kiosk;

import java.time.Instant;

/**
 * A fresh pairing code, shown once to the manager: only its hash is stored, so it cannot
 * be shown again later (a new code can be made instead).
 */
public record PairingCodeIssued(long deviceId, String deviceName, String code, Instant expiresAt) {

	/** The code as people read it: "ABCD EFGH". */
	public String grouped() {
		return KioskSecrets.grouped(code);
	}

}
