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
	 * Each family keeps the longest family period of the places its visits were at. Only
	 * visits still carrying the family can tell, so this runs before any of them go
	 * anonymous; every visit is seen at least once (a visit period is at least a month,
	 * the job runs nightly). The period only grows: a place shortening its period later
	 * does not shorten what families that went there were told, and a family's period is
	 * never forgotten with its visits.
	 */
	void rememberFamilyPeriods() {
		var months = DSL.max(LOCATION.RETENTION_FAMILY_MONTHS).as("months");
		var longest = DSL.select(VISIT.FAMILY_ID, months)
			.from(VISIT)
			.join(LOCATION)
			.on(LOCATION.ID.eq(VISIT.LOCATION_ID))
			.where(VISIT.FAMILY_ID.isNotNull())
			.groupBy(VISIT.FAMILY_ID)
			.asTable("longest");
		var longestMonths = longest.field(months);
		dsl.update(FAMILY)
			.set(FAMILY.RETENTION_MONTHS, longestMonths)
			.from(longest)
			.where(FAMILY.ID.eq(longest.field(VISIT.FAMILY_ID)))
			.and(FAMILY.RETENTION_MONTHS.isNull().or(FAMILY.RETENTION_MONTHS.lt(longestMonths)))
			.execute();
	}

	/**
	 * Families not seen for their own period (see {@link #rememberFamilyPeriods};
	 * families that never visited anywhere use {@code defaultMonths}) and not present
	 * right now.
	 */
	List<Long> familiesGoneSince(OffsetDateTime now, int defaultMonths) {
		var months = DSL.coalesce(FAMILY.RETENTION_MONTHS, DSL.val(defaultMonths));
		return dsl.select(FAMILY.ID)
			.from(FAMILY)
			.where(FAMILY.LAST_SEEN_AT
				.lt(DSL.field("{0} - make_interval(months => {1})", OffsetDateTime.class, DSL.val(now), months)))
			.and(DSL.notExists(DSL.selectOne()
				.from(VISIT)
				.where(VISIT.FAMILY_ID.eq(FAMILY.ID))
				.and(VISIT.CHECKED_OUT_AT.isNull())))
			.orderBy(FAMILY.ID)
			.fetch(FAMILY.ID);
	}

}
