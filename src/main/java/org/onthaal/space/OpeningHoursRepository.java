package org.onthaal.space;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Repository;

import static org.onthaal.db.Tables.LOCATION;
import static org.onthaal.db.Tables.OPENING_EXCEPTION;
import static org.onthaal.db.Tables.OPENING_HOURS;

@Repository
public class OpeningHoursRepository {

	private static final String CLOSED = "CLOSED";

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
					OPENING_EXCEPTION.OPENS_AT, OPENING_EXCEPTION.CLOSES_AT, OPENING_EXCEPTION.REASON)
			.from(OPENING_EXCEPTION)
			.where(OPENING_EXCEPTION.LOCATION_ID.eq(locationId))
			.fetch(r -> new OpeningSchedule.Exception(r.value1(), r.value2(), CLOSED.equals(r.value3()), r.value4(),
					r.value5(), r.value6()));
		return new OpeningSchedule(zone, weekly, exceptions);
	}

	/** The weekly slots, Monday first, earliest first within a day. */
	public List<OpeningSchedule.Slot> weeklySlots(long locationId) {
		return dsl.select(OPENING_HOURS.DAY_OF_WEEK, OPENING_HOURS.OPENS_AT, OPENING_HOURS.CLOSES_AT)
			.from(OPENING_HOURS)
			.where(OPENING_HOURS.LOCATION_ID.eq(locationId))
			.orderBy(OPENING_HOURS.DAY_OF_WEEK, OPENING_HOURS.OPENS_AT)
			.fetch(r -> new OpeningSchedule.Slot(DayOfWeek.of(r.value1()), r.value2(), r.value3()));
	}

	/**
	 * Takes the location's row lock, so two managers saving the week one after the other
	 * each see what the other stored.
	 */
	void lockLocation(long locationId) {
		dsl.select(LOCATION.ID).from(LOCATION).where(LOCATION.ID.eq(locationId)).forUpdate().fetchOptional();
	}

	/** Replaces every weekly slot of the location. */
	void replaceWeek(long locationId, List<OpeningSchedule.Slot> slots) {
		dsl.deleteFrom(OPENING_HOURS).where(OPENING_HOURS.LOCATION_ID.eq(locationId)).execute();
		if (slots.isEmpty()) {
			return;
		}
		var insert = dsl.insertInto(OPENING_HOURS, OPENING_HOURS.LOCATION_ID, OPENING_HOURS.DAY_OF_WEEK,
				OPENING_HOURS.OPENS_AT, OPENING_HOURS.CLOSES_AT);
		for (OpeningSchedule.Slot slot : slots) {
			insert = insert.values(locationId, (short) slot.day().getValue(), slot.opens(), slot.closes());
		}
		insert.execute();
	}

	/** Closures and extra openings, by start date. */
	public List<OpeningException> exceptions(long locationId) {
		return dsl
			.select(OPENING_EXCEPTION.ID, OPENING_EXCEPTION.STARTS_ON, OPENING_EXCEPTION.ENDS_ON,
					OPENING_EXCEPTION.KIND, OPENING_EXCEPTION.OPENS_AT, OPENING_EXCEPTION.CLOSES_AT,
					OPENING_EXCEPTION.REASON)
			.from(OPENING_EXCEPTION)
			.where(OPENING_EXCEPTION.LOCATION_ID.eq(locationId))
			.orderBy(OPENING_EXCEPTION.STARTS_ON, OPENING_EXCEPTION.ENDS_ON, OPENING_EXCEPTION.ID)
			.fetch(r -> new OpeningException(r.value1(), r.value2(), r.value3(), CLOSED.equals(r.value4()), r.value5(),
					r.value6(), r.value7()));
	}

	Optional<OpeningException> findException(long locationId, long exceptionId) {
		return exceptions(locationId).stream().filter(e -> e.id() == exceptionId).findFirst();
	}

	boolean deleteException(long locationId, long exceptionId) {
		return dsl.deleteFrom(OPENING_EXCEPTION)
			.where(OPENING_EXCEPTION.ID.eq(exceptionId))
			.and(OPENING_EXCEPTION.LOCATION_ID.eq(locationId))
			.execute() == 1;
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
	public long addException(long locationId, LocalDate from, LocalDate to, @Nullable LocalTime opens,
			@Nullable LocalTime closes, @Nullable String reason) {
		return dsl.insertInto(OPENING_EXCEPTION)
			.set(OPENING_EXCEPTION.LOCATION_ID, locationId)
			.set(OPENING_EXCEPTION.STARTS_ON, from)
			.set(OPENING_EXCEPTION.ENDS_ON, to)
			.set(OPENING_EXCEPTION.KIND, opens == null ? CLOSED : "OPEN")
			.set(OPENING_EXCEPTION.OPENS_AT, opens)
			.set(OPENING_EXCEPTION.CLOSES_AT, closes)
			.set(OPENING_EXCEPTION.REASON, reason)
			.returning(OPENING_EXCEPTION.ID)
			.fetchSingle(OPENING_EXCEPTION.ID);
	}

}
