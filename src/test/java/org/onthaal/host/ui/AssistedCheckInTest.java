package org.onthaal.host.ui;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.onthaal.KaribuTest;
import org.onthaal.checkin.CheckIn;
import org.onthaal.checkin.CheckInService;
import org.onthaal.checkin.VisitSource;
import org.onthaal.family.NewFamily;
import org.onthaal.staff.Role;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.onthaal.db.Tables.FAMILY;
import static org.onthaal.db.Tables.VISIT;

/** The host checks families in on their behalf, and prints a family's card. */
class AssistedCheckInTest extends KaribuTest {

	@Autowired
	private CheckInService checkIns;

	@Test
	void hostFindsAReturningFamilyByNicknameAndChecksItIn() {
		CheckIn earlier = checkIns.checkInNewFamily(locationId, family("Fatima"), true, VisitSource.KIOSK);
		checkIns.checkOut(locationId, earlier.familyId());
		openBoard();

		_click(_get(Button.class, spec -> spec.withId("host-assist")));
		_setValue(_get(TextField.class, spec -> spec.withId("assist-search")), "fati");
		_click(_get(Button.class, spec -> spec.withId("assist-family-" + earlier.familyId())));

		assertThat(_get(Paragraph.class, spec -> spec.withId("assist-message")).getText())
			.isEqualTo(UI.getCurrent().getTranslation("host.assist.done", "Fatima"));
		var visit = dsl.selectFrom(VISIT).where(VISIT.CHECKED_OUT_AT.isNull()).fetchSingle();
		assertThat(visit.getSource()).isEqualTo("HOST");
		assertThat(visit.getFamilyId()).isEqualTo(earlier.familyId());
	}

	@Test
	void searchTreatsWildcardsAsPlainText() {
		CheckIn anna = checkIns.checkInNewFamily(locationId, family("Anna"), true, VisitSource.KIOSK);
		checkIns.checkOut(locationId, anna.familyId());
		openBoard();
		_click(_get(Button.class, spec -> spec.withId("host-assist")));
		TextField search = _get(TextField.class, spec -> spec.withId("assist-search"));

		_setValue(search, "%");
		assertThat(_find(Button.class, spec -> spec.withId("assist-family-" + anna.familyId()))).isEmpty();
		_setValue(search, "AN");
		assertThat(_find(Button.class, spec -> spec.withId("assist-family-" + anna.familyId()))).hasSize(1);
	}

	@Test
	void hostRegistersANewFamilyWithTheKioskFormAndSeesItsCard() {
		openBoard();
		_click(_get(Button.class, spec -> spec.withId("host-assist")));
		_click(_get(Button.class, spec -> spec.withId("assist-new")));
		_setValue(_get(TextField.class, spec -> spec.withId("kiosk-nickname")), "Hodan");
		_click(_get(Button.class, spec -> spec.withId("kiosk-language-so")));
		_click(_get(Button.class, spec -> spec.withId("kiosk-meet-yes")));
		_click(_get(Button.class, spec -> spec.withId("kiosk-confirm")));

		assertThat(dsl.fetchValue(FAMILY.NICKNAME)).isEqualTo("Hodan");
		assertThat(dsl.fetchValue(VISIT.SOURCE)).isEqualTo("HOST");
		assertThat(_find(FamilyCardDialog.class)).hasSize(1);
	}

	@Test
	void printingACardGivesANewQrCodeAndKeepsThePictureAndNumber() {
		CheckIn present = checkIns.checkInNewFamily(locationId, family("Ioana"), true, VisitSource.KIOSK);
		var before = dsl.selectFrom(FAMILY).fetchSingle();
		openBoard();

		_click(_get(Button.class, spec -> spec.withId("card-" + present.familyId())));

		var after = dsl.selectFrom(FAMILY).fetchSingle();
		assertThat(after.getCardTokenHash()).isNotEqualTo(before.getCardTokenHash());
		assertThat(after.getCardPictogram()).isEqualTo(before.getCardPictogram());
		assertThat(after.getCardDigits()).isEqualTo(before.getCardDigits());
		assertThat(_find(FamilyCardDialog.class)).hasSize(1);
	}

	private void openBoard() {
		login("gastvrouw", Role.HOST);
		UI.getCurrent().getPage().reload();
		UI.getCurrent().navigate("host");
	}

	private static NewFamily family(String nickname) {
		return new NewFamily(nickname, List.of("ar", "nl"), List.of(), List.of(), true, false);
	}

}
