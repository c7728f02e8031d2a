package org.onthaal.checkin;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.onthaal.DatabaseTestBase;
import org.onthaal.family.NewFamily;
import org.onthaal.space.OpeningHoursRepository;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onthaal.db.Tables.VISIT;

/**
 * The closing-time check-out follows closures and extra openings, including across the
 * night the clocks go back.
 */
@SpringBootTest
class ClosingTimeFollowsExceptionsTest extends DatabaseTestBase {

	private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	@Autowired
	private ClosingTimeCheckout closingTime;

	@Autowired
	private CheckInService checkIns;

	@Autowired
	private OpeningHoursRepository hours;

	@Test
	void anExtraOpeningOnANormallyClosedDayKeepsFamiliesInUntilItsClosingTime() {
		hours.addWeeklySlot(locationId, DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(12, 0));
		// Monday 7 December 2026 is normally closed
		hours.addException(locationId, LocalDate.parse("2026-12-07"), LocalDate.parse("2026-12-07"),
				LocalTime.of(13, 0), LocalTime.of(15, 0), "Sinterklaasfeest");
		CheckIn here = checkIns.checkInNewFamily(locationId, family("Noor"), true, VisitSource.KIOSK);
		moveCheckIn(here.visitId(), local("2026-12-07T13:30"));

		assertThat(closingTime.checkOutClosedLocations(local("2026-12-07T14:59"))).isZero();
		assertThat(closingTime.checkOutClosedLocations(local("2026-12-07T15:02"))).isEqualTo(1);
		assertThat(checkedOutAt(here.visitId())).isEqualTo(local("2026-12-07T15:00"));
	}

	@Test
	void onAClosureDayTheWeeklyHoursDoNotKeepTheVisitOpen() {
		hours.addWeeklySlot(locationId, DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(12, 0));
		CheckIn normalDay = checkIns.checkInNewFamily(locationId, family("Elif"), true, VisitSource.KIOSK);
		moveCheckIn(normalDay.visitId(), local("2026-12-01T10:00"));
		assertThat(closingTime.checkOutClosedLocations(local("2026-12-01T10:30"))).isZero();

		hours.addException(locationId, LocalDate.parse("2026-12-01"), LocalDate.parse("2026-12-01"), null, null,
				"Vormingsdag");
		assertThat(closingTime.checkOutClosedLocations(local("2026-12-01T10:30"))).isEqualTo(1);
		// the last closing was a week earlier, so the visit ends when it began, not
		// before
		assertThat(checkedOutAt(normalDay.visitId())).isEqualTo(local("2026-12-01T10:00"));
	}

	@Test
	void closingTimeOnTheNightTheClocksGoBackIsTheSecondPassOfTheHour() {
		// Sunday 25 October 2026, 01:30 CEST until 03:30 CET: the repeated hour is open
		hours.addWeeklySlot(locationId, DayOfWeek.SUNDAY, LocalTime.of(1, 30), LocalTime.of(3, 30));
		CheckIn here = checkIns.checkInNewFamily(locationId, family("Sara"), true, VisitSource.KIOSK);
		moveCheckIn(here.visitId(), Instant.parse("2026-10-24T23:45:00Z"));

		assertThat(closingTime.checkOutClosedLocations(Instant.parse("2026-10-25T01:30:00Z"))).isZero();
		assertThat(closingTime.checkOutClosedLocations(Instant.parse("2026-10-25T02:31:00Z"))).isEqualTo(1);
		assertThat(checkedOutAt(here.visitId())).isEqualTo(Instant.parse("2026-10-25T02:30:00Z"));
	}

	private Instant checkedOutAt(long visitId) {
		return dsl.fetchValue(VISIT.CHECKED_OUT_AT, VISIT.ID.eq(visitId)).toInstant();
	}

	private void moveCheckIn(long visitId, Instant at) {
		dsl.update(VISIT)
			.set(VISIT.CHECKED_IN_AT, OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.where(VISIT.ID.eq(visitId))
			.execute();
	}

	private static Instant local(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(BRUSSELS).toInstant();
	}

	private static NewFamily family(String nickname) {
		return new NewFamily(nickname, List.of("nl"), List.of(), List.of(), true, false);
	}

}
