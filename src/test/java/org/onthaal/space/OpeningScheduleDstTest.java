package org.onthaal.space;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Local opening times are wall-clock times in the location's zone: across a
 * daylight-saving change the hours on the wall stay put and the instants move.
 */
class OpeningScheduleDstTest {

	private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

	private static final List<OpeningSchedule.Slot> WEEKEND_AND_MONDAY = List.of(
			slot(DayOfWeek.SATURDAY, "09:00", "12:00"), slot(DayOfWeek.SUNDAY, "09:00", "12:00"),
			slot(DayOfWeek.MONDAY, "09:00", "12:00"));

	private static final OpeningSchedule BRUSSELS_WEEK = new OpeningSchedule(BRUSSELS, WEEKEND_AND_MONDAY, List.of());

	// ---- spring forward: Sunday 29 March 2026, 02:00 CET -> 03:00 CEST (01:00Z) ----

	@Test
	void springForwardMovesTheInstantsNotTheWallClock() {
		assertThat(BRUSSELS_WEEK.openingsOn(date("2026-03-28")))
			.containsExactly(opening("2026-03-28T08:00:00Z", "2026-03-28T11:00:00Z"));
		assertThat(BRUSSELS_WEEK.openingsOn(date("2026-03-29")))
			.containsExactly(opening("2026-03-29T07:00:00Z", "2026-03-29T10:00:00Z"));
		assertThat(BRUSSELS_WEEK.openingsOn(date("2026-03-30")))
			.containsExactly(opening("2026-03-30T07:00:00Z", "2026-03-30T10:00:00Z"));
	}

	@Test
	void isOpenAroundTheSpringChange() {
		// Saturday, still winter time: 09:00 local is 08:00Z
		assertThat(BRUSSELS_WEEK.isOpen(utc("2026-03-28T07:59:59Z"))).isFalse();
		assertThat(BRUSSELS_WEEK.isOpen(utc("2026-03-28T08:00:00Z"))).isTrue();
		assertThat(BRUSSELS_WEEK.isOpen(utc("2026-03-28T10:59:59Z"))).isTrue();
		assertThat(BRUSSELS_WEEK.isOpen(utc("2026-03-28T11:00:00Z"))).isFalse();
		// Sunday, hours after the change: 09:00 local is 07:00Z, 08:00Z would be 10:00
		assertThat(BRUSSELS_WEEK.isOpen(utc("2026-03-29T06:59:59Z"))).isFalse();
		assertThat(BRUSSELS_WEEK.isOpen(utc("2026-03-29T07:00:00Z"))).isTrue();
		assertThat(BRUSSELS_WEEK.isOpen(utc("2026-03-29T09:59:59Z"))).isTrue();
		assertThat(BRUSSELS_WEEK.isOpen(utc("2026-03-29T10:00:00Z"))).isFalse();
		assertThat(BRUSSELS_WEEK.isOpen(utc("2026-03-29T10:30:00Z"))).isFalse();
		// the change itself, at night, happens while the place is closed
		assertThat(BRUSSELS_WEEK.isOpen(utc("2026-03-29T00:59:59Z"))).isFalse();
		assertThat(BRUSSELS_WEEK.isOpen(utc("2026-03-29T01:00:00Z"))).isFalse();
	}

	@Test
	void nextOpeningAndLastClosingAcrossTheSpringChange() {
		// Saturday 12:00 local: next is Sunday 09:00 CEST, one hour "earlier" in UTC
		assertThat(BRUSSELS_WEEK.nextOpening(utc("2026-03-28T11:00:00Z"))).contains(utc("2026-03-29T07:00:00Z"));
		assertThat(BRUSSELS_WEEK.lastClosing(utc("2026-03-29T05:00:00Z"))).contains(utc("2026-03-28T11:00:00Z"));
		assertThat(BRUSSELS_WEEK.lastClosing(utc("2026-03-30T05:00:00Z"))).contains(utc("2026-03-29T10:00:00Z"));
	}

	@Test
	void aSlotSpanningTheSpringGapLastsTheRealTimeBetweenItsWallClockTimes() {
		// 01:30 CET (00:30Z) to 03:30 CEST (01:30Z): one real hour, the clock skips 02:xx
		var night = new OpeningSchedule(BRUSSELS, List.of(slot(DayOfWeek.SUNDAY, "01:30", "03:30")), List.of());
		List<OpeningSchedule.Opening> openings = night.openingsOn(date("2026-03-29"));
		assertThat(openings).containsExactly(opening("2026-03-29T00:30:00Z", "2026-03-29T01:30:00Z"));
		assertThat(length(openings.getFirst())).isEqualTo(Duration.ofHours(1));
		assertThat(night.isOpen(utc("2026-03-29T00:29:59Z"))).isFalse();
		assertThat(night.isOpen(utc("2026-03-29T00:59:59Z"))).isTrue(); // 01:59:59 CET
		assertThat(night.isOpen(utc("2026-03-29T01:00:00Z"))).isTrue(); // 03:00 CEST
		assertThat(night.isOpen(utc("2026-03-29T01:30:00Z"))).isFalse(); // 03:30 CEST
		// the week before, the same slot is two hours long
		assertThat(length(night.openingsOn(date("2026-03-22")).getFirst())).isEqualTo(Duration.ofHours(2));
		// and the preview shows what the manager typed
		assertThat(night.days(date("2026-03-29"), 1).getFirst().hours())
			.containsExactly(new OpeningSchedule.Hours(LocalTime.of(1, 30), LocalTime.of(3, 30)));
	}

	@Test
	void aTimeThatDoesNotExistMeansTheMomentTheClockJumpsPastIt() {
		// closing "02:30" on the spring-forward night: the wall clock goes from 01:59:59
		// to 03:00, which is already past 02:30, so the place closes at 03:00 CEST
		var closesInTheGap = new OpeningSchedule(BRUSSELS, List.of(slot(DayOfWeek.SUNDAY, "01:00", "02:30")),
				List.of());
		assertThat(closesInTheGap.openingsOn(date("2026-03-29")))
			.containsExactly(opening("2026-03-29T00:00:00Z", "2026-03-29T01:00:00Z"));
		assertThat(closesInTheGap.isOpen(utc("2026-03-29T01:15:00Z"))).isFalse(); // 03:15
		// opening "02:30" likewise opens at 03:00 CEST
		var opensInTheGap = new OpeningSchedule(BRUSSELS, List.of(slot(DayOfWeek.SUNDAY, "02:30", "04:00")), List.of());
		assertThat(opensInTheGap.openingsOn(date("2026-03-29")))
			.containsExactly(opening("2026-03-29T01:00:00Z", "2026-03-29T02:00:00Z"));
		// a slot entirely inside the skipped hour does not happen that night
		var skipped = new OpeningSchedule(BRUSSELS, List.of(slot(DayOfWeek.SUNDAY, "02:15", "02:45")), List.of());
		assertThat(skipped.openingsOn(date("2026-03-29"))).isEmpty();
		assertThat(skipped.openingsOn(date("2026-04-05"))).hasSize(1);
		assertThat(skipped.nextOpening(utc("2026-03-28T12:00:00Z"))).contains(utc("2026-04-05T00:15:00Z"));
	}

	// ---- fall back: Sunday 25 October 2026, 03:00 CEST -> 02:00 CET (01:00Z) ----

	@Test
	void fallBackMovesTheInstantsNotTheWallClock() {
		assertThat(BRUSSELS_WEEK.openingsOn(date("2026-10-24")))
			.containsExactly(opening("2026-10-24T07:00:00Z", "2026-10-24T10:00:00Z"));
		assertThat(BRUSSELS_WEEK.openingsOn(date("2026-10-25")))
			.containsExactly(opening("2026-10-25T08:00:00Z", "2026-10-25T11:00:00Z"));
		assertThat(BRUSSELS_WEEK.openingsOn(date("2026-10-26")))
			.containsExactly(opening("2026-10-26T08:00:00Z", "2026-10-26T11:00:00Z"));
		assertThat(BRUSSELS_WEEK.isOpen(utc("2026-10-25T07:30:00Z"))).isFalse(); // 08:30
																					// CET
		assertThat(BRUSSELS_WEEK.isOpen(utc("2026-10-25T10:30:00Z"))).isTrue(); // 11:30
																				// CET
		assertThat(BRUSSELS_WEEK.isOpen(utc("2026-10-25T11:00:00Z"))).isFalse();
		assertThat(BRUSSELS_WEEK.nextOpening(utc("2026-10-24T10:00:00Z"))).contains(utc("2026-10-25T08:00:00Z"));
	}

	@Test
	void aSlotSpanningTheRepeatedHourLastsTheRealTimeBetweenItsWallClockTimes() {
		// 01:30 CEST (23:30Z the day before) to 03:30 CET (02:30Z): three real hours
		var night = new OpeningSchedule(BRUSSELS, List.of(slot(DayOfWeek.SUNDAY, "01:30", "03:30")), List.of());
		List<OpeningSchedule.Opening> openings = night.openingsOn(date("2026-10-25"));
		assertThat(openings).containsExactly(opening("2026-10-24T23:30:00Z", "2026-10-25T02:30:00Z"));
		assertThat(length(openings.getFirst())).isEqualTo(Duration.ofHours(3));
		assertThat(night.isOpen(utc("2026-10-25T00:30:00Z"))).isTrue(); // first 02:30
		assertThat(night.isOpen(utc("2026-10-25T01:30:00Z"))).isTrue(); // second 02:30
		assertThat(night.isOpen(utc("2026-10-25T02:30:00Z"))).isFalse();
		assertThat(night.days(date("2026-10-25"), 1).getFirst().hours())
			.containsExactly(new OpeningSchedule.Hours(LocalTime.of(1, 30), LocalTime.of(3, 30)));
	}

	// ---- the preview ----

	@Test
	void theFourteenDayPreviewKeepsLocalTimesAcrossBothChanges() {
		for (LocalDate from : List.of(date("2026-03-23"), date("2026-10-19"))) {
			List<OpeningSchedule.Day> days = BRUSSELS_WEEK.days(from, 14);
			assertThat(days).hasSize(14);
			assertThat(days.getFirst().date()).isEqualTo(from);
			assertThat(days.getLast().date()).isEqualTo(from.plusDays(13));
			for (OpeningSchedule.Day day : days) {
				boolean slotDay = List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY, DayOfWeek.MONDAY)
					.contains(day.date().getDayOfWeek());
				assertThat(day.hours()).as(day.date().toString())
					.isEqualTo(slotDay ? List.of(new OpeningSchedule.Hours(LocalTime.of(9, 0), LocalTime.of(12, 0)))
							: List.of());
				assertThat(day.closure()).isFalse();
			}
		}
	}

	@Test
	void thePreviewShowsClosuresWithTheirReasonAndExtraOpenings() {
		var schedule = new OpeningSchedule(BRUSSELS, WEEKEND_AND_MONDAY,
				List.of(new OpeningSchedule.Exception(date("2026-04-05"), date("2026-04-06"), true, null, null,
						"Pasen"),
						new OpeningSchedule.Exception(date("2026-04-01"), date("2026-04-01"), false,
								LocalTime.of(14, 0), LocalTime.of(16, 30), "Knutselnamiddag")));
		List<OpeningSchedule.Day> days = schedule.days(date("2026-03-29"), 14);
		OpeningSchedule.Day easter = days.get(7);
		assertThat(easter.date()).isEqualTo(date("2026-04-05"));
		assertThat(easter.open()).isFalse();
		assertThat(easter.closure()).isTrue();
		assertThat(easter.reason()).isEqualTo("Pasen");
		OpeningSchedule.Day wednesday = days.get(3);
		assertThat(wednesday.hours())
			.containsExactly(new OpeningSchedule.Hours(LocalTime.of(14, 0), LocalTime.of(16, 30)));
		assertThat(wednesday.reason()).isEqualTo("Knutselnamiddag");
		assertThat(days.get(2).open()).isFalse(); // an ordinary Tuesday
		assertThat(days.get(2).closure()).isFalse();
	}

	// ---- the zone is the location's ----

	@Test
	void newYorkChangesOnItsOwnDates() {
		// the US springs forward on 8 March 2026, three weeks before Europe
		var newYork = new OpeningSchedule(NEW_YORK, WEEKEND_AND_MONDAY, List.of());
		assertThat(newYork.openingsOn(date("2026-03-02")).getFirst().opens()).isEqualTo(utc("2026-03-02T14:00:00Z"));
		assertThat(newYork.openingsOn(date("2026-03-09")).getFirst().opens()).isEqualTo(utc("2026-03-09T13:00:00Z"));
		// in the weeks between, New York has moved and Brussels has not
		assertThat(newYork.openingsOn(date("2026-03-16")).getFirst().opens()).isEqualTo(utc("2026-03-16T13:00:00Z"));
		assertThat(BRUSSELS_WEEK.openingsOn(date("2026-03-16")).getFirst().opens())
			.isEqualTo(utc("2026-03-16T08:00:00Z"));
		assertThat(newYork.isOpen(utc("2026-03-16T08:30:00Z"))).isFalse();
		assertThat(BRUSSELS_WEEK.isOpen(utc("2026-03-16T08:30:00Z"))).isTrue();
		// and falls back on 1 November, a week after Europe
		assertThat(newYork.openingsOn(date("2026-10-26")).getFirst().opens()).isEqualTo(utc("2026-10-26T13:00:00Z"));
		assertThat(newYork.openingsOn(date("2026-11-02")).getFirst().opens()).isEqualTo(utc("2026-11-02T14:00:00Z"));
		// the local date counts, not the UTC one: Sunday 23:00 in New York is Monday in
		// UTC
		var lateSunday = new OpeningSchedule(NEW_YORK, List.of(slot(DayOfWeek.SUNDAY, "22:00", "23:30")), List.of());
		assertThat(lateSunday.isOpen(utc("2026-03-16T03:00:00Z"))).isTrue();
	}

	@Test
	void kolkataHasNoDaylightSavingAndAHalfHourOffset() {
		var kolkata = new OpeningSchedule(KOLKATA, WEEKEND_AND_MONDAY, List.of());
		for (String monday : List.of("2026-03-23", "2026-03-30", "2026-10-19", "2026-10-26")) {
			assertThat(kolkata.openingsOn(date(monday)))
				.containsExactly(opening(monday + "T03:30:00Z", monday + "T06:30:00Z"));
		}
	}

	private static OpeningSchedule.Slot slot(DayOfWeek day, String opens, String closes) {
		return new OpeningSchedule.Slot(day, LocalTime.parse(opens), LocalTime.parse(closes));
	}

	private static OpeningSchedule.Opening opening(String opens, String closes) {
		return new OpeningSchedule.Opening(utc(opens), utc(closes));
	}

	private static Duration length(OpeningSchedule.Opening opening) {
		return Duration.between(opening.opens(), opening.closes());
	}

	private static LocalDate date(String date) {
		return LocalDate.parse(date);
	}

	private static Instant utc(String instant) {
		return Instant.parse(instant);
	}

}
