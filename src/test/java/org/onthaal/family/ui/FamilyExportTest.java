package org.onthaal.family.ui;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onthaal.KaribuTest;
import org.onthaal.checkin.CheckIn;
import org.onthaal.checkin.CheckInService;
import org.onthaal.family.FamilySummary;
import org.onthaal.host.HostBoardService;
import org.onthaal.staff.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.onthaal.db.Tables.AUDIT_EVENT;
import static org.onthaal.db.Tables.FAMILY;

/**
 * A family's data as a JSON download (GDPR art. 15 and 20): all of it, and only its own.
 */
class FamilyExportTest extends KaribuTest {

	@Autowired
	private CheckInService checkIns;

	@Autowired
	private HostBoardService hostBoard;

	@Autowired
	private ObjectMapper json;

	private FamilySeeds seeds;

	@BeforeEach
	void seeds() {
		seeds = new FamilySeeds(checkIns, hostBoard);
	}

	@Test
	void theDownloadHoldsEverythingTheFamilyToldAndDidButNothingOfTheOtherFamily() {
		login("mila", Role.MANAGER);
		CheckIn olena = seeds.newFamily(locationId, "Olena", List.of("uk", "nl", "en"), List.of("music", "walks"),
				List.of("0-1", "4-6"));
		seeds.newFamily(locationId, "Kasia", List.of("nl", "pl"), List.of("music"), List.of("1-2"));
		seeds.introduceAllSuggested(locationId, "mila");
		seeds.leave(locationId, olena.familyId());
		seeds.comeBack(locationId, olena.familyId(), 2, 3);

		UI.getCurrent().navigate("office/families");
		_setValue(_get(TextField.class, spec -> spec.withId("families-search")), "OLE");
		@SuppressWarnings("unchecked")
		Grid<FamilySummary> grid = _get(Grid.class, spec -> spec.withId("families-grid"));
		_click((Button) GridKt._getCellComponent(grid, 0, "open"));
		Anchor export = _get(Anchor.class, spec -> spec.withId("family-export"));
		byte[] download = DownloadKt._download(export);
		String text = new String(download, StandardCharsets.UTF_8);
		JsonNode data = json.readTree(text);

		assertThat(data.get("family").get("nickname").asString()).isEqualTo("Olena");
		assertThat(data.get("family").get("id").asLong()).isEqualTo(olena.familyId());
		assertThat(values(data.get("languages"), "code")).containsExactly("uk", "nl", "en");
		assertThat(values(data.get("languages"), "rank")).containsExactly("1", "2", "3");
		assertThat(values(data.get("interests"), "code")).containsExactlyInAnyOrder("music", "walks");
		assertThat(values(data.get("interests"), "label")).as("labels in the manager's language (Dutch)")
			.contains(UI.getCurrent().getTranslation("interest.music"));
		List<String> bands = new ArrayList<>();
		data.get("childAgeBands").forEach(band -> bands.add(band.asString()));
		assertThat(bands).containsExactly("0-1", "4-6");
		assertThat(data.get("consent").get("introductions").asBoolean()).isTrue();
		assertThat(data.get("consent").get("answeredAt").isNull()).isFalse();
		assertThat(data.get("card").get("pictogram").asString()).isEqualTo(olena.card().pictogram());
		assertThat(data.get("card").get("digits").asString()).isEqualTo(olena.card().digits());
		assertThat(text).as("the card's token hash is a lock, not the family's data")
			.doesNotContain(dsl.fetchValue(FAMILY.CARD_TOKEN_HASH, FAMILY.ID.eq(olena.familyId())))
			.doesNotContain(olena.card().token());

		JsonNode visits = data.get("visits");
		assertThat(visits).hasSize(2);
		assertThat(visits.get(0).get("location").asString()).isEqualTo("Baboes");
		assertThat(visits.get(0).get("firstVisit").asBoolean()).isTrue();
		assertThat(visits.get(0).get("checkedOutAt").isNull()).isFalse();
		assertThat(visits.get(1).get("adults").asInt()).isEqualTo(2);
		assertThat(visits.get(1).get("children").asInt()).isEqualTo(3);
		assertThat(visits.get(1).get("openToMeet").asBoolean()).isTrue();
		assertThat(visits.get(1).get("source").asString()).isEqualTo("KIOSK");

		JsonNode introductions = data.get("introductions");
		assertThat(introductions).hasSize(1);
		assertThat(introductions.get(0).get("status").asString()).isEqualTo("INTRODUCED");
		assertThat(introductions.get(0).get("outcome").asString()).isEqualTo("TALKED");
		assertThat(introductions.get(0).get("with").asString()).isEqualTo("another family");
		assertThat(data.get("acquaintanceCount").asInt()).isEqualTo(1);
		assertThat(text).as("the other family's data is theirs").doesNotContain("Kasia");

		assertThat(dsl.fetchCount(AUDIT_EVENT,
				AUDIT_EVENT.ACTION.eq("FAMILY_EXPORTED").and(AUDIT_EVENT.ENTITY_ID.eq(olena.familyId()))))
			.isEqualTo(1);
		assertThat(values(data.get("auditEvents"), "action")).contains("FAMILY_EXPORTED");
	}

	private static List<String> values(JsonNode array, String field) {
		List<String> values = new ArrayList<>();
		array.forEach(node -> values.add(node.get(field).asString()));
		return values;
	}

}
