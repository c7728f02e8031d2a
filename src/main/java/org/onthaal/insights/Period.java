package org.onthaal.insights;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.stream.Stream;

/**
 * The days looked at, both included, as calendar days in the location's time zone.
 */
public record Period(LocalDate from, LocalDate to) {

	/** Long enough for several years of funder reports, short enough to stay quick. */
	public static final int MAX_DAYS = 3 * 366;

	/** The periods a manager picks most; anything else is {@link #CUSTOM}. */
	public enum Preset {

		LAST_4_WEEKS, THIS_MONTH, LAST_MONTH, THIS_YEAR, CUSTOM;

		/**
		 * The period this preset means on {@code today}; custom keeps the last four
		 * weeks.
		 */
		public Period on(LocalDate today) {
			return switch (this) {
				case LAST_4_WEEKS, CUSTOM -> new Period(today.minusDays(27), today);
				case THIS_MONTH -> new Period(today.withDayOfMonth(1), today);
				case LAST_MONTH -> {
					LocalDate first = today.minusMonths(1).withDayOfMonth(1);
					yield new Period(first, first.with(TemporalAdjusters.lastDayOfMonth()));
				}
				case THIS_YEAR -> new Period(today.withDayOfYear(1), today);
			};
		}

	}

	public Period {
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("A period ends on or after its first day");
		}
		if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
			throw new IllegalArgumentException("A period spans at most " + MAX_DAYS + " days");
		}
	}

	/** Every day of the period, in order. */
	public List<LocalDate> days() {
		return Stream.iterate(from, day -> !day.isAfter(to), day -> day.plusDays(1)).toList();
	}

	public long length() {
		return ChronoUnit.DAYS.between(from, to) + 1;
	}

	/** The first instant of the period at a place (midnight there, whatever the DST). */
	OffsetDateTime start(ZoneId zone) {
		return from.atStartOfDay(zone).toOffsetDateTime();
	}

	/** The first instant after the period at a place. */
	OffsetDateTime end(ZoneId zone) {
		return to.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
	}

	/** Monday of the ISO week a day falls in. */
	static LocalDate weekOf(LocalDate day) {
		return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

}
