package org.onthaal.family;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

import static org.onthaal.db.Tables.ACQUAINTANCE;
import static org.onthaal.db.Tables.CHILD;
import static org.onthaal.db.Tables.FAMILY;
import static org.onthaal.db.Tables.FAMILY_INTEREST;
import static org.onthaal.db.Tables.FAMILY_LANGUAGE;
import static org.onthaal.db.Tables.VISIT;

/** The rows {@link FamilyEraser} removes or makes anonymous. */
@Repository
class FamilyErasureRepository {

	/** A visit still open, closed by an erasure; for the host boards to refresh. */
	record ClosedVisit(long locationId, long visitId) {
	}

	private final DSLContext dsl;

	FamilyErasureRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	List<String> nicknames(Collection<Long> familyIds) {
		return dsl.select(FAMILY.NICKNAME).from(FAMILY).where(FAMILY.ID.in(familyIds)).fetch(FAMILY.NICKNAME);
	}

	List<ClosedVisit> closeOpenVisits(Collection<Long> familyIds, OffsetDateTime now) {
		return dsl.update(VISIT)
			.set(VISIT.CHECKED_OUT_AT, now)
			.set(VISIT.CHECKOUT_SOURCE, "HOST")
			.where(VISIT.FAMILY_ID.in(familyIds))
			.and(VISIT.CHECKED_OUT_AT.isNull())
			.returning(VISIT.LOCATION_ID, VISIT.ID)
			.fetch(r -> new ClosedVisit(r.getLocationId(), r.getId()));
	}

	/**
	 * Visits (and the introductions that point at them) stay for the statistics but no
	 * longer say whose they were; everything else about the families goes. Returns how
	 * many family rows went.
	 */
	int delete(Collection<Long> familyIds) {
		dsl.update(VISIT).setNull(VISIT.FAMILY_ID).where(VISIT.FAMILY_ID.in(familyIds)).execute();
		// the foreign keys would cascade; said here so the erasure does not depend on it
		dsl.deleteFrom(ACQUAINTANCE)
			.where(ACQUAINTANCE.FAMILY_A_ID.in(familyIds).or(ACQUAINTANCE.FAMILY_B_ID.in(familyIds)))
			.execute();
		dsl.deleteFrom(FAMILY_LANGUAGE).where(FAMILY_LANGUAGE.FAMILY_ID.in(familyIds)).execute();
		dsl.deleteFrom(FAMILY_INTEREST).where(FAMILY_INTEREST.FAMILY_ID.in(familyIds)).execute();
		dsl.deleteFrom(CHILD).where(CHILD.FAMILY_ID.in(familyIds)).execute();
		// the card (pictogram, digits, token hash) lives on the family row
		return dsl.deleteFrom(FAMILY).where(FAMILY.ID.in(familyIds)).execute();
	}

}
