package org.onthaal.space.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.jooq.Result;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onthaal.KaribuTest;
import org.onthaal.base.ui.ToggleChip;
import org.onthaal.db.tables.records.InterestRecord;
import org.onthaal.space.CatalogueInterest;
import org.onthaal.staff.Role;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.onthaal.db.Tables.AUDIT_EVENT;
import static org.onthaal.db.Tables.INTEREST;
import static org.onthaal.space.ui.OfficeTaps.tap;
import static org.onthaal.space.ui.OfficeTaps.tapInRow;

class InterestsViewTest extends KaribuTest {

	@Autowired
	private ObjectMapper json;

	/**
	 * The catalogue is reference data the test database keeps between tests: put it back
	 * as it was.
	 */
	private Result<InterestRecord> catalogue;

	@BeforeEach
	void rememberTheCatalogue() {
		catalogue = dsl.selectFrom(INTEREST).fetch();
	}

	@AfterEach
	void restoreTheCatalogue() {
		dsl.deleteFrom(INTEREST).where(INTEREST.ID.notIn(catalogue.getValues(INTEREST.ID))).execute();
		catalogue.forEach(original -> dsl.update(INTEREST)
			.set(INTEREST.PICTOGRAM, original.getPictogram())
			.set(INTEREST.LABELS, original.getLabels())
			.set(INTEREST.ACTIVE, original.getActive())
			.set(INTEREST.SORT_ORDER, original.getSortOrder())
			.where(INTEREST.ID.eq(original.getId()))
			.execute());
	}

	@Test
	void theManagersWordingReplacesTheBuiltInLabelOnTheKioskInThatLanguage() {
		login("mila", Role.MANAGER);
		UI.getCurrent().navigate("office/interests");
		edit("cooking");
		_setValue(_get(TextField.class, spec -> spec.withId("interest-label-tr")), "Ev yemekleri");
		tap("interest-save");

		assertThat(json.readValue(dsl.fetchValue(INTEREST.LABELS, INTEREST.CODE.eq("cooking")).data(), Map.class))
			.isEqualTo(Map.of("tr", "Ev yemekleri"));
		assertThat(dsl.fetchExists(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("INTEREST_UPDATED"))).isTrue();

		kioskNewFamilyIn("tr");
		assertThat(tile("cooking").getText()).isEqualTo("Ev yemekleri");
		assertThat(tile("music").getText()).isEqualTo(UI.getCurrent().getTranslation("interest.music"))
			.isNotEqualTo("Ev yemekleri");
	}

	@Test
	void anInterestNoLongerOfferedIsNotOnTheKiosk() {
		login("mila", Role.MANAGER);
		UI.getCurrent().navigate("office/interests");
		edit("music");
		_setValue(_get(Checkbox.class, spec -> spec.withId("interest-active")), false);
		tap("interest-save");

		assertThat(dsl.fetchValue(INTEREST.ACTIVE, INTEREST.CODE.eq("music"))).isFalse();
		kioskNewFamilyIn("nl");
		assertThat(_find(ToggleChip.class, spec -> spec.withId("kiosk-interest-music"))).isEmpty();
		assertThat(_find(ToggleChip.class, spec -> spec.withId("kiosk-interest-cooking"))).hasSize(1);
	}

	@Test
	void aNewInterestGetsACodeFromItsLabelAndFallsBackToTheDefaultLanguageOnTheKiosk() {
		login("mila", Role.MANAGER);
		UI.getCurrent().navigate("office/interests");
		tap("interests-add");
		_setValue(_get(Select.class, spec -> spec.withId("interest-pictogram")), "SCISSORS");
		_setValue(_get(TextField.class, spec -> spec.withId("interest-label-nl")), "Breien");
		_setValue(_get(TextField.class, spec -> spec.withId("interest-label-en")), "Knitting & crochet");
		tap("interest-save");

		InterestRecord added = dsl.selectFrom(INTEREST).where(INTEREST.CODE.eq("knitting_crochet")).fetchSingle();
		assertThat(added.getPictogram()).isEqualTo("SCISSORS");
		assertThat(added.getActive()).isTrue();
		assertThat(added.getSortOrder())
			.isGreaterThan(catalogue.stream().mapToInt(InterestRecord::getSortOrder).max().orElseThrow());

		kioskNewFamilyIn("tr");
		// no Turkish wording and no built-in label: the place's default language (Dutch)
		assertThat(tile("knitting_crochet").getText()).isEqualTo("Breien");
	}

	@Test
	void aNewInterestNeedsALabel() {
		login("mila", Role.MANAGER);
		UI.getCurrent().navigate("office/interests");
		tap("interests-add");
		tap("interest-save");

		assertThat(_get(Paragraph.class, spec -> spec.withId("interest-error")).isVisible()).isTrue();
		assertThat(dsl.fetchCount(INTEREST)).isEqualTo(catalogue.size());
	}

	@Test
	void theKioskOffersInterestsInTheManagersOrder() {
		login("mila", Role.MANAGER);
		UI.getCurrent().navigate("office/interests");
		tapInRow("interests-grid", (CatalogueInterest row) -> row.code().equals("music"), "interest-up-music");
		tapInRow("interests-grid", (CatalogueInterest row) -> row.code().equals("music"), "interest-up-music");

		kioskNewFamilyIn("nl");
		List<String> order = _find(ToggleChip.class, spec -> spec.withClasses("interest-tile")).stream()
			.map(chip -> chip.getId().orElseThrow())
			.toList();
		assertThat(order.subList(0, 3)).containsExactly("kiosk-interest-music", "kiosk-interest-cooking",
				"kiosk-interest-outdoor_play");
	}

	private static void edit(String code) {
		tapInRow("interests-grid", (CatalogueInterest row) -> row.code().equals(code), "interest-edit-" + code);
	}

	private void kioskNewFamilyIn(String language) {
		logout();
		org.onthaal.kiosk.TestKiosks.pairAndUse(ctx, locationId);
		UI.getCurrent().navigate("kiosk");
		tap("kiosk-start");
		tap("kiosk-choose-" + language);
		tap("kiosk-choice-new");
		_setValue(_get(TextField.class, spec -> spec.withId("kiosk-nickname")), "Ayan");
		tap("kiosk-step-next");
		tap("kiosk-language-nl");
		tap("kiosk-step-next");
	}

	private static ToggleChip tile(String code) {
		return _get(ToggleChip.class, spec -> spec.withId("kiosk-interest-" + code));
	}

}
