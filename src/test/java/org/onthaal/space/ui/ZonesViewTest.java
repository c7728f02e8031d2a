package org.onthaal.space.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.onthaal.db.tables.records.ZoneRecord;
import org.onthaal.KaribuTest;
import org.onthaal.space.Zone;
import org.onthaal.space.ZoneForm;
import org.onthaal.space.ZoneKind;
import org.onthaal.space.ZoneService;
import org.onthaal.staff.Role;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.onthaal.db.Tables.AUDIT_EVENT;
import static org.onthaal.db.Tables.OCCUPANCY_SNAPSHOT;
import static org.onthaal.db.Tables.ZONE;
import static org.onthaal.space.ui.OfficeTaps.rowHasButton;
import static org.onthaal.space.ui.OfficeTaps.tap;
import static org.onthaal.space.ui.OfficeTaps.tapInRow;

class ZonesViewTest extends KaribuTest {

	@Autowired
	private ZoneService zones;

	@Autowired
	private ObjectMapper json;

	@Test
	void aNewCornerIsStoredWithItsTranslatedNamesKindCapacityAndPictogram() {
		login("mila", Role.MANAGER);
		UI.getCurrent().navigate("office/zones");
		tap("zones-add");

		_setValue(_get(TextField.class, spec -> spec.withId("zone-name")), "Koffiehoek");
		_setValue(_get(TextField.class, spec -> spec.withId("zone-label-fr")), "Coin café");
		_setValue(_get(TextField.class, spec -> spec.withId("zone-label-ar")), "ركن القهوة");
		_setValue(_get(Select.class, spec -> spec.withId("zone-kind")), ZoneKind.COFFEE);
		_setValue(_get(IntegerField.class, spec -> spec.withId("zone-capacity")), 12);
		_setValue(_get(Select.class, spec -> spec.withId("zone-pictogram")), "COFFEE");
		tap("zone-save");

		ZoneRecord zone = dsl.selectFrom(ZONE).fetchSingle();
		assertThat(zone.getLocationId()).isEqualTo(locationId);
		assertThat(zone.getName()).isEqualTo("Koffiehoek");
		assertThat(json.readValue(zone.getLabels().data(), Map.class))
			.isEqualTo(Map.of("fr", "Coin café", "ar", "ركن القهوة"));
		assertThat(zone.getKind()).isEqualTo("COFFEE");
		assertThat(zone.getCapacity()).isEqualTo(12);
		assertThat(zone.getPictogram()).isEqualTo("COFFEE");
		assertThat(zone.getActive()).isTrue();
		assertThat(dsl.fetchExists(AUDIT_EVENT,
				AUDIT_EVENT.ACTION.eq("ZONE_CREATED").and(AUDIT_EVENT.LOCATION_ID.eq(locationId))))
			.isTrue();
	}

	@Test
	void editingChangesTheCornerAndKeepsItsOtherTranslations() {
		login("mila", Role.MANAGER);
		long id = zones.create(locationId, new ZoneForm("Speelmat", Map.of("nl", "Speelmat", "fr", "Tapis"),
				ZoneKind.PLAY, 8, "PUZZLE_PIECE", true));
		UI.getCurrent().navigate("office/zones");

		tapInRow("zones-grid", (Zone row) -> row.id() == id, "zone-edit-" + id);
		_setValue(_get(TextField.class, spec -> spec.withId("zone-label-fr")), "Tapis de jeu");
		_setValue(_get(TextField.class, spec -> spec.withId("zone-label-nl")), "");
		_setValue(_get(IntegerField.class, spec -> spec.withId("zone-capacity")), 10);
		tap("zone-save");

		ZoneRecord zone = dsl.selectFrom(ZONE).fetchSingle();
		assertThat(json.readValue(zone.getLabels().data(), Map.class)).isEqualTo(Map.of("fr", "Tapis de jeu"));
		assertThat(zone.getCapacity()).isEqualTo(10);
	}

	@Test
	void twoCornersCannotShareAName() {
		login("mila", Role.MANAGER);
		zones.create(locationId, new ZoneForm("Tuin", Map.of(), ZoneKind.OUTDOOR, 20, "SUN_O", true));
		UI.getCurrent().navigate("office/zones");
		tap("zones-add");

		_setValue(_get(TextField.class, spec -> spec.withId("zone-name")), "tuin");
		tap("zone-save");

		assertThat(_get(Paragraph.class, spec -> spec.withId("zone-error")).getText())
			.isEqualTo("Een andere hoek van deze ontmoetingsplek heeft al deze naam.");
		assertThat(dsl.fetchCount(ZONE)).isEqualTo(1);
	}

	@Test
	void movingACornerDownSwapsItsPlaceWithTheNextOne() {
		login("mila", Role.MANAGER);
		long coffee = zones.create(locationId, new ZoneForm("Koffie", Map.of(), ZoneKind.COFFEE, 12, "COFFEE", true));
		long play = zones.create(locationId, new ZoneForm("Spelen", Map.of(), ZoneKind.PLAY, 10, "CHILD", true));
		long books = zones.create(locationId, new ZoneForm("Boeken", Map.of(), ZoneKind.READING, 4, "BOOK", true));
		UI.getCurrent().navigate("office/zones");

		tapInRow("zones-grid", (Zone row) -> row.id() == coffee, "zone-down-" + coffee);
		tapInRow("zones-grid", (Zone row) -> row.id() == books, "zone-up-" + books);

		assertThat(dsl.select(ZONE.ID).from(ZONE).orderBy(ZONE.SORT_ORDER).fetch(ZONE.ID)).containsExactly(play, books,
				coffee);
	}

	@Test
	void aCornerWithSnapshotsIsDeactivatedNotDeletedAndAnUnusedOneIsDeletedAfterConfirming() {
		login("mila", Role.MANAGER);
		long counted = zones.create(locationId, new ZoneForm("Koffie", Map.of(), ZoneKind.COFFEE, 12, "COFFEE", true));
		long unused = zones.create(locationId, new ZoneForm("Zolder", Map.of(), ZoneKind.OTHER, 5, "HOME", true));
		dsl.insertInto(OCCUPANCY_SNAPSHOT)
			.set(OCCUPANCY_SNAPSHOT.LOCATION_ID, locationId)
			.set(OCCUPANCY_SNAPSHOT.ZONE_ID, counted)
			.set(OCCUPANCY_SNAPSHOT.HEADCOUNT, (short) 3)
			.execute();
		UI.getCurrent().navigate("office/zones");

		assertThat(rowHasButton("zones-grid", (Zone row) -> row.id() == counted, "zone-delete-" + counted)).isFalse();
		tapInRow("zones-grid", (Zone row) -> row.id() == counted, "zone-deactivate-" + counted);
		assertThat(dsl.fetchValue(ZONE.ACTIVE, ZONE.ID.eq(counted))).isFalse();
		assertThat(dsl.fetchCount(OCCUPANCY_SNAPSHOT)).isEqualTo(1);

		tapInRow("zones-grid", (Zone row) -> row.id() == unused, "zone-delete-" + unused);
		assertThat(dsl.fetchExists(ZONE, ZONE.ID.eq(unused))).as("nothing deleted before confirming").isTrue();
		tap("zone-delete-confirm");
		assertThat(dsl.select(ZONE.ID).from(ZONE).fetch(ZONE.ID)).containsExactly(counted);
		assertThat(dsl.select(AUDIT_EVENT.ACTION).from(AUDIT_EVENT).orderBy(AUDIT_EVENT.ID).fetch(AUDIT_EVENT.ACTION))
			.containsSubsequence("ZONE_DEACTIVATED", "ZONE_DELETED");
	}

	@Test
	void theEditorUncheckedActiveTakesTheCornerOutOfUse() {
		login("mila", Role.MANAGER);
		long id = zones.create(locationId, new ZoneForm("Tuin", Map.of(), ZoneKind.OUTDOOR, 20, "SUN_O", true));
		UI.getCurrent().navigate("office/zones");

		tapInRow("zones-grid", (Zone row) -> row.id() == id, "zone-edit-" + id);
		_setValue(_get(Checkbox.class, spec -> spec.withId("zone-active")), false);
		tap("zone-save");

		assertThat(dsl.fetchValue(ZONE.ACTIVE, ZONE.ID.eq(id))).isFalse();
		assertThat(zones.zones(locationId).stream().map(Zone::active).toList()).isEqualTo(List.of(false));
	}

}
