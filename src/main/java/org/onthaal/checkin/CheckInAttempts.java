package org.onthaal.checkin;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

import static org.onthaal.db.Tables.CHECK_IN_ATTEMPT;

/**
 * Which kiosk form stored which family: a form sent again after its first answer was lost
 * finds the family it stored.
 */
@Repository
class CheckInAttempts {

	/** The family and visit an earlier "check in" of the same form stored. */
	record Stored(long locationId, long familyId, long visitId) {
	}

	private final DSLContext dsl;

	CheckInAttempts(DSLContext dsl) {
		this.dsl = dsl;
	}

	Optional<Stored> find(UUID attempt) {
		return dsl.select(CHECK_IN_ATTEMPT.LOCATION_ID, CHECK_IN_ATTEMPT.FAMILY_ID, CHECK_IN_ATTEMPT.VISIT_ID)
			.from(CHECK_IN_ATTEMPT)
			.where(CHECK_IN_ATTEMPT.ATTEMPT.eq(attempt))
			.fetchOptional(row -> new Stored(row.value1(), row.value2(), row.value3()));
	}

	void remember(UUID attempt, long locationId, long familyId, long visitId, OffsetDateTime now) {
		dsl.insertInto(CHECK_IN_ATTEMPT)
			.set(CHECK_IN_ATTEMPT.ATTEMPT, attempt)
			.set(CHECK_IN_ATTEMPT.LOCATION_ID, locationId)
			.set(CHECK_IN_ATTEMPT.FAMILY_ID, familyId)
			.set(CHECK_IN_ATTEMPT.VISIT_ID, visitId)
			.set(CHECK_IN_ATTEMPT.CREATED_AT, now)
			.execute();
	}

}
