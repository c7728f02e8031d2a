package org.onthaal.checkin;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

import org.springframework.stereotype.Repository;

import static org.jooq.impl.DSL.greatest;
import static org.jooq.impl.DSL.val;
import static org.onthaal.db.Tables.KIOSK_DEVICE;
import static org.onthaal.db.Tables.VISIT;

@Repository
class VisitRepository {

	private final DSLContext dsl;

	VisitRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	/**
	 * Opens a visit. The partial unique index {@code visit_one_open_per_family} refuses a
	 * second open visit of the same family at the same location, whatever two kiosks do
	 * at the same moment. The kiosk device is a column of this one insert: the visit and
	 * its device are stored together or not at all. A device of another place is not
	 * noted.
	 */
	long open(long locationId, long familyId, int adults, int children, boolean openToMeet, VisitSource source,
			OffsetDateTime now) {
		Long deviceId = source.kioskDeviceId();
		Field<Long> device = deviceId == null ? DSL.val(null, VISIT.KIOSK_DEVICE_ID)
				: DSL.field(DSL.select(KIOSK_DEVICE.ID)
					.from(KIOSK_DEVICE)
					.where(KIOSK_DEVICE.ID.eq(deviceId))
					.and(KIOSK_DEVICE.LOCATION_ID.eq(locationId)));
		return dsl.insertInto(VISIT)
			.set(VISIT.LOCATION_ID, locationId)
			.set(VISIT.FAMILY_ID, familyId)
			.set(VISIT.CHECKED_IN_AT, now)
			.set(VISIT.ADULTS, (short) adults)
			.set(VISIT.CHILDREN, (short) children)
			.set(VISIT.OPEN_TO_MEET, openToMeet)
			.set(VISIT.SOURCE, source.name())
			.set(VISIT.KIOSK_DEVICE_ID, device)
			.set(VISIT.FIRST_VISIT, DSL.notExists(DSL.selectOne().from(VISIT).where(VISIT.FAMILY_ID.eq(familyId))))
			.returning(VISIT.ID)
			.fetchSingle(VISIT.ID);
	}

	/** Closes the family's open visit here, if any, and says which one. */
	Optional<Long> close(long locationId, long familyId, OffsetDateTime at, String checkoutSource) {
		return dsl.update(VISIT)
			.set(VISIT.CHECKED_OUT_AT, at)
			.set(VISIT.CHECKOUT_SOURCE, checkoutSource)
			.where(VISIT.LOCATION_ID.eq(locationId))
			.and(VISIT.FAMILY_ID.eq(familyId))
			.and(VISIT.CHECKED_OUT_AT.isNull())
			.returning(VISIT.ID)
			.fetchOptional(VISIT.ID);
	}

	/**
	 * Closes every open visit at a location as of closing time; a visit that began after
	 * that moment (a late check-in) closes at its own start instead, so check-out never
	 * precedes check-in.
	 */
	List<Long> closeAllAt(long locationId, OffsetDateTime closingTime) {
		return dsl.update(VISIT)
			.set(VISIT.CHECKED_OUT_AT, greatest(VISIT.CHECKED_IN_AT, val(closingTime)))
			.set(VISIT.CHECKOUT_SOURCE, "CLOSING")
			.where(VISIT.LOCATION_ID.eq(locationId))
			.and(VISIT.CHECKED_OUT_AT.isNull())
			.returning(VISIT.ID)
			.fetch(VISIT.ID);
	}

	/**
	 * Locations with somebody present: the only ones the closing-time job needs to look
	 * at.
	 */
	List<Long> locationsWithOpenVisits() {
		return dsl.selectDistinct(VISIT.LOCATION_ID)
			.from(VISIT)
			.where(VISIT.CHECKED_OUT_AT.isNull())
			.orderBy(VISIT.LOCATION_ID)
			.fetch(VISIT.LOCATION_ID);
	}

}
