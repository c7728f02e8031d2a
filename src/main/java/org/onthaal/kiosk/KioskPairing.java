package org.onthaal.kiosk;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.onthaal.base.security.Sha256;
import org.onthaal.base.audit.AuditLog;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The device's side, anonymous by nature (the caller is a kiosk, not a person): pair with
 * a code, be recognised by the token afterwards, say "still here". Wrong codes are slowed
 * down per network address.
 */
@Service
public class KioskPairing {

	/** Actor in the audit log for what a device does itself. */
	static final String DEVICE_ACTOR = "kiosk";

	/** last_seen_at is written at most this often per device. */
	static final Duration SEEN_EVERY = Duration.ofMinutes(1);

	private final KioskDeviceRepository devices;

	private final PairingThrottle throttle;

	private final AuditLog audit;

	private final Clock clock;

	KioskPairing(KioskDeviceRepository devices, PairingThrottle throttle, AuditLog audit, Clock clock) {
		this.devices = devices;
		this.throttle = throttle;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Pairs the device whose code was typed (case, spaces and dashes don't matter): a new
	 * device token is made, only its hash stored, and the code is used up. Refused for a
	 * wrong, expired or used code, and while the address has to wait.
	 */
	@Transactional
	public PairingResult pair(String typed, String address) {
		long locked = throttle.secondsLocked(address);
		if (locked > 0) {
			return PairingResult.refused(locked);
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		Optional<PairedKiosk> device = KioskSecrets.normalizeCode(typed)
			.flatMap(code -> devices.findByCode(Sha256.hex(code), now));
		String token = KioskSecrets.newDeviceToken();
		if (device.isEmpty() || !devices.markPaired(device.get().deviceId(), Sha256.hex(token), now)) {
			throttle.failed(address);
			return PairingResult.refused(throttle.secondsLocked(address));
		}
		throttle.succeeded(address);
		PairedKiosk kiosk = device.get();
		audit.record(DEVICE_ACTOR, "KIOSK_PAIRED", KioskDeviceService.ENTITY, kiosk.deviceId(), kiosk.locationId(),
				Map.of("name", kiosk.name()));
		return PairingResult.paired(token, kiosk);
	}

	/**
	 * The paired kiosk this token belongs to; empty for no token, an unknown one or a
	 * revoked device.
	 */
	@Transactional(readOnly = true)
	public Optional<PairedKiosk> recognise(@Nullable String token) {
		if (token == null || !KioskSecrets.looksLikeToken(token)) {
			return Optional.empty();
		}
		return devices.findByToken(Sha256.hex(token));
	}

	/**
	 * The device is open and asks whether it may go on: false once it was revoked. Notes
	 * when it was last seen, at most once a minute.
	 */
	@Transactional
	public boolean stillPaired(long deviceId) {
		if (!devices.isActive(deviceId)) {
			return false;
		}
		devices.touch(deviceId, OffsetDateTime.now(clock), SEEN_EVERY);
		return true;
	}

}
