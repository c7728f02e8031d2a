package org.onthaal.retention;

import java.time.OffsetDateTime;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import org.springframework.stereotype.Repository;

import static org.onthaal.db.Tables.FAMILY;
import static org.onthaal.db.Tables.LOCATION;
import static org.onthaal.db.Tables.VISIT;

@Repository
class RetentionRepository {

	record Periods(long locationId, int visitMonths, int familyMonths) {
	}

	private final DSLContext dsl;

	RetentionRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	List<Periods> periods() {
		return dsl.select(LOCATION.ID, LOCATION.RETENTION_VISIT_MONTHS, LOCATION.RETENTION_FAMILY_MONTHS)
			.from(LOCATION)
			.orderBy(LOCATION.ID)
			.fetch(r -> new Periods(r.value1(), r.value2(), r.value3()));
	}

	/** Visits at a location that began before the cut-off stop saying whose they were. */
	int anonymiseVisits(long locationId, OffsetDateTime before) {
		return dsl.update(VISIT)
			.setNull(VISIT.FAMILY_ID)
			.where(VISIT.LOCATION_ID.eq(locationId))
			.and(VISIT.CHECKED_IN_AT.lt(before))
			.and(VISIT.FAMILY_ID.isNotNull())
			.and(VISIT.CHECKED_OUT_AT.isNotNull())
			.execute();
	}

	/**
	 * Families not seen since before the cut-off of the most patient location they
	 * visited (families that never visited anywhere use {@code defaultBefore}).
	 */
	List<Long> familiesGoneSince(OffsetDateTime now, int defaultMonths) {
		var months = DSL.coalesce(DSL.select(DSL.max(LOCATION.RETENTION_FAMILY_MONTHS))
			.from(VISIT)
			.join(LOCATION)
			.on(LOCATION.ID.eq(VISIT.LOCATION_ID))
			.where(VISIT.FAMILY_ID.eq(FAMILY.ID))
			.asField(), DSL.val(defaultMonths));
		return dsl.select(FAMILY.ID)
			.from(FAMILY)
			.where(FAMILY.LAST_SEEN_AT
				.lt(DSL.field("{0} - make_interval(months => {1})", OffsetDateTime.class, DSL.val(now), months)))
			.and(DSL.notExists(DSL.selectOne()
				.from(VISIT)
				.where(VISIT.FAMILY_ID.eq(FAMILY.ID))
				.and(VISIT.CHECKED_OUT_AT.isNull())))
			.fetch(FAMILY.ID);
	}

	/**
	 * Erases families: their visits are kept anonymously first, then the family row goes
	 * and with it (by foreign-key cascade) its languages, interests, children and
	 * acquaintances.
	 */
	int eraseFamilies(List<Long> familyIds) {
		if (familyIds.isEmpty()) {
			return 0;
		}
		dsl.update(VISIT).setNull(VISIT.FAMILY_ID).where(VISIT.FAMILY_ID.in(familyIds)).execute();
		return dsl.deleteFrom(FAMILY).where(FAMILY.ID.in(familyIds)).execute();
	}

}
