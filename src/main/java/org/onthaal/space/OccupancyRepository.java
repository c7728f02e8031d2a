package org.onthaal.space;

import java.time.OffsetDateTime;
import java.util.Map;

import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Repository;

import static org.onthaal.db.Tables.OCCUPANCY_SNAPSHOT;
import static org.onthaal.db.Tables.STAFF_USER;

@Repository
public class OccupancyRepository {

	private final DSLContext dsl;

	OccupancyRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	/** One row per corner, all with the same moment. */
	public void insert(long locationId, Map<Long, Integer> headcounts, OffsetDateTime takenAt,
			@Nullable Long staffUserId) {
		var insert = dsl.insertInto(OCCUPANCY_SNAPSHOT, OCCUPANCY_SNAPSHOT.LOCATION_ID, OCCUPANCY_SNAPSHOT.ZONE_ID,
				OCCUPANCY_SNAPSHOT.TAKEN_AT, OCCUPANCY_SNAPSHOT.HEADCOUNT, OCCUPANCY_SNAPSHOT.STAFF_USER_ID);
		headcounts.forEach(
				(zoneId, headcount) -> insert.values(locationId, zoneId, takenAt, headcount.shortValue(), staffUserId));
		insert.execute();
	}

	public @Nullable Long staffUserId(String username) {
		return dsl.fetchValue(STAFF_USER.ID, STAFF_USER.USERNAME.eq(username));
	}

}
