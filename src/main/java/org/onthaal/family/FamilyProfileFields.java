package org.onthaal.family;

import java.util.List;

import org.jooq.Field;
import org.jooq.Record1;
import org.onthaal.db.tables.Visit;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.onthaal.db.Tables.CHILD;
import static org.onthaal.db.Tables.FAMILY_INTEREST;
import static org.onthaal.db.Tables.FAMILY_LANGUAGE;
import static org.onthaal.db.Tables.INTEREST;
import static org.onthaal.db.Tables.VISIT;

/**
 * A family as the introduction engine sees it, as fields of one query (nested data as
 * multisets): its languages in rank order, interest codes, children's age bands, and
 * whether a visit is its first ever. For the host board's families present and for the
 * tuning preview's replay of past visits.
 */
public final class FamilyProfileFields {

	private FamilyProfileFields() {
	}

	public static Field<List<String>> languages(Field<Long> familyId) {
		return multiset(select(FAMILY_LANGUAGE.LANGUAGE_CODE).from(FAMILY_LANGUAGE)
			.where(FAMILY_LANGUAGE.FAMILY_ID.eq(familyId))
			.orderBy(FAMILY_LANGUAGE.RANK)).convertFrom(r -> r.map(Record1::value1));
	}

	public static Field<List<String>> interestCodes(Field<Long> familyId) {
		return multiset(select(INTEREST.CODE).from(FAMILY_INTEREST)
			.join(INTEREST)
			.on(INTEREST.ID.eq(FAMILY_INTEREST.INTEREST_ID))
			.where(FAMILY_INTEREST.FAMILY_ID.eq(familyId))
			.orderBy(INTEREST.SORT_ORDER)).convertFrom(r -> r.map(Record1::value1));
	}

	public static Field<List<String>> childAgeBands(Field<Long> familyId) {
		return multiset(select(CHILD.AGE_BAND).from(CHILD).where(CHILD.FAMILY_ID.eq(familyId)).orderBy(CHILD.AGE_BAND))
			.convertFrom(r -> r.map(Record1::value1));
	}

	/** Whether this visit is the family's first ever (no earlier visit anywhere). */
	public static Field<Boolean> firstVisit(Visit visit) {
		var earlier = VISIT.as("earlier");
		return field(notExists(selectOne().from(earlier)
			.where(earlier.FAMILY_ID.eq(visit.FAMILY_ID))
			.and(earlier.CHECKED_IN_AT.lt(visit.CHECKED_IN_AT))));
	}

}
