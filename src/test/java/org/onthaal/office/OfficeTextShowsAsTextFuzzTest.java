package org.onthaal.office;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.dom.Element;
import org.junit.jupiter.api.Test;
import org.onthaal.KaribuTest;
import org.onthaal.base.fuzz.Fuzz;
import org.onthaal.base.fuzz.HostileText;
import org.onthaal.base.text.TypedName;
import org.onthaal.checkin.CheckIn;
import org.onthaal.checkin.CheckInService;
import org.onthaal.checkin.VisitSource;
import org.onthaal.checkin.form.InterestPicker;
import org.onthaal.family.FamilyAdminService;
import org.onthaal.family.NewFamily;
import org.onthaal.space.InterestCatalogueService;
import org.onthaal.space.InterestForm;
import org.onthaal.space.LocationAdminService;
import org.onthaal.space.LocationDetails;
import org.onthaal.space.LocationForm;
import org.onthaal.space.OpeningHoursService;
import org.onthaal.space.ZoneForm;
import org.onthaal.space.ZoneKind;
import org.onthaal.space.ZoneService;
import org.onthaal.staff.NewStaff;
import org.onthaal.staff.Role;
import org.onthaal.staff.StaffAdministration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generated back-office text that is accepted although it holds markup, spreadsheet
 * formulas, quotes and other scripts (10 per CI run; Karibu is slow) shows as that very
 * text wherever people read it: the office's grids (corners, interests, places, staff),
 * the closures, the audit log, the host board and the kiosk's interest tiles. No
 * component takes it as HTML. A family's JSON export (GDPR) parses back to the stored
 * texts.
 */
class OfficeTextShowsAsTextFuzzTest extends KaribuTest {

	@Autowired
	private ZoneService zones;

	@Autowired
	private InterestCatalogueService interests;

	@Autowired
	private LocationAdminService locationAdmin;

	@Autowired
	private OpeningHoursService hours;

	@Autowired
	private StaffAdministration staffAdmin;

	@Autowired
	private CheckInService checkIns;

	@Autowired
	private FamilyAdminService familyAdmin;

	@Autowired
	private ObjectMapper json;

	@Test
	void acceptedTextShowsAsItselfAndExportsAsItself() {
		List<String> texts = acceptedHostileTexts(new Random(20261227L), Fuzz.tries(1000));
		login("mila", Role.MANAGER, Role.HOST);
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < texts.size(); i++) {
			String text = texts.get(i);
			zones.create(locationId, new ZoneForm(text, Map.of(), ZoneKind.COFFEE, 10, "COFFEE", true));
			codes.add(interests.create(new InterestForm("COFFEE", Map.of("nl", text), true)));
			staffAdmin.createStaff(new NewStaff("staff" + i, text, Set.of(Role.HOST), Set.of(locationId), "nl",
					"een-lang-wachtwoord"));
			LocalDate day = LocalDate.now(clock).plusDays(1 + i);
			hours.addException(locationId, day, day, true, null, null, text);
		}
		String placeName = texts.getFirst();
		LocationDetails place = locationAdmin.location(locationId);
		locationAdmin.update(locationId, place.version(),
				new LocationForm(placeName, place.timeZone(), place.kioskLanguages(), place.defaultLanguage(),
						place.retentionVisitMonths(), place.retentionFamilyMonths(), true, false, place.cardPrint()));
		CheckIn family = checkIns.checkInNewFamily(locationId,
				new NewFamily("Amal", List.of("nl"), codes, List.of(), true, false), true, VisitSource.KIOSK);

		shownAsText("office/zones", texts);
		shownAsText("office/interests", texts);
		shownAsText("office/staff", texts);
		shownAsText("office/hours", texts);
		shownAsText("office/locations", List.of(placeName));
		shownAsText("office/audit", texts);
		shownAsText("host", texts);
		shownAsText("host", List.of(placeName));

		UI.getCurrent().removeAll();
		UI.getCurrent().add(new InterestPicker(checkIns.interestOptions(), "nl"));
		assertShown(texts);

		JsonNode export = json.readTree(familyAdmin.exportJson(locationId, family.familyId(), Locale.of("nl")));
		List<String> labels = new ArrayList<>();
		export.get("interests").forEach(interest -> labels.add(interest.get("label").asString()));
		assertThat(labels).containsExactlyInAnyOrderElementsOf(texts);
		assertThat(export.get("visits").get(0).get("location").asString()).isEqualTo(placeName);
	}

	private void shownAsText(String route, List<String> texts) {
		UI.getCurrent().navigate(route);
		assertShown(texts);
	}

	/**
	 * Every text is in a text node (or a grid cell) of the screen, and no element
	 * anywhere is given HTML.
	 */
	private static void assertShown(List<String> texts) {
		assertThat(_find(Html.class)).as("no HTML component").isEmpty();
		List<String> shown = new ArrayList<>();
		collect(UI.getCurrent(), shown);
		for (Grid<?> grid : _find(Grid.class)) {
			for (int row = 0; row < GridKt._size(grid); row++) {
				shown.addAll(GridKt._getFormattedRow(grid, row));
				for (Grid.Column<?> column : grid.getColumns()) {
					Component cell = cellComponent(grid, row, column);
					if (cell != null) {
						collect(cell, shown);
					}
				}
			}
		}
		assertThat(texts).allSatisfy(text -> assertThat(shown).as("shown: %s", Fuzz.escape(text))
			.anySatisfy(seen -> assertThat(seen).contains(text)));
	}

	private static Component cellComponent(Grid<?> grid, int row, Grid.Column<?> column) {
		if (column.getKey() == null || !(column.getRenderer() instanceof ComponentRenderer)) {
			return null;
		}
		return GridKt._getCellComponent(grid, row, column.getKey());
	}

	/**
	 * The texts of a component and of all below it, folded or hidden ones too (a family
	 * card's interests show when it is tapped).
	 */
	private static void collect(Component component, List<String> shown) {
		Element element = component.getElement();
		if (element.isTextNode()) {
			// a Text component
			shown.add(element.getText());
			return;
		}
		assertThat(element.hasProperty("innerHTML")).as("<%s> given HTML", element.getTag()).isFalse();
		element.getChildren().filter(Element::isTextNode).forEach(text -> shown.add(text.getText()));
		component.getChildren().forEach(child -> collect(child, shown));
	}

	/**
	 * Texts every field takes (60 characters at most, the shortest limit) with markup,
	 * formula signs, quotes or other scripts in them.
	 */
	private static List<String> acceptedHostileTexts(Random random, int count) {
		List<String> texts = new ArrayList<>();
		while (texts.size() < count) {
			String text = TypedName.normalise(String.join("", HostileText.officeText(random)));
			if (!text.isEmpty() && text.length() <= 60 && !TypedName.hidesSomething(text)
					&& !text.matches("[A-Za-z0-9 ]*")
					&& texts.stream().noneMatch(other -> other.equalsIgnoreCase(text))) {
				texts.add(text);
			}
		}
		return texts;
	}

}
