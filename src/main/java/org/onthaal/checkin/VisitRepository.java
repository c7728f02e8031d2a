package org.onthaal.checkin;

import java.time.OffsetDateTime;

import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

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
	 * at the same moment.
	 */
	long open(long locationId, long familyId, int adults, int children, boolean openToMeet, VisitSource source,
			OffsetDateTime now) {
		return dsl.insertInto(VISIT)
			.set(VISIT.LOCATION_ID, locationId)
			.set(VISIT.FAMILY_ID, familyId)
			.set(VISIT.CHECKED_IN_AT, now)
			.set(VISIT.ADULTS, (short) adults)
			.set(VISIT.CHILDREN, (short) children)
			.set(VISIT.OPEN_TO_MEET, openToMeet)
			.set(VISIT.SOURCE, source.name())
			.returning(VISIT.ID)
			.fetchSingle(VISIT.ID);
	}

}
