package org.onthaal.demo;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.onthaal.DatabaseTestBase;
import org.onthaal.family.FamilyRepository;
import org.onthaal.space.OpeningHoursRepository;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jooq.impl.DSL.countDistinct;
import static org.onthaal.db.Tables.LOCATION;
import static org.onthaal.db.Tables.OCCUPANCY_SNAPSHOT;
import static org.onthaal.db.Tables.ZONE;

/** The demo place's corners speak every screen language and have weeks of snapshots. */
@SpringBootTest
class DemoCornersTest extends DatabaseTestBase {

	@Autowired
	private FamilyRepository families;

	@Autowired
	private OpeningHoursRepository hours;

	@Autowired
	private Clock clock;

	@Autowired
	private ObjectMapper json;

	@Autowired
	private org.onthaal.family.FamilyCards cards;

	@Test
	void demoCornersAreTranslatedAndHaveThreeWeeksOfSnapshots() {
		new DemoDataSeeder(dsl, locations, families, staff, hours, cards, clock, json).run(null);

		long demo = dsl.fetchValue(LOCATION.ID, LOCATION.DEMO.isTrue());
		var zones = dsl.selectFrom(ZONE).where(ZONE.LOCATION_ID.eq(demo)).orderBy(ZONE.SORT_ORDER).fetch();
		assertThat(zones).hasSize(5);
		zones.forEach(zone -> assertThat(zone.getLabels().data()).contains("\"ar\"", "\"so\"", "\"fr\""));
		assertThat(zones.getValues(ZONE.PICTOGRAM)).doesNotHaveDuplicates();

		OffsetDateTime now = OffsetDateTime.now(clock);
		var snapshots = dsl.selectFrom(OCCUPANCY_SNAPSHOT).where(OCCUPANCY_SNAPSHOT.LOCATION_ID.eq(demo)).fetch();
		assertThat(snapshots).isNotEmpty();
		assertThat(snapshots).allSatisfy(row -> {
			assertThat(row.getTakenAt()).isBefore(now).isAfter(now.minusWeeks(3).minusDays(1));
			assertThat(row.getHeadcount()).isBetween((short) 0, (short) 200);
			assertThat(row.getStaffUserId()).isNotNull();
		});
		// a few moments per opening day, every corner counted each time
		int moments = dsl.select(countDistinct(OCCUPANCY_SNAPSHOT.TAKEN_AT))
			.from(OCCUPANCY_SNAPSHOT)
			.fetchSingle()
			.value1();
		assertThat(moments).isBetween(3 * 4 * 3 - 3, 3 * 4 * 3);
		assertThat(snapshots).hasSize(moments * 5);
	}

}
