package org.onthaal.host.ui;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.onthaal.KaribuTest;
import org.onthaal.db.tables.records.OccupancySnapshotRecord;
import org.onthaal.space.ZoneForm;
import org.onthaal.space.ZoneKind;
import org.onthaal.space.ZoneService;
import org.onthaal.staff.Role;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.onthaal.db.Tables.OCCUPANCY_SNAPSHOT;
import static org.onthaal.db.Tables.STAFF_USER;

class OccupancySnapshotTest extends KaribuTest {

	@Autowired
	private ZoneService zones;

	@Autowired
	private Clock clock;

	@Test
	void aHostCountsPerCornerAndOneTapSavesARowPerCorner() {
		long[] ids = setUpCorners();
		long coffee = ids[0];
		long play = ids[1];
		login("gastvrouw", Role.HOST);
		UI.getCurrent().navigate("host");

		Details strip = _get(Details.class, spec -> spec.withId("occupancy"));
		assertThat(strip.isOpened()).as("folded away so the board stays glanceable").isFalse();
		strip.setOpened(true);
		// the active corners, in the manager's order, named in the host's language
		// (Dutch)
		assertThat(_find(strip, Span.class, spec -> spec.withClasses("stepper-label")).stream().map(Span::getText))
			.containsExactly("Koffiehoek", "De speelmat");

		for (int i = 0; i < 3; i++) {
			tap("occupancy-" + play + "-more");
		}
		OffsetDateTime before = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
		tap("occupancy-save");

		var rows = dsl.selectFrom(OCCUPANCY_SNAPSHOT).orderBy(OCCUPANCY_SNAPSHOT.ZONE_ID).fetch();
		assertThat(rows).extracting(OccupancySnapshotRecord::getZoneId).containsExactly(coffee, play);
		assertThat(rows).extracting(OccupancySnapshotRecord::getHeadcount).containsExactly((short) 0, (short) 3);
		assertThat(rows).extracting(OccupancySnapshotRecord::getLocationId).containsOnly(locationId);
		assertThat(rows.get(0).getTakenAt()).isEqualTo(rows.get(1).getTakenAt());
		assertThat(rows.get(0).getTakenAt()).isAfterOrEqualTo(before.minusSeconds(1));
		Long host = dsl.fetchValue(STAFF_USER.ID, STAFF_USER.USERNAME.eq("gastvrouw"));
		assertThat(rows).extracting(OccupancySnapshotRecord::getStaffUserId).containsOnly(host);
		assertThat(_get(Span.class, spec -> spec.withId("occupancy-saved")).getText()).startsWith("Bewaard om");

		// the counts stay for the next look: one tap less and save again
		tap("occupancy-" + play + "-less");
		tap("occupancy-save");
		assertThat(dsl.select(OCCUPANCY_SNAPSHOT.HEADCOUNT)
			.from(OCCUPANCY_SNAPSHOT)
			.where(OCCUPANCY_SNAPSHOT.ZONE_ID.eq(play))
			.orderBy(OCCUPANCY_SNAPSHOT.ID)
			.fetch(OCCUPANCY_SNAPSHOT.HEADCOUNT)).containsExactly((short) 3, (short) 2);
	}

	@Test
	void withoutCornersTheBoardShowsNoStrip() {
		login("gastvrouw", Role.HOST);
		UI.getCurrent().navigate("host");

		assertThat(_find(Details.class, spec -> spec.withId("occupancy"))).isEmpty();
	}

	private static void tap(String id) {
		_click(_get(Button.class, spec -> spec.withId(id)));
	}

	private long[] setUpCorners() {
		login("mila", Role.MANAGER);
		long coffee = zones.create(locationId,
				new ZoneForm("Koffiehoek", Map.of("fr", "Coin café"), ZoneKind.COFFEE, 12, "COFFEE", true));
		long play = zones.create(locationId,
				new ZoneForm("Speelmat", Map.of("nl", "De speelmat"), ZoneKind.PLAY, 10, "PUZZLE_PIECE", true));
		long closed = zones.create(locationId, new ZoneForm("Tuin", Map.of(), ZoneKind.OUTDOOR, 20, "SUN_O", false));
		logout();
		return new long[] { coffee, play, closed };
	}

}
