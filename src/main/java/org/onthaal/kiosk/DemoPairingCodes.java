package org.onthaal.kiosk;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

import org.onthaal.base.security.Sha256;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode only, at start-up: an unpaired demo kiosk at the demo place with a fresh
 * code, so someone trying the app can pair a browser at once. Nobody is signed in when it
 * runs, so it is no service a screen may use: the back office issues codes through
 * {@link KioskDeviceService}, which checks the manager and the place. The architecture
 * test keeps every class but the demo seeding away from it.
 */
@Component
public class DemoPairingCodes {

	private final KioskDeviceRepository devices;

	private final Clock clock;

	DemoPairingCodes(KioskDeviceRepository devices, Clock clock) {
		this.devices = devices;
		this.clock = clock;
	}

	@Transactional
	public PairingCodeIssued issue(long locationId, String name, Duration valid) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		String code = KioskSecrets.newPairingCode();
		OffsetDateTime expires = now.plus(valid);
		String hash = Sha256.hex(code);
		long id = devices.findUnpaired(locationId, name).map(existing -> {
			devices.replaceCode(existing, hash, expires);
			return existing;
		}).orElseGet(() -> devices.insert(locationId, name, hash, expires, now));
		return new PairingCodeIssued(id, name, code, expires.toInstant());
	}

}
