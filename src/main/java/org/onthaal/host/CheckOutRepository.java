package org.onthaal.host;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Field;

import org.springframework.stereotype.Repository;

import static org.jooq.impl.DSL.greatest;
import static org.jooq.impl.DSL.val;
import static org.onthaal.db.Tables.VISIT;

/**
 * Ends visits from the host board. Only the visit row changes: the family, its details
 * and its card stay as they are.
 */
@Repository
class CheckOutRepository {

	/** A visit the host ended, with whose it was (for the audit). */
	record EndedVisit(long visitId, long familyId) {
	}

	private final DSLContext dsl;

	CheckOutRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	/**
	 * Ends the visit if it is open and at this location; a visit of another place, or one
	 * already ended, is left alone (empty).
	 */
	Optional<EndedVisit> end(long locationId, long visitId, OffsetDateTime at) {
		return dsl.update(VISIT)
			.set(VISIT.CHECKED_OUT_AT, notBefore(at))
			.set(VISIT.CHECKOUT_SOURCE, "HOST")
			.where(VISIT.ID.eq(visitId))
			.and(VISIT.LOCATION_ID.eq(locationId))
			.and(VISIT.CHECKED_OUT_AT.isNull())
			.returning(VISIT.ID, VISIT.FAMILY_ID)
			.fetchOptional(r -> new EndedVisit(r.getId(), r.getFamilyId()));
	}

	/** Ends every open visit at this location; their ids, lowest first. */
	List<Long> endAll(long locationId, OffsetDateTime at) {
		return dsl.update(VISIT)
			.set(VISIT.CHECKED_OUT_AT, notBefore(at))
			.set(VISIT.CHECKOUT_SOURCE, "HOST")
			.where(VISIT.LOCATION_ID.eq(locationId))
			.and(VISIT.CHECKED_OUT_AT.isNull())
			.returning(VISIT.ID)
			.fetch(VISIT.ID)
			.stream()
			.sorted()
			.toList();
	}

	int openVisits(long locationId) {
		return dsl.fetchCount(VISIT, VISIT.LOCATION_ID.eq(locationId).and(VISIT.CHECKED_OUT_AT.isNull()));
	}

	/**
	 * Never before the check-in, which the table refuses: when the server's clock was set
	 * back after a family arrived, its visit ends at its start instead of failing (as at
	 * closing time).
	 */
	private static Field<OffsetDateTime> notBefore(OffsetDateTime at) {
		return greatest(VISIT.CHECKED_IN_AT, val(at));
	}

}
