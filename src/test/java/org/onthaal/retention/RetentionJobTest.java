package org.onthaal.retention;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import javax.sql.DataSource;

import org.onthaal.AnotherNodeRunsJob;
import org.onthaal.DatabaseTestBase;
import org.onthaal.FailOnSecondPlace;
import org.onthaal.family.FamilyRepository;
import org.onthaal.family.NewFamily;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onthaal.db.Tables.ACQUAINTANCE;
import static org.onthaal.db.Tables.AUDIT_EVENT;
import static org.onthaal.db.Tables.CHILD;
import static org.onthaal.db.Tables.FAMILY;
import static org.onthaal.db.Tables.FAMILY_INTEREST;
import static org.onthaal.db.Tables.FAMILY_LANGUAGE;
import static org.onthaal.db.Tables.LOCATION;
import static org.onthaal.db.Tables.VISIT;

/** Retention across its boundaries, with the statistics left whole. */
@SpringBootTest
class RetentionJobTest extends DatabaseTestBase {

	private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-01T03:15:00Z");

	@Autowired
	private RetentionJob job;

	@Autowired
	private FamilyRepository families;

	@Test
	void visitsBecomeAnonymousAfterTheLocationsPeriodAndNotADayEarlier() {
		long family = family("Sofie", NOW.minusDays(3));
		long old = visit(locationId, family, NOW.minusMonths(12).minusDays(1));
		long recent = visit(locationId, family, NOW.minusMonths(12).plusDays(1));

		RetentionJob.Report report = job.run(NOW.toInstant());

		assertThat(report.visitsAnonymised()).isEqualTo(1);
		assertThat(dsl.fetchValue(VISIT.FAMILY_ID, VISIT.ID.eq(old))).isNull();
		assertThat(dsl.fetchValue(VISIT.FAMILY_ID, VISIT.ID.eq(recent))).isEqualTo(family);
		assertThat(dsl.fetchCount(VISIT)).as("statistics keep every visit").isEqualTo(2);
		assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("VISITS_ANONYMISED"))).isEqualTo(1);
	}

	@Test
	void eachLocationHasItsOwnPeriod() {
		long strict = locations.create("Strikte plek", ZoneId.of("Europe/Brussels"), false);
		dsl.update(LOCATION).set(LOCATION.RETENTION_VISIT_MONTHS, 6).where(LOCATION.ID.eq(strict)).execute();
		long family = family("Elif", NOW.minusDays(1));
		long atStrict = visit(strict, family, NOW.minusMonths(7));
		long atDefault = visit(locationId, family, NOW.minusMonths(7));

		job.run(NOW.toInstant());

		assertThat(dsl.fetchValue(VISIT.FAMILY_ID, VISIT.ID.eq(atStrict))).isNull();
		assertThat(dsl.fetchValue(VISIT.FAMILY_ID, VISIT.ID.eq(atDefault))).isEqualTo(family);
	}

	@Test
	void familiesNotSeenForTheirPeriodAreErasedCompletelyWhileTheirVisitsStayCounted() {
		long gone = family("Kasia", NOW.minusMonths(12).minusDays(1));
		long stays = family("Olena", NOW.minusMonths(12).plusDays(1));
		visit(locationId, gone, NOW.minusMonths(13));
		visit(locationId, stays, NOW.minusMonths(12).plusDays(1));
		dsl.insertInto(ACQUAINTANCE)
			.set(ACQUAINTANCE.FAMILY_A_ID, Math.min(gone, stays))
			.set(ACQUAINTANCE.FAMILY_B_ID, Math.max(gone, stays))
			.set(ACQUAINTANCE.SOURCE, "HOST")
			.execute();
		int visitsBefore = dsl.fetchCount(VISIT);

		RetentionJob.Report report = job.run(NOW.toInstant());

		assertThat(report.familiesErased()).isEqualTo(1);
		assertThat(dsl.fetchValues(FAMILY.NICKNAME)).containsExactly("Olena");
		for (var table : List.of(FAMILY_LANGUAGE, FAMILY_INTEREST, CHILD)) {
			assertThat(dsl.fetchCount(table, table.field("family_id", Long.class).eq(gone))).as(table.getName())
				.isZero();
		}
		assertThat(dsl.fetchCount(ACQUAINTANCE)).isZero();
		assertThat(dsl.fetchCount(VISIT, VISIT.FAMILY_ID.eq(gone))).isZero();
		assertThat(dsl.fetchCount(VISIT)).as("statistics keep every visit").isEqualTo(visitsBefore);
		assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("FAMILIES_ERASED"))).isEqualTo(1);
	}

	@Test
	void aFamilyPresentRightNowIsNeverErased() {
		long here = family("Amina", NOW.minusMonths(20));
		dsl.insertInto(VISIT)
			.set(VISIT.LOCATION_ID, locationId)
			.set(VISIT.FAMILY_ID, here)
			.set(VISIT.CHECKED_IN_AT, NOW.minusHours(1))
			.set(VISIT.OPEN_TO_MEET, true)
			.set(VISIT.SOURCE, "KIOSK")
			.execute();

		assertThat(job.run(NOW.toInstant()).familiesErased()).isZero();
		assertThat(dsl.fetchCount(FAMILY)).isEqualTo(1);
	}

	@Test
	void eachFamilyIsKeptForThePeriodOfTheMostPatientPlaceItVisited() {
		// visits go anonymous long before the families: the family's place must not be
		// forgotten with them
		long six = place("Zes maanden", 3, 6);
		long twentyFour = place("Twee jaar", 12, 24);
		long onlySix = family("Kasia", NOW.minusMonths(7));
		visit(six, onlySix, NOW.minusMonths(7));
		long onlyTwentyFour = family("Olena", NOW.minusMonths(13));
		visit(twentyFour, onlyTwentyFour, NOW.minusMonths(13));
		long both = family("Amina", NOW.minusMonths(13));
		visit(twentyFour, both, NOW.minusMonths(14));
		visit(six, both, NOW.minusMonths(13));
		long present = family("Sofie", NOW.minusHours(1));
		visit(six, present, NOW.minusMonths(2));
		dsl.insertInto(VISIT)
			.set(VISIT.LOCATION_ID, six)
			.set(VISIT.FAMILY_ID, present)
			.set(VISIT.CHECKED_IN_AT, NOW.minusHours(1))
			.set(VISIT.OPEN_TO_MEET, true)
			.set(VISIT.SOURCE, "KIOSK")
			.execute();

		runNightly(NOW);
		assertThat(familiesLeft()).as("seen only at the six-month place, seven months ago")
			.containsExactlyInAnyOrder(onlyTwentyFour, both, present);

		// every night for another eleven months: the two-year place's families stay
		for (int month = 1; month <= 11; month++) {
			runNightly(NOW.plusMonths(month));
		}
		assertThat(familiesLeft()).as("24 months after their last visit")
			.containsExactlyInAnyOrder(onlyTwentyFour, both, present);

		runNightly(NOW.plusMonths(12));
		assertThat(familiesLeft()).as("25 months after their last visit; the present family stays")
			.containsExactly(present);
	}

	@Test
	void theNightlyRunChangesNothingWhenOnePlaceFails() {
		long second = place("Tweede plek", 12, 12);
		long family = family("Kasia", NOW.minusMonths(14));
		long here = visit(locationId, family, NOW.minusMonths(14));
		long there = visit(second, family, NOW.minusMonths(13));
		clock.setTo(NOW.toInstant());

		try (var failure = FailOnSecondPlace.install(dsl, "visit")) {
			assertThatThrownBy(job::nightly).hasMessageContaining(FailOnSecondPlace.MESSAGE);
		}

		assertThat(dsl.fetchValue(VISIT.FAMILY_ID, VISIT.ID.eq(here))).as("the first place's visit keeps its family")
			.isEqualTo(family);
		assertThat(dsl.fetchValue(VISIT.FAMILY_ID, VISIT.ID.eq(there))).isEqualTo(family);
		assertThat(familiesLeft()).containsExactly(family);
		assertThat(dsl.fetchCount(AUDIT_EVENT)).as("no audit of work that did not happen").isZero();
	}

	@Test
	void whileAnotherNodeRunsTheNightlyJobThisOneLeavesIt(@Autowired DataSource dataSource) throws Exception {
		long family = family("Sofie", NOW.minusDays(3));
		long old = visit(locationId, family, NOW.minusMonths(12).minusDays(1));
		clock.setTo(NOW.toInstant());

		try (var otherNode = AnotherNodeRunsJob.start(dataSource, RetentionJob.JOB)) {
			job.nightly();
			assertThat(dsl.fetchValue(VISIT.FAMILY_ID, VISIT.ID.eq(old))).as("left to the other node")
				.isEqualTo(family);
			assertThat(dsl.fetchCount(AUDIT_EVENT)).isZero();
		}

		job.nightly();
		assertThat(dsl.fetchValue(VISIT.FAMILY_ID, VISIT.ID.eq(old))).isNull();
		assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("VISITS_ANONYMISED"))).isEqualTo(1);
	}

	private void runNightly(OffsetDateTime at) {
		clock.setTo(at.toInstant());
		job.nightly();
	}

	private List<Long> familiesLeft() {
		return dsl.fetchValues(FAMILY.ID);
	}

	private long place(String name, int visitMonths, int familyMonths) {
		long id = locations.create(name, ZoneId.of("Europe/Brussels"), false);
		dsl.update(LOCATION)
			.set(LOCATION.RETENTION_VISIT_MONTHS, visitMonths)
			.set(LOCATION.RETENTION_FAMILY_MONTHS, familyMonths)
			.where(LOCATION.ID.eq(id))
			.execute();
		return id;
	}

	private long family(String nickname, OffsetDateTime lastSeen) {
		long id = families.insert(
				new NewFamily(nickname, List.of("nl", "pl"), List.of("music"), List.of("1-2"), true, false),
				lastSeen.minusMonths(1));
		dsl.update(FAMILY).set(FAMILY.LAST_SEEN_AT, lastSeen).where(FAMILY.ID.eq(id)).execute();
		return id;
	}

	private long visit(long location, long family, OffsetDateTime in) {
		return dsl.insertInto(VISIT)
			.set(VISIT.LOCATION_ID, location)
			.set(VISIT.FAMILY_ID, family)
			.set(VISIT.CHECKED_IN_AT, in)
			.set(VISIT.CHECKED_OUT_AT, in.plusHours(2))
			.set(VISIT.OPEN_TO_MEET, true)
			.set(VISIT.SOURCE, "KIOSK")
			.returning(VISIT.ID)
			.fetchSingle(VISIT.ID);
	}

}
