package org.onthaal.kiosk;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Record;

import org.springframework.stereotype.Repository;

import static org.onthaal.db.Tables.KIOSK_DEVICE;

/** Kiosk devices. Codes and tokens arrive here only as hashes. */
@Repository
class KioskDeviceRepository {

	/** A device counts as online when it was heard from this recently. */
	static final Duration ONLINE_WITHIN = Duration.ofMinutes(2);

	/** Where a device is and whether it can still be paired or used. */
	record DeviceState(long id, long locationId, String name, boolean paired, boolean revoked) {
	}

	private final DSLContext dsl;

	KioskDeviceRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	long insert(long locationId, String name, String codeHash, OffsetDateTime expiresAt, OffsetDateTime now) {
		return dsl.insertInto(KIOSK_DEVICE)
			.set(KIOSK_DEVICE.LOCATION_ID, locationId)
			.set(KIOSK_DEVICE.NAME, name)
			.set(KIOSK_DEVICE.PAIRING_CODE_HASH, codeHash)
			.set(KIOSK_DEVICE.PAIRING_EXPIRES_AT, expiresAt)
			.set(KIOSK_DEVICE.CREATED_AT, now)
			.returning(KIOSK_DEVICE.ID)
			.fetchSingle(KIOSK_DEVICE.ID);
	}

	/** The location's devices: working ones first, revoked ones last, newest first. */
	List<KioskDevice> findAll(long locationId, Instant now) {
		return dsl.selectFrom(KIOSK_DEVICE)
			.where(KIOSK_DEVICE.LOCATION_ID.eq(locationId))
			.orderBy(KIOSK_DEVICE.REVOKED_AT.isNotNull(), KIOSK_DEVICE.CREATED_AT.desc(), KIOSK_DEVICE.ID.desc())
			.fetch(r -> toDevice(r, now));
	}

	Optional<DeviceState> state(long deviceId) {
		return dsl
			.select(KIOSK_DEVICE.ID, KIOSK_DEVICE.LOCATION_ID, KIOSK_DEVICE.NAME, KIOSK_DEVICE.PAIRED_AT,
					KIOSK_DEVICE.REVOKED_AT)
			.from(KIOSK_DEVICE)
			.where(KIOSK_DEVICE.ID.eq(deviceId))
			.fetchOptional(
					r -> new DeviceState(r.value1(), r.value2(), r.value3(), r.value4() != null, r.value5() != null));
	}

	/** A new pairing code for a device that is neither paired nor revoked. */
	boolean replaceCode(long deviceId, String codeHash, OffsetDateTime expiresAt) {
		return dsl.update(KIOSK_DEVICE)
			.set(KIOSK_DEVICE.PAIRING_CODE_HASH, codeHash)
			.set(KIOSK_DEVICE.PAIRING_EXPIRES_AT, expiresAt)
			.where(KIOSK_DEVICE.ID.eq(deviceId))
			.and(KIOSK_DEVICE.PAIRED_AT.isNull())
			.and(KIOSK_DEVICE.REVOKED_AT.isNull())
			.execute() == 1;
	}

	boolean revoke(long deviceId, OffsetDateTime now) {
		return dsl.update(KIOSK_DEVICE)
			.set(KIOSK_DEVICE.REVOKED_AT, now)
			.setNull(KIOSK_DEVICE.PAIRING_CODE_HASH)
			.setNull(KIOSK_DEVICE.PAIRING_EXPIRES_AT)
			.where(KIOSK_DEVICE.ID.eq(deviceId))
			.and(KIOSK_DEVICE.REVOKED_AT.isNull())
			.execute() == 1;
	}

	/** The unpaired, not revoked device whose code this is, if it is still valid. */
	Optional<PairedKiosk> findByCode(String codeHash, OffsetDateTime now) {
		return dsl.select(KIOSK_DEVICE.ID, KIOSK_DEVICE.LOCATION_ID, KIOSK_DEVICE.NAME)
			.from(KIOSK_DEVICE)
			.where(KIOSK_DEVICE.PAIRING_CODE_HASH.eq(codeHash))
			.and(KIOSK_DEVICE.PAIRING_EXPIRES_AT.gt(now))
			.and(KIOSK_DEVICE.PAIRED_AT.isNull())
			.and(KIOSK_DEVICE.REVOKED_AT.isNull())
			.orderBy(KIOSK_DEVICE.ID)
			.limit(1)
			.fetchOptional(r -> new PairedKiosk(r.value1(), r.value2(), r.value3()));
	}

	/**
	 * Pairs the device: its token hash is stored and the code is gone. False when someone
	 * else paired or revoked it in the meantime.
	 */
	boolean markPaired(long deviceId, String tokenHash, OffsetDateTime now) {
		return dsl.update(KIOSK_DEVICE)
			.set(KIOSK_DEVICE.TOKEN_HASH, tokenHash)
			.set(KIOSK_DEVICE.PAIRED_AT, now)
			.set(KIOSK_DEVICE.LAST_SEEN_AT, now)
			.setNull(KIOSK_DEVICE.PAIRING_CODE_HASH)
			.setNull(KIOSK_DEVICE.PAIRING_EXPIRES_AT)
			.where(KIOSK_DEVICE.ID.eq(deviceId))
			.and(KIOSK_DEVICE.PAIRED_AT.isNull())
			.and(KIOSK_DEVICE.REVOKED_AT.isNull())
			.execute() == 1;
	}

	Optional<PairedKiosk> findByToken(String tokenHash) {
		return dsl.select(KIOSK_DEVICE.ID, KIOSK_DEVICE.LOCATION_ID, KIOSK_DEVICE.NAME)
			.from(KIOSK_DEVICE)
			.where(KIOSK_DEVICE.TOKEN_HASH.eq(tokenHash))
			.and(KIOSK_DEVICE.PAIRED_AT.isNotNull())
			.and(KIOSK_DEVICE.REVOKED_AT.isNull())
			.fetchOptional(r -> new PairedKiosk(r.value1(), r.value2(), r.value3()));
	}

	boolean isActive(long deviceId) {
		return dsl.fetchExists(KIOSK_DEVICE,
				KIOSK_DEVICE.ID.eq(deviceId)
					.and(KIOSK_DEVICE.PAIRED_AT.isNotNull())
					.and(KIOSK_DEVICE.REVOKED_AT.isNull()));
	}

	/**
	 * Records that the device was heard from, at most once per {@code gap}: a kiosk
	 * checks in every half minute, and its row need not be written that often.
	 */
	void touch(long deviceId, OffsetDateTime now, Duration gap) {
		dsl.update(KIOSK_DEVICE)
			.set(KIOSK_DEVICE.LAST_SEEN_AT, now)
			.where(KIOSK_DEVICE.ID.eq(deviceId))
			.and(KIOSK_DEVICE.REVOKED_AT.isNull())
			.and(KIOSK_DEVICE.LAST_SEEN_AT.isNull().or(KIOSK_DEVICE.LAST_SEEN_AT.le(now.minus(gap))))
			.execute();
	}

	/** An unpaired, not revoked device of this name at the location. */
	Optional<Long> findUnpaired(long locationId, String name) {
		return dsl.select(KIOSK_DEVICE.ID)
			.from(KIOSK_DEVICE)
			.where(KIOSK_DEVICE.LOCATION_ID.eq(locationId))
			.and(KIOSK_DEVICE.NAME.eq(name))
			.and(KIOSK_DEVICE.PAIRED_AT.isNull())
			.and(KIOSK_DEVICE.REVOKED_AT.isNull())
			.orderBy(KIOSK_DEVICE.ID)
			.limit(1)
			.fetchOptional(KIOSK_DEVICE.ID);
	}

	private static KioskDevice toDevice(Record r, Instant now) {
		OffsetDateTime pairedAt = r.get(KIOSK_DEVICE.PAIRED_AT);
		OffsetDateTime lastSeen = r.get(KIOSK_DEVICE.LAST_SEEN_AT);
		OffsetDateTime expires = r.get(KIOSK_DEVICE.PAIRING_EXPIRES_AT);
		KioskStatus status;
		if (r.get(KIOSK_DEVICE.REVOKED_AT) != null) {
			status = KioskStatus.REVOKED;
		}
		else if (pairedAt == null) {
			status = KioskStatus.WAITING;
		}
		else if (lastSeen != null && lastSeen.toInstant().isAfter(now.minus(ONLINE_WITHIN))) {
			status = KioskStatus.ONLINE;
		}
		else {
			status = KioskStatus.OFFLINE;
		}
		return new KioskDevice(r.get(KIOSK_DEVICE.ID), r.get(KIOSK_DEVICE.NAME), status,
				r.get(KIOSK_DEVICE.CREATED_AT).toInstant(), pairedAt == null ? null : pairedAt.toInstant(),
				lastSeen == null ? null : lastSeen.toInstant(), expires == null ? null : expires.toInstant());
	}

}
