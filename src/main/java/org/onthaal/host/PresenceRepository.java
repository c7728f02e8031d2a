package org.onthaal.host;

import java.util.List;

import org.jooq.DSLContext;
import org.jooq.Records;
import org.onthaal.family.FamilyProfileFields;

import org.springframework.stereotype.Repository;

import static org.onthaal.db.Tables.FAMILY;
import static org.onthaal.db.Tables.VISIT;

@Repository
class PresenceRepository {

	private final DSLContext dsl;

	PresenceRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	/**
	 * Who is present at a location now, with languages, interests and children: one query
	 * (nested data as multisets), served by the partial index on open visits.
	 */
	List<PresentFamily> presentAt(long locationId) {
		return dsl
			.select(VISIT.ID, FAMILY.ID, FAMILY.NICKNAME, VISIT.CHECKED_IN_AT, VISIT.OPEN_TO_MEET,
					FamilyProfileFields.firstVisit(VISIT), FamilyProfileFields.languages(FAMILY.ID),
					FamilyProfileFields.interestCodes(FAMILY.ID), FamilyProfileFields.childAgeBands(FAMILY.ID))
			.from(VISIT)
			.join(FAMILY)
			.on(FAMILY.ID.eq(VISIT.FAMILY_ID))
			.where(VISIT.LOCATION_ID.eq(locationId))
			.and(VISIT.CHECKED_OUT_AT.isNull())
			.orderBy(VISIT.CHECKED_IN_AT, VISIT.ID)
			.fetch(Records.mapping(PresentFamily::new));
	}

}
