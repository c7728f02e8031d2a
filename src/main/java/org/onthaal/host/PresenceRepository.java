package org.onthaal.host;

import java.util.List;

import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.Records;

import org.springframework.stereotype.Repository;

import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.onthaal.db.Tables.CHILD;
import static org.onthaal.db.Tables.FAMILY;
import static org.onthaal.db.Tables.FAMILY_INTEREST;
import static org.onthaal.db.Tables.FAMILY_LANGUAGE;
import static org.onthaal.db.Tables.INTEREST;
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
		var earlier = VISIT.as("earlier");
		return dsl.select(VISIT.ID, FAMILY.ID, FAMILY.NICKNAME, VISIT.CHECKED_IN_AT, VISIT.OPEN_TO_MEET,
				field(notExists(selectOne().from(earlier)
					.where(earlier.FAMILY_ID.eq(FAMILY.ID))
					.and(earlier.CHECKED_IN_AT.lt(VISIT.CHECKED_IN_AT)))),
				multiset(select(FAMILY_LANGUAGE.LANGUAGE_CODE).from(FAMILY_LANGUAGE)
					.where(FAMILY_LANGUAGE.FAMILY_ID.eq(FAMILY.ID))
					.orderBy(FAMILY_LANGUAGE.RANK)).convertFrom(r -> r.map(Record1::value1)),
				multiset(select(INTEREST.CODE).from(FAMILY_INTEREST)
					.join(INTEREST)
					.on(INTEREST.ID.eq(FAMILY_INTEREST.INTEREST_ID))
					.where(FAMILY_INTEREST.FAMILY_ID.eq(FAMILY.ID))
					.orderBy(INTEREST.SORT_ORDER)).convertFrom(r -> r.map(Record1::value1)),
				multiset(
						select(CHILD.AGE_BAND).from(CHILD).where(CHILD.FAMILY_ID.eq(FAMILY.ID)).orderBy(CHILD.AGE_BAND))
					.convertFrom(r -> r.map(Record1::value1)))
			.from(VISIT)
			.join(FAMILY)
			.on(FAMILY.ID.eq(VISIT.FAMILY_ID))
			.where(VISIT.LOCATION_ID.eq(locationId))
			.and(VISIT.CHECKED_OUT_AT.isNull())
			.orderBy(VISIT.CHECKED_IN_AT, VISIT.ID)
			.fetch(Records.mapping(PresentFamily::new));
	}

}
