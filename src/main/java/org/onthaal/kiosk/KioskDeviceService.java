package org.onthaal.kiosk;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import org.onthaal.base.security.Sha256;
import org.onthaal.base.audit.AuditLog;
import org.onthaal.base.security.CurrentUser;
import org.onthaal.base.security.StaffRoles;
import org.onthaal.space.LocationService;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a manager does with kiosk devices: register one (and get its one-time pairing
 * code), make a new code while it is unpaired, revoke it. Every method checks the role
 * and that the manager works at the device's meeting place; every change is audited.
 */
@Service
public class KioskDeviceService {

	/** How long a pairing code made in the back office can be entered. */
	public static final Duration CODE_VALID = Duration.ofMinutes(15);

	public static final int MAX_NAME_LENGTH = 80;

	static final String ENTITY = "kiosk_device";

	private final KioskDeviceRepository devices;

	private final LocationService locations;

	private final AuditLog audit;

	private final Clock clock;

	KioskDeviceService(KioskDeviceRepository devices, LocationService locations, AuditLog audit, Clock clock) {
		this.devices = devices;
		this.locations = locations;
		this.audit = audit;
		this.clock = clock;
	}

	@RolesAllowed(StaffRoles.MANAGER)
	@Transactional(readOnly = true)
	public List<KioskDevice> devices(long locationId) {
		locations.requireAccess(locationId);
		return devices.findAll(locationId, clock.instant());
	}

	/**
	 * Registers a device and returns its pairing code, valid 15 minutes. Only the code's
	 * hash is stored.
	 */
	@RolesAllowed(StaffRoles.MANAGER)
	@Transactional
	public PairingCodeIssued register(long locationId, String name) {
		locations.requireAccess(locationId);
		String cleaned = name.strip();
		if (cleaned.isEmpty() || cleaned.length() > MAX_NAME_LENGTH) {
			throw new IllegalArgumentException("A kiosk needs a name of 1 to " + MAX_NAME_LENGTH + " characters");
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		String code = KioskSecrets.newPairingCode();
		OffsetDateTime expires = now.plus(CODE_VALID);
		long id = devices.insert(locationId, cleaned, Sha256.hex(code), expires, now);
		audit.record(CurrentUser.username(), "KIOSK_REGISTERED", ENTITY, id, locationId, Map.of("name", cleaned));
		return new PairingCodeIssued(id, cleaned, code, expires.toInstant());
	}

	/**
	 * A new pairing code for a device that is not paired yet; the old code stops working.
	 * Refused with IllegalStateException once the device is paired or revoked.
	 */
	@RolesAllowed(StaffRoles.MANAGER)
	@Transactional
	public PairingCodeIssued renewCode(long deviceId) {
		KioskDeviceRepository.DeviceState device = accessible(deviceId);
		OffsetDateTime expires = OffsetDateTime.now(clock).plus(CODE_VALID);
		String code = KioskSecrets.newPairingCode();
		if (!devices.replaceCode(deviceId, Sha256.hex(code), expires)) {
			throw new IllegalStateException("Kiosk " + deviceId + " is already paired or revoked");
		}
		audit.record(CurrentUser.username(), "KIOSK_CODE_RENEWED", ENTITY, deviceId, device.locationId(),
				Map.of("name", device.name()));
		return new PairingCodeIssued(deviceId, device.name(), code, expires.toInstant());
	}

	/**
	 * Revokes a device: its token and any pairing code stop working at once, and an open
	 * kiosk falls back to the pairing screen at its next check (within a minute).
	 */
	@RolesAllowed(StaffRoles.MANAGER)
	@Transactional
	public void revoke(long deviceId) {
		KioskDeviceRepository.DeviceState device = accessible(deviceId);
		if (devices.revoke(deviceId, OffsetDateTime.now(clock))) {
			audit.record(CurrentUser.username(), "KIOSK_REVOKED", ENTITY, deviceId, device.locationId(),
					Map.of("name", device.name()));
		}
	}

	private KioskDeviceRepository.DeviceState accessible(long deviceId) {
		KioskDeviceRepository.DeviceState device = devices.state(deviceId)
			.orElseThrow(() -> new AccessDeniedException("No kiosk " + deviceId));
		locations.requireAccess(device.locationId());
		return device;
	}

}
