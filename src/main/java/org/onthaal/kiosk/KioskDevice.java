package org.onthaal.kiosk;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A kiosk device as the back office lists it. */
public record KioskDevice(long id, String name, KioskStatus status, Instant createdAt, @Nullable Instant pairedAt,
		@Nullable Instant lastSeenAt, @Nullable Instant pairingExpiresAt) {

	/** An unpaired device whose code ran out: it needs a new code. */
	public boolean codeExpired(Instant now) {
		return status == KioskStatus.WAITING && (pairingExpiresAt == null || !pairingExpiresAt.isAfter(now));
	}

}
