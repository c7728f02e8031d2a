package org.onthaal.space;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Repository;

import static org.onthaal.db.Tables.LOCATION;
import static org.onthaal.db.Tables.OPENING_EXCEPTION;
import static org.onthaal.db.Tables.OPENING_HOURS;

@Repository
public class OpeningHoursRepository {

	private final DSLContext dsl;

	OpeningHoursRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	public OpeningSchedule schedule(long locationId) {
		ZoneId zone = ZoneId.of(dsl.fetchValue(LOCATION.TIME_ZONE, LOCATION.ID.eq(locationId)));
		List<OpeningSchedule.Slot> weekly = dsl
			.select(OPENING_HOURS.DAY_OF_WEEK, OPENING_HOURS.OPENS_AT, OPENING_HOURS.CLOSES_AT)
			.from(OPENING_HOURS)
			.where(OPENING_HOURS.LOCATION_ID.eq(locationId))
			.fetch(r -> new OpeningSchedule.Slot(DayOfWeek.of(r.value1()), r.value2(), r.value3()));
		List<OpeningSchedule.Exception> exceptions = dsl
			.select(OPENING_EXCEPTION.STARTS_ON, OPENING_EXCEPTION.ENDS_ON, OPENING_EXCEPTION.KIND,
					OPENING_EXCEPTION.OPENS_AT, OPENING_EXCEPTION.CLOSES_AT)
			.from(OPENING_EXCEPTION)
			.where(OPENING_EXCEPTION.LOCATION_ID.eq(locationId))
			.fetch(r -> new OpeningSchedule.Exception(r.value1(), r.value2(), "CLOSED".equals(r.value3()), r.value4(),
					r.value5()));
		return new OpeningSchedule(zone, weekly, exceptions);
	}

	public void addWeeklySlot(long locationId, DayOfWeek day, LocalTime opens, LocalTime closes) {
		dsl.insertInto(OPENING_HOURS)
			.set(OPENING_HOURS.LOCATION_ID, locationId)
			.set(OPENING_HOURS.DAY_OF_WEEK, (short) day.getValue())
			.set(OPENING_HOURS.OPENS_AT, opens)
			.set(OPENING_HOURS.CLOSES_AT, closes)
			.execute();
	}

	/** A closure (opens and closes null) or an extra opening over a date range. */
	public void addException(long locationId, LocalDate from, LocalDate to, @Nullable LocalTime opens,
			@Nullable LocalTime closes, String reason) {
		dsl.insertInto(OPENING_EXCEPTION)
			.set(OPENING_EXCEPTION.LOCATION_ID, locationId)
			.set(OPENING_EXCEPTION.STARTS_ON, from)
			.set(OPENING_EXCEPTION.ENDS_ON, to)
			.set(OPENING_EXCEPTION.KIND, opens == null ? "CLOSED" : "OPEN")
			.set(OPENING_EXCEPTION.OPENS_AT, opens)
			.set(OPENING_EXCEPTION.CLOSES_AT, closes)
			.set(OPENING_EXCEPTION.REASON, reason)
			.execute();
	}

}
