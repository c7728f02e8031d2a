package org.onthaal.space;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.Record7;
import org.jooq.SelectSelectStep;

import org.springframework.stereotype.Repository;

import static org.onthaal.db.Tables.LOCATION;
import static org.onthaal.db.Tables.STAFF_LOCATION;
import static org.onthaal.db.Tables.STAFF_USER;

@Repository
public class LocationRepository {

	private final DSLContext dsl;

	LocationRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	public List<LocationSummary> findAll() {
		return selectSummary().from(LOCATION).orderBy(LOCATION.ID).fetch(LocationRepository::toSummary);
	}

	/** The locations a staff user is assigned to, in creation order. */
	public List<LocationSummary> findForStaff(String username) {
		return selectSummary().from(LOCATION)
			.join(STAFF_LOCATION)
			.on(STAFF_LOCATION.LOCATION_ID.eq(LOCATION.ID))
			.join(STAFF_USER)
			.on(STAFF_USER.ID.eq(STAFF_LOCATION.STAFF_USER_ID))
			.where(STAFF_USER.USERNAME.eq(username))
			.orderBy(LOCATION.ID)
			.fetch(LocationRepository::toSummary);
	}

	public boolean exists() {
		return dsl.fetchExists(LOCATION);
	}

	public long create(String name, ZoneId timeZone, boolean demo) {
		return dsl.insertInto(LOCATION)
			.set(LOCATION.NAME, name)
			.set(LOCATION.TIME_ZONE, timeZone.getId())
			.set(LOCATION.DEMO, demo)
			.returning(LOCATION.ID)
			.fetchSingle(LOCATION.ID);
	}

	private SelectSelectStep<Record7<Long, String, String, String, String, Boolean, Integer>> selectSummary() {
		return dsl.select(LOCATION.ID, LOCATION.NAME, LOCATION.TIME_ZONE, LOCATION.KIOSK_LANGUAGES,
				LOCATION.DEFAULT_LANGUAGE, LOCATION.DEMO, LOCATION.RETENTION_FAMILY_MONTHS);
	}

	private static LocationSummary toSummary(Record7<Long, String, String, String, String, Boolean, Integer> r) {
		List<String> languages = Arrays.stream(r.value4().split(","))
			.map(String::trim)
			.filter(s -> !s.isEmpty())
			.toList();
		return new LocationSummary(r.value1(), r.value2(), ZoneId.of(r.value3()), languages, r.value5(), r.value6(),
				r.value7());
	}

}
