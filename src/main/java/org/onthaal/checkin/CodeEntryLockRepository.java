package org.onthaal.checkin;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

import static org.onthaal.db.Tables.CODE_ENTRY_LOCK;
import static org.onthaal.db.Tables.KIOSK_DEVICE;

/** Wrong card codes per kiosk device, and until when its code entry is locked. */
@Repository
class CodeEntryLockRepository {

	/** A kiosk whose code entry is locked, for the host board. */
	record Locked(long kioskDeviceId, String kioskName, OffsetDateTime until) {
	}

	private final DSLContext dsl;

	CodeEntryLockRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	/**
	 * One more wrong code; returns how many in a row now. The row lock of the upsert
	 * keeps two taps at the same moment from counting as one.
	 */
	int countFailure(long kioskDeviceId) {
		return dsl.insertInto(CODE_ENTRY_LOCK)
			.set(CODE_ENTRY_LOCK.KIOSK_DEVICE_ID, kioskDeviceId)
			.set(CODE_ENTRY_LOCK.FAILURES, 1)
			.onConflict(CODE_ENTRY_LOCK.KIOSK_DEVICE_ID)
			.doUpdate()
			.set(CODE_ENTRY_LOCK.FAILURES, CODE_ENTRY_LOCK.FAILURES.plus(1))
			.returning(CODE_ENTRY_LOCK.FAILURES)
			.fetchSingle(CODE_ENTRY_LOCK.FAILURES);
	}

	void lockUntil(long kioskDeviceId, OffsetDateTime until) {
		dsl.update(CODE_ENTRY_LOCK)
			.set(CODE_ENTRY_LOCK.LOCKED_UNTIL, until)
			.where(CODE_ENTRY_LOCK.KIOSK_DEVICE_ID.eq(kioskDeviceId))
			.execute();
	}

	Optional<OffsetDateTime> lockedUntil(long kioskDeviceId) {
		return dsl.select(CODE_ENTRY_LOCK.LOCKED_UNTIL)
			.from(CODE_ENTRY_LOCK)
			.where(CODE_ENTRY_LOCK.KIOSK_DEVICE_ID.eq(kioskDeviceId))
			.fetchOptional(CODE_ENTRY_LOCK.LOCKED_UNTIL);
	}

	/** Forgets the wrong codes; true when there were any. */
	boolean clear(long kioskDeviceId) {
		return dsl.deleteFrom(CODE_ENTRY_LOCK).where(CODE_ENTRY_LOCK.KIOSK_DEVICE_ID.eq(kioskDeviceId)).execute() > 0;
	}

	/** The meeting place of a kiosk device; empty for an unknown device. */
	Optional<Long> locationOf(long kioskDeviceId) {
		return dsl.select(KIOSK_DEVICE.LOCATION_ID)
			.from(KIOSK_DEVICE)
			.where(KIOSK_DEVICE.ID.eq(kioskDeviceId))
			.fetchOptional(KIOSK_DEVICE.LOCATION_ID);
	}

	/** The place's kiosks locked at this moment, by name, then id. */
	List<Locked> lockedAt(long locationId, OffsetDateTime now) {
		return dsl.select(KIOSK_DEVICE.ID, KIOSK_DEVICE.NAME, CODE_ENTRY_LOCK.LOCKED_UNTIL)
			.from(CODE_ENTRY_LOCK)
			.join(KIOSK_DEVICE)
			.on(KIOSK_DEVICE.ID.eq(CODE_ENTRY_LOCK.KIOSK_DEVICE_ID))
			.where(KIOSK_DEVICE.LOCATION_ID.eq(locationId))
			.and(CODE_ENTRY_LOCK.LOCKED_UNTIL.gt(now))
			.orderBy(KIOSK_DEVICE.NAME, KIOSK_DEVICE.ID)
			.fetch(r -> new Locked(r.value1(), r.value2(), r.value3()));
	}

}
