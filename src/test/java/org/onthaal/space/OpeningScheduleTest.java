package org.onthaal.space;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OpeningScheduleTest {

	private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	private static final OpeningSchedule BABOES = new OpeningSchedule(BRUSSELS,
			List.of(slot(DayOfWeek.TUESDAY, "09:00", "12:00"), slot(DayOfWeek.WEDNESDAY, "14:00", "17:00"),
					slot(DayOfWeek.THURSDAY, "09:00", "12:00"), slot(DayOfWeek.SATURDAY, "09:30", "12:30")),
			List.of());

	@Test
	void openOnlyWithinTheWeeklySlotsInLocalTime() {
		assertThat(BABOES.isOpen(at("2026-12-01T08:59"))).isFalse(); // Tuesday
		assertThat(BABOES.isOpen(at("2026-12-01T09:00"))).isTrue();
		assertThat(BABOES.isOpen(at("2026-12-01T11:59"))).isTrue();
		assertThat(BABOES.isOpen(at("2026-12-01T12:00"))).isFalse();
		assertThat(BABOES.isOpen(at("2026-12-02T15:00"))).isTrue(); // Wednesday afternoon
		assertThat(BABOES.isOpen(at("2026-11-30T10:00"))).isFalse(); // Monday
	}

	@Test
	void nextOpeningAndLastClosing() {
		assertThat(BABOES.nextOpening(at("2026-11-28T18:00"))).contains(at("2026-12-01T09:00"));
		assertThat(BABOES.lastClosing(at("2026-11-28T18:00"))).contains(at("2026-11-28T12:30"));
		assertThat(BABOES.lastClosing(at("2026-12-01T10:00"))).contains(at("2026-11-28T12:30"));
	}

	@Test
	void keepsLocalHoursAcrossTheDaylightSavingWeek() {
		// Belgium leaves summer time on Sunday 25 October 2026: Saturday 24 is UTC+2,
		// Tuesday 27 is UTC+1
		assertThat(BABOES.isOpen(Instant.parse("2026-10-24T07:30:00Z"))).isTrue();
		assertThat(BABOES.isOpen(Instant.parse("2026-10-24T10:30:00Z"))).isFalse();
		assertThat(BABOES.isOpen(Instant.parse("2026-10-27T08:00:00Z"))).isTrue();
		assertThat(BABOES.isOpen(Instant.parse("2026-10-27T07:30:00Z"))).isFalse();
		assertThat(BABOES.nextOpening(Instant.parse("2026-10-24T12:00:00Z")))
			.contains(Instant.parse("2026-10-27T08:00:00Z"));
	}

	@Test
	void closureWinsAndExtraOpeningsAdd() {
		var schedule = new OpeningSchedule(BRUSSELS, BABOES.weekly(),
				List.of(new OpeningSchedule.Exception(LocalDate.parse("2026-12-22"), LocalDate.parse("2027-01-03"),
						true, null, null),
						new OpeningSchedule.Exception(LocalDate.parse("2026-12-07"), LocalDate.parse("2026-12-07"),
								false, LocalTime.parse("13:00"), LocalTime.parse("15:00"))));
		assertThat(schedule.isOpen(at("2026-12-22T10:00"))).isFalse();
		assertThat(schedule.nextOpening(at("2026-12-21T18:00"))).contains(at("2027-01-05T09:00"));
		assertThat(schedule.isOpen(at("2026-12-07T14:00"))).isTrue(); // a Monday, extra
																		// opening
	}

	@Test
	void aLocationWithoutHoursIsAlwaysOpen() {
		var fresh = new OpeningSchedule(BRUSSELS, List.of(), List.of());
		assertThat(fresh.isConfigured()).isFalse();
		assertThat(fresh.isOpen(at("2026-11-30T03:00"))).isTrue();
	}

	private static OpeningSchedule.Slot slot(DayOfWeek day, String opens, String closes) {
		return new OpeningSchedule.Slot(day, LocalTime.parse(opens), LocalTime.parse(closes));
	}

	private static Instant at(String localDateTime) {
		return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), BRUSSELS).toInstant();
	}

}
