package org.onthaal.checkin;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.onthaal.AnotherNodeRunsJob;
import org.onthaal.DatabaseTestBase;
import org.onthaal.FailOnSecondPlace;
import org.onthaal.family.NewFamily;
import org.onthaal.space.OpeningHoursRepository;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.config.ScheduledTaskHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onthaal.db.Tables.VISIT;

/** Closing time, and two kiosks confirming the same card at the same moment. */
@SpringBootTest
class ClosingTimeCheckoutTest extends DatabaseTestBase {

	private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	@Autowired
	private ClosingTimeCheckout closingTime;

	@Autowired
	private CheckInService checkIns;

	@Autowired
	private OpeningHoursRepository hours;

	@Test
	void everyoneStillPresentIsCheckedOutAsOfClosingTime() {
		hours.addWeeklySlot(locationId, DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(12, 0));
		long unconfigured = locations.create("Nog niet ingericht", BRUSSELS, false);
		CheckIn here = checkIns.checkInNewFamily(locationId, family("Elif"), true, VisitSource.KIOSK);
		CheckIn elsewhere = checkIns.checkInNewFamily(unconfigured, family("Piet"), true, VisitSource.KIOSK);
		moveCheckIn(here.visitId(), tuesday("10:15"));

		assertThat(closingTime.checkOutClosedLocations(tuesday("11:59"))).isZero();
		assertThat(closingTime.checkOutClosedLocations(tuesday("12:03"))).isEqualTo(1);

		var visit = dsl.selectFrom(VISIT).where(VISIT.ID.eq(here.visitId())).fetchSingle();
		assertThat(visit.getCheckedOutAt().toInstant()).isEqualTo(tuesday("12:00"));
		assertThat(visit.getCheckoutSource()).isEqualTo("CLOSING");
		// a place without opening hours is not set up yet: nobody is sent home
		assertThat(dsl.fetchValue(VISIT.CHECKED_OUT_AT, VISIT.ID.eq(elsewhere.visitId()))).isNull();
	}

	@Test
	void aServerThatWasDownAtClosingStillRecordsTheClosingTime() {
		hours.addWeeklySlot(locationId, DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(12, 0));
		CheckIn here = checkIns.checkInNewFamily(locationId, family("Sara"), true, VisitSource.KIOSK);
		moveCheckIn(here.visitId(), tuesday("09:30"));

		assertThat(closingTime.checkOutClosedLocations(tuesday("18:40"))).isEqualTo(1);
		assertThat(dsl.fetchValue(VISIT.CHECKED_OUT_AT, VISIT.ID.eq(here.visitId())).toInstant())
			.isEqualTo(tuesday("12:00"));
	}

	@Test
	void theScheduledRunClosesEveryPlaceOrNoneWhenOnePlaceFails() {
		long second = locations.create("Tweede plek", BRUSSELS, false);
		for (long place : List.of(locationId, second)) {
			hours.addWeeklySlot(place, DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(12, 0));
		}
		CheckIn first = checkIns.checkInNewFamily(locationId, family("Elif"), true, VisitSource.KIOSK);
		CheckIn other = checkIns.checkInNewFamily(second, family("Piet"), true, VisitSource.KIOSK);
		moveCheckIn(first.visitId(), tuesday("10:15"));
		moveCheckIn(other.visitId(), tuesday("10:20"));
		clock.setTo(tuesday("12:03"));

		try (var failure = FailOnSecondPlace.install(dsl, "visit")) {
			assertThatThrownBy(closingTime::everyMinute).hasMessageContaining(FailOnSecondPlace.MESSAGE);
		}
		assertThat(dsl.fetchCount(VISIT, VISIT.CHECKED_OUT_AT.isNull()))
			.as("the first place's checkout is undone with the second's")
			.isEqualTo(2);

		closingTime.everyMinute();
		assertThat(dsl.fetchCount(VISIT, VISIT.CHECKED_OUT_AT.isNull())).as("the next run closes both").isZero();
	}

	@Test
	void whileAnotherNodeChecksOutThisOneLeavesIt(@Autowired DataSource dataSource) throws Exception {
		hours.addWeeklySlot(locationId, DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(12, 0));
		CheckIn here = checkIns.checkInNewFamily(locationId, family("Elif"), true, VisitSource.KIOSK);
		moveCheckIn(here.visitId(), tuesday("10:15"));
		clock.setTo(tuesday("12:03"));

		try (var otherNode = AnotherNodeRunsJob.start(dataSource, ClosingTimeCheckout.JOB)) {
			closingTime.everyMinute();
			assertThat(dsl.fetchValue(VISIT.CHECKED_OUT_AT, VISIT.ID.eq(here.visitId()))).isNull();
		}
		closingTime.everyMinute();
		assertThat(dsl.fetchValue(VISIT.CHECKED_OUT_AT, VISIT.ID.eq(here.visitId()))).isNotNull();
	}

	@Test
	void noJobIsScheduledInTests(@Autowired ApplicationContext context) {
		// the scheduled methods are called by the tests themselves, never in the middle
		// of another test by the scheduler
		assertThat(context.getBeanProvider(ScheduledTaskHolder.class).getIfAvailable()).isNull();
	}

	@Test
	void twoKiosksConfirmingTheSameCardAtOnceMakeOneVisit() throws Exception {
		CheckIn first = checkIns.checkInNewFamily(locationId, family("Tomasz"), true, VisitSource.KIOSK);
		checkIns.checkOut(locationId, first.familyId());
		Callable<String> confirm = () -> {
			try {
				checkIns.checkInReturning(locationId, first.familyId(), 1, 1, true, null, VisitSource.KIOSK);
				return "checked in";
			}
			catch (CheckInRejected ex) {
				return ex.reason().name();
			}
		};
		ExecutorService kiosks = Executors.newFixedThreadPool(2);
		try {
			List<Future<String>> outcomes = kiosks.invokeAll(List.of(confirm, confirm));
			assertThat(List.of(outcomes.get(0).get(), outcomes.get(1).get())).containsExactlyInAnyOrder("checked in",
					"ALREADY_HERE");
		}
		finally {
			kiosks.shutdown();
		}
		assertThat(dsl.fetchCount(VISIT, VISIT.CHECKED_OUT_AT.isNull())).isEqualTo(1);
	}

	private void moveCheckIn(long visitId, Instant at) {
		dsl.update(VISIT)
			.set(VISIT.CHECKED_IN_AT, OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.where(VISIT.ID.eq(visitId))
			.execute();
	}

	private static Instant tuesday(String time) {
		return LocalDateTime.parse("2026-12-01T" + time).atZone(BRUSSELS).toInstant();
	}

	private static NewFamily family(String nickname) {
		return new NewFamily(nickname, List.of("nl"), List.of(), List.of(), true, false);
	}

}
