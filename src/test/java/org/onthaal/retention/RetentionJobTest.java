package org.onthaal.retention;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.onthaal.DatabaseTestBase;
import org.onthaal.family.FamilyRepository;
import org.onthaal.family.NewFamily;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
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
