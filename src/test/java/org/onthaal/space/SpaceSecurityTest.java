package org.onthaal.space;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.UI;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import org.junit.jupiter.api.Test;
import org.onthaal.KaribuTest;
import org.onthaal.staff.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onthaal.db.Tables.INTEREST;
import static org.onthaal.db.Tables.LOCATION;
import static org.onthaal.db.Tables.OCCUPANCY_SNAPSHOT;
import static org.onthaal.db.Tables.ZONE;

/**
 * A host can never set up the space: not through the screens, not by calling the
 * services. And nobody reaches a meeting place they don't work at.
 */
class SpaceSecurityTest extends KaribuTest {

	private static final LocationForm FORM = new LocationForm("Elders", ZoneId.of("Europe/Brussels"), List.of("nl"),
			"nl", 12, 12, true, false, CardPrint.OFF);

	private static final ZoneForm CORNER = new ZoneForm("Hoek", Map.of(), ZoneKind.PLAY, 5, "CHILD", true);

	@Autowired
	private LocationAdminService locationAdmin;

	@Autowired
	private ZoneService zones;

	@Autowired
	private InterestCatalogueService interests;

	@Autowired
	private OccupancyService occupancy;

	@Test
	void aHostIsRefusedByEveryManagerServiceMethod() {
		login("hans", Role.HOST);
		long interestId = dsl.fetchValue(INTEREST.ID, INTEREST.CODE.eq("music"));

		assertThatThrownBy(() -> locationAdmin.myLocations()).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> locationAdmin.create(FORM)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> locationAdmin.update(locationId, 0, FORM)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> zones.zones(locationId)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> zones.create(locationId, CORNER)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> zones.setActive(locationId, 1, false)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> zones.delete(locationId, 1)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> interests.interests()).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> interests.update(interestId, new InterestForm("MUSIC", Map.of("nl", "X"), false)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> interests.move(interestId, -1)).isInstanceOf(AccessDeniedException.class);

		assertThat(dsl.fetchCount(LOCATION)).isEqualTo(1);
		assertThat(dsl.fetchValue(INTEREST.ACTIVE, INTEREST.ID.eq(interestId))).isTrue();
	}

	@Test
	void aHostCannotOpenTheSpaceScreens() {
		login("hans", Role.HOST);
		for (String route : List.of("office/locations", "office/zones", "office/interests")) {
			assertThatThrownBy(() -> UI.getCurrent().navigate(route)).as(route)
				.isInstanceOf(MockAccessDeniedException.class);
		}
	}

	@Test
	void aHostMaySaveASnapshotOfTheirOwnPlaceOnly() {
		login("mila", Role.MANAGER);
		long corner = zones.create(locationId, CORNER);
		long elsewhere = locations.create("Elders", ZoneId.of("Europe/Brussels"), false);
		long otherCorner = dsl.insertInto(ZONE)
			.set(ZONE.LOCATION_ID, elsewhere)
			.set(ZONE.NAME, "Daar")
			.set(ZONE.KIND, "PLAY")
			.set(ZONE.CAPACITY, 5)
			.returning(ZONE.ID)
			.fetchSingle(ZONE.ID);
		logout();
		login("hans", Role.HOST);

		occupancy.saveSnapshot(locationId, Map.of(corner, 2));
		assertThatThrownBy(() -> occupancy.saveSnapshot(elsewhere, Map.of(otherCorner, 2)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> occupancy.saveSnapshot(locationId, Map.of(otherCorner, 2)))
			.isInstanceOf(SpaceRuleException.class);
		assertThat(dsl.fetchCount(OCCUPANCY_SNAPSHOT)).isEqualTo(1);
	}

	@Test
	void aManagerCannotEditAPlaceTheyDoNotWorkAt() {
		long elsewhere = locations.create("Elders", ZoneId.of("Europe/Brussels"), false);
		login("mila", Role.MANAGER);

		assertThatThrownBy(() -> locationAdmin.update(elsewhere, 0, FORM)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> zones.create(elsewhere, CORNER)).isInstanceOf(AccessDeniedException.class);
		assertThat(dsl.fetchCount(ZONE)).isZero();
	}

}
