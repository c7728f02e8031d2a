package org.onthaal.audit.ui;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.jooq.JSONB;
import org.junit.jupiter.api.Test;
import org.onthaal.KaribuTest;
import org.onthaal.audit.AuditEntry;
import org.onthaal.staff.Role;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onthaal.db.Tables.AUDIT_EVENT;

/** The audit log screen: this place's events, newest first, narrowed by the filters. */
class AuditViewTest extends KaribuTest {

	@Test
	void eventsOfThisPlaceAreListedNewestFirstWithReadableDetails() {
		long elsewhere = locations.create("Elders", ZoneId.of("Europe/Brussels"), false);
		staff.create("test", "otto", "a-long-test-password", "Otto", Set.of(Role.MANAGER), List.of(elsewhere), false);
		login("mila", Role.MANAGER);
		// start from an empty log: creating the test's staff accounts was logged too
		dsl.deleteFrom(AUDIT_EVENT).execute();
		event("2026-03-02T09:00:00Z", "mila", "FAMILY_UPDATED", locationId,
				"{\"fields\": [\"nickname\", \"consent\"]}");
		event("2026-03-05T09:00:00Z", "mila", "FAMILY_EXPORTED", locationId, "{}");
		event("2026-03-03T09:00:00Z", "retention", "FAMILIES_ERASED", null, "{\"count\": 2}");
		event("2026-03-04T09:00:00Z", "otto", "FAMILY_ERASED", elsewhere, "{}");
		event("2026-03-04T10:00:00Z", "otto", "STAFF_CREATED", null, "{\"username\": \"olga\"}");

		UI.getCurrent().navigate("office/audit");

		Grid<AuditEntry> grid = grid();
		assertThat(GridKt._size(grid)).as("not another place's events, nor its manager's").isEqualTo(3);
		assertThat(List.of(GridKt._get(grid, 0).action(), GridKt._get(grid, 1).action(), GridKt._get(grid, 2).action()))
			.containsExactly("FAMILY_EXPORTED", "FAMILIES_ERASED", "FAMILY_UPDATED");
		assertThat(GridKt._getFormatted(grid, 2, "details")).isEqualTo("Velden: bijnaam, toestemming");
		assertThat(GridKt._getFormatted(grid, 1, "details")).isEqualTo("Aantal: 2");
		assertThat(GridKt._getFormatted(grid, 2, "action")).isEqualTo("Gezin verbeterd");
	}

	@Test
	void aDutchManagerReadsTheLogInDutchUnderTheMenuName() {
		login("mila", Role.MANAGER);
		dsl.deleteFrom(AUDIT_EVENT).execute();
		event("2026-03-02T09:00:00Z", "mila", "INTEREST_CREATED", locationId,
				"{\"code\": \"koken\", \"active\": true, \"labels\": {\"nl\": \"Koken\"}}");
		event("2026-03-03T09:00:00Z", "mila", "STAFF_UPDATED", null,
				"{\"username\": \"olga\", \"changed\": [\"displayName\", \"uiLanguage\"], \"uiLanguage\": \"fr\"}");
		event("2026-03-04T09:00:00Z", "retention", "VISITS_ANONYMISED", locationId,
				"{\"count\": 4, \"olderThanMonths\": 12}");

		UI.getCurrent().navigate("office/audit");

		String menu = _get(SideNavItem.class, spec -> spec.withId("nav-office-audit")).getLabel();
		assertThat(menu).isEqualTo("Logboek");
		assertThat(_get(H1.class).getText()).isEqualTo(menu);
		Grid<AuditEntry> grid = grid();
		assertThat(GridKt._getFormatted(grid, 0, "action")).isEqualTo("Bezoeken anoniem gemaakt door bewaartermijn");
		assertThat(GridKt._getFormatted(grid, 0, "details")).isEqualTo("Aantal: 4; Ouder dan (maanden): 12");
		assertThat(GridKt._getFormatted(grid, 1, "action")).isEqualTo("Medewerkersaccount aangepast");
		assertThat(GridKt._getFormatted(grid, 1, "details"))
			.isEqualTo("Gewijzigd: weergavenaam, taal; Gebruikersnaam: olga; Taal: fr");
		assertThat(GridKt._getFormatted(grid, 2, "action")).isEqualTo("Interesse toegevoegd");
		assertThat(GridKt._getFormatted(grid, 2, "details"))
			.isEqualTo("Code: koken; Actief: ja; Benamingen: nl: Koken");
		assertThat(GridKt._getFormatted(grid, 2, "about")).isEqualTo("Gezin #7");
		// the action filter offers the same names
		assertThat(combo("audit-action").getItemLabelGenerator().apply("INTEREST_CREATED"))
			.isEqualTo("Interesse toegevoegd");
	}

	@Test
	void anActionWithoutTranslationReadsAsWordsNotAsACode() {
		login("mila", Role.MANAGER);
		dsl.deleteFrom(AUDIT_EVENT).execute();
		event("2026-03-02T09:00:00Z", "mila", "CARD_REISSUED", locationId, "{\"newPictogram\": \"sun\"}");

		UI.getCurrent().navigate("office/audit");

		assertThat(GridKt._getFormatted(grid(), 0, "action")).isEqualTo("Card reissued");
		assertThat(GridKt._getFormatted(grid(), 0, "details")).isEqualTo("New pictogram: sun");
		assertThat(combo("audit-action").getItemLabelGenerator().apply("CARD_REISSUED")).isEqualTo("Card reissued");
	}

	@Test
	void filtersNarrowByActionActorAndDays() {
		login("mila", Role.MANAGER);
		dsl.deleteFrom(AUDIT_EVENT).execute();
		event("2026-03-02T09:00:00Z", "mila", "FAMILY_UPDATED", locationId, "{}");
		event("2026-03-05T09:00:00Z", "mila", "FAMILY_EXPORTED", locationId, "{}");
		event("2026-03-06T09:00:00Z", "retention", "VISITS_ANONYMISED", locationId, "{\"count\": 4}");
		event("2026-03-09T09:00:00Z", "mila", "FAMILY_UPDATED", locationId, "{}");
		UI.getCurrent().navigate("office/audit");
		Grid<AuditEntry> grid = grid();
		assertThat(GridKt._size(grid)).isEqualTo(4);

		_setValue(combo("audit-action"), "FAMILY_UPDATED");
		assertThat(GridKt._size(grid)).isEqualTo(2);
		assertThat(GridKt._get(grid, 0).occurredAt()).isEqualTo(OffsetDateTime.parse("2026-03-09T09:00:00Z"));

		_setValue(_get(DatePicker.class, spec -> spec.withId("audit-to")), LocalDate.parse("2026-03-08"));
		assertThat(GridKt._size(grid)).isEqualTo(1);
		assertThat(GridKt._get(grid, 0).occurredAt()).isEqualTo(OffsetDateTime.parse("2026-03-02T09:00:00Z"));

		combo("audit-action").clear();
		_setValue(_get(DatePicker.class, spec -> spec.withId("audit-from")), LocalDate.parse("2026-03-05"));
		assertThat(GridKt._size(grid)).isEqualTo(2);
		_setValue(combo("audit-actor"), "retention");
		assertThat(GridKt._size(grid)).isEqualTo(1);
		assertThat(GridKt._get(grid, 0).action()).isEqualTo("VISITS_ANONYMISED");

		_setValue(combo("audit-actor"), "mila");
		_setValue(_get(DatePicker.class, spec -> spec.withId("audit-from")), LocalDate.parse("2026-03-06"));
		assertThat(GridKt._size(grid)).isZero();
		assertThat(grid.isVisible()).isFalse();
		assertThat(dsl.fetchCount(AUDIT_EVENT)).as("reading changes nothing").isEqualTo(4);
	}

	@Test
	void aHostCannotOpenTheAuditLog() {
		login("hans", Role.HOST);
		assertThatThrownBy(() -> UI.getCurrent().navigate("office/audit"))
			.isInstanceOf(MockAccessDeniedException.class);
	}

	private void event(String at, String actor, String action, Long location, String details) {
		dsl.insertInto(AUDIT_EVENT)
			.set(AUDIT_EVENT.OCCURRED_AT, OffsetDateTime.parse(at))
			.set(AUDIT_EVENT.ACTOR, actor)
			.set(AUDIT_EVENT.ACTION, action)
			.set(AUDIT_EVENT.ENTITY, "family")
			.set(AUDIT_EVENT.ENTITY_ID, 7L)
			.set(AUDIT_EVENT.LOCATION_ID, location)
			.set(AUDIT_EVENT.DETAILS, JSONB.valueOf(details))
			.execute();
	}

	@SuppressWarnings("unchecked")
	private ComboBox<String> combo(String id) {
		return _get(ComboBox.class, spec -> spec.withId(id));
	}

	@SuppressWarnings("unchecked")
	private Grid<AuditEntry> grid() {
		return _get(Grid.class, spec -> spec.withId("audit-grid"));
	}

}
