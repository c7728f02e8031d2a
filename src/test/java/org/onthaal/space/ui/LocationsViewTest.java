package org.onthaal.space.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.onthaal.KaribuTest;
import org.onthaal.db.tables.records.LocationRecord;
import org.onthaal.space.CardPrint;
import org.onthaal.space.LocationDetails;
import org.onthaal.staff.Role;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.onthaal.db.Tables.AUDIT_EVENT;
import static org.onthaal.db.Tables.LOCATION;
import static org.onthaal.db.Tables.STAFF_LOCATION;
import static org.onthaal.db.Tables.STAFF_USER;
import static org.onthaal.space.ui.OfficeTaps.tap;

class LocationsViewTest extends KaribuTest {

	@Test
	void aNewMeetingPlaceIsStoredWithItsKioskLanguagesInOrderAndItsCreatorWorksThere() {
		login("mila", Role.MANAGER);
		UI.getCurrent().navigate("office/locations");
		tap("locations-add");

		_setValue(_get(TextField.class, spec -> spec.withId("location-name")), "  De Kangoeroe ");
		_setValue(_get(ComboBox.class, spec -> spec.withId("location-time-zone")), "Europe/Amsterdam");
		// Arabic to the top, Somali and Spanish away
		tap("location-language-up-ar");
		tap("location-language-up-ar");
		tap("location-language-up-ar");
		tap("location-language-remove-so");
		tap("location-language-remove-es");
		_setValue(_get(Select.class, spec -> spec.withId("location-default-language")), "ar");
		_setValue(_get(IntegerField.class, spec -> spec.withId("location-retention-visits")), 6);
		tap("location-save");

		LocationRecord created = dsl.selectFrom(LOCATION).where(LOCATION.ID.ne(locationId)).fetchSingle();
		assertThat(created.getName()).isEqualTo("De Kangoeroe");
		assertThat(created.getTimeZone()).isEqualTo("Europe/Amsterdam");
		assertThat(created.getKioskLanguages()).isEqualTo("ar,nl,fr,en,tr,pl,ro,uk");
		assertThat(created.getDefaultLanguage()).isEqualTo("ar");
		assertThat(created.getRetentionVisitMonths()).isEqualTo(6);
		assertThat(created.getRetentionFamilyMonths()).isEqualTo(12);
		assertThat(created.getActive()).isTrue();
		assertThat(placesOf("mila")).containsExactlyInAnyOrder(locationId, created.getId());
		assertThat(dsl.fetchExists(AUDIT_EVENT,
				AUDIT_EVENT.ACTION.eq("LOCATION_CREATED")
					.and(AUDIT_EVENT.ENTITY_ID.eq(created.getId()))
					.and(AUDIT_EVENT.ACTOR.eq("mila"))))
			.isTrue();
		assertThat(_find(com.vaadin.flow.component.dialog.Dialog.class)).isEmpty();
	}

	@Test
	void editingSavesTheChangesAndMovesTheVersionOn() {
		login("mila", Role.MANAGER);
		UI.getCurrent().navigate("office/locations");
		OfficeTaps.<LocationDetails>tapInRow("locations-grid", row -> row.id() == locationId,
				"location-edit-" + locationId);

		_setValue(_get(TextField.class, spec -> spec.withId("location-name")), "Baboes Gent");
		tap("location-language-down-nl");
		_setValue(_get(Select.class, spec -> spec.withId("location-default-language")), "fr");
		_setValue(_get(IntegerField.class, spec -> spec.withId("location-retention-families")), 24);
		tap("location-save");

		LocationRecord saved = dsl.selectFrom(LOCATION).where(LOCATION.ID.eq(locationId)).fetchSingle();
		assertThat(saved.getName()).isEqualTo("Baboes Gent");
		assertThat(saved.getKioskLanguages()).isEqualTo("fr,nl,en,ar,tr,pl,ro,uk,es,so");
		assertThat(saved.getDefaultLanguage()).isEqualTo("fr");
		assertThat(saved.getRetentionFamilyMonths()).isEqualTo(24);
		assertThat(saved.getVersion()).isEqualTo(1);
		assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("LOCATION_UPDATED"))).isEqualTo(1);
	}

	@Test
	void printingCardsAtTheKioskIsAPlaceSettingAndItsChangeIsAudited() {
		login("mila", Role.MANAGER);
		UI.getCurrent().navigate("office/locations");
		OfficeTaps.<LocationDetails>tapInRow("locations-grid", row -> row.id() == locationId,
				"location-edit-" + locationId);
		Select<CardPrint> cardPrint = _get(Select.class, spec -> spec.withId("location-card-print"));
		assertThat(cardPrint.getValue()).isEqualTo(CardPrint.OFF);

		_setValue(cardPrint, CardPrint.LABEL_62);
		tap("location-save");

		assertThat(dsl.fetchValue(LOCATION.KIOSK_CARD_PRINT, LOCATION.ID.eq(locationId))).isEqualTo("LABEL_62");
		assertThat(dsl.fetchValue(AUDIT_EVENT.DETAILS, AUDIT_EVENT.ACTION.eq("LOCATION_UPDATED")).data())
			.contains("\"cardPrint\": \"LABEL_62\"");
	}

	@Test
	void aStaleVersionShowsTheConflictAndOverwritesNothing() {
		login("mila", Role.MANAGER);
		UI.getCurrent().navigate("office/locations");
		OfficeTaps.<LocationDetails>tapInRow("locations-grid", row -> row.id() == locationId,
				"location-edit-" + locationId);
		// meanwhile another manager saves the same place
		dsl.update(LOCATION)
			.set(LOCATION.NAME, "Baboes (by Jan)")
			.set(LOCATION.VERSION, LOCATION.VERSION.plus(1))
			.where(LOCATION.ID.eq(locationId))
			.execute();

		_setValue(_get(TextField.class, spec -> spec.withId("location-name")), "Baboes (by Mila)");
		tap("location-save");

		assertThat(dsl.fetchValue(LOCATION.NAME, LOCATION.ID.eq(locationId))).isEqualTo("Baboes (by Jan)");
		Paragraph conflict = _get(Paragraph.class, spec -> spec.withId("location-conflict"));
		assertThat(conflict.getText()).isEqualTo(new org.onthaal.base.i18n.Translations()
			.getTranslation("office.conflict", Locale.forLanguageTag("nl")));
		// the latest version is shown, and saving again is a deliberate choice
		assertThat(_get(TextField.class, spec -> spec.withId("location-name")).getValue()).isEqualTo("Baboes (by Jan)");
		assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("LOCATION_UPDATED"))).isZero();
		_setValue(_get(TextField.class, spec -> spec.withId("location-name")), "Baboes (by Mila)");
		tap("location-save");
		assertThat(dsl.fetchValue(LOCATION.NAME, LOCATION.ID.eq(locationId))).isEqualTo("Baboes (by Mila)");
	}

	@Test
	void aNameIsRequiredAndNothingIsStoredWithoutOne() {
		login("mila", Role.MANAGER);
		UI.getCurrent().navigate("office/locations");
		tap("locations-add");
		tap("location-save");

		assertThat(_get(TextField.class, spec -> spec.withId("location-name")).isInvalid()).isTrue();
		assertThat(dsl.fetchCount(LOCATION)).isEqualTo(1);
	}

	private List<Long> placesOf(String username) {
		return dsl.select(STAFF_LOCATION.LOCATION_ID)
			.from(STAFF_LOCATION)
			.join(STAFF_USER)
			.on(STAFF_USER.ID.eq(STAFF_LOCATION.STAFF_USER_ID))
			.where(STAFF_USER.USERNAME.eq(username))
			.fetch(STAFF_LOCATION.LOCATION_ID);
	}

}
