package org.onthaal.checkin.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onthaal.KaribuTest;
import org.onthaal.base.i18n.Translations;
import org.onthaal.base.ui.ToggleChip;
import org.onthaal.checkin.CheckIn;
import org.onthaal.checkin.CheckInService;
import org.onthaal.checkin.VisitSource;
import org.onthaal.family.FamilyCard;
import org.onthaal.family.NewFamily;
import org.onthaal.kiosk.TestKiosks;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.onthaal.checkin.ui.KioskFlow.open;
import static org.onthaal.db.Tables.FAMILY;
import static org.onthaal.db.Tables.VISIT;

/**
 * The short ways for a family that has been here before: a card scanned on any screen
 * before it said who it is, "been here before" on the welcome screen, a language tapped
 * on the welcome screen, and a code that goes on by itself.
 */
class KioskShortcutsTest extends KaribuTest {

	@Autowired
	private CheckInService checkIns;

	@Autowired
	private Translations translations;

	private int taps;

	@BeforeEach
	void beAPairedKiosk() {
		TestKiosks.pairAndUse(ctx, locationId);
	}

	@Test
	void aCardScannedOnTheWelcomeScreenOpensTheConfirmInTheFamilysOwnLanguageOneTapChecksIn() {
		CheckIn earlier = registerAndLeave("Mariam", List.of("ar", "fr"));
		open();

		// what the page does when the scanner types the token and Enter
		_get(ScanAnywhere.class).scanned(earlier.card().token());
		assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("ar");
		assertThat(_get(H1.class, spec -> spec.withId("kiosk-returning-title")).getText())
			.isEqualTo(translations.getTranslation("kiosk.returning.title", Locale.forLanguageTag("ar"), "Mariam"));
		tap("kiosk-returning-confirm");

		assertThat(_find(H1.class, spec -> spec.withId("kiosk-welcome"))).hasSize(1);
		assertThat(taps).isEqualTo(1);
		assertThat(dsl.fetchCount(VISIT, VISIT.CHECKED_OUT_AT.isNull())).isEqualTo(1);
	}

	@Test
	void aCardScannedAfterChoosingALanguageKeepsThatLanguage() {
		CheckIn earlier = registerAndLeave("Mariam", List.of("ar"));
		open();
		tap("screen-language-fr");
		// a language tapped on the welcome screen is the answer to "which language?"
		assertThat(_find(Button.class, spec -> spec.withId("kiosk-choice-new"))).hasSize(1);

		_get(ScanAnywhere.class).scanned(earlier.card().token());
		assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("fr");
		assertThat(_find(H1.class, spec -> spec.withId("kiosk-returning-title"))).hasSize(1);
	}

	@Test
	void anUnknownCardScannedOnTheWelcomeScreenSaysSoWithoutNamingAnyone() {
		registerAndLeave("Mariam", List.of("ar"));
		open();
		_get(ScanAnywhere.class).scanned(FamilyCard.TOKEN_PREFIX + "00000000000000000000000000000000");

		assertThat(_find(H1.class, spec -> spec.withId("kiosk-returning-title"))).isEmpty();
		assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("kiosk-identify-error"))
			.getText()).isEqualTo(translations.getTranslation("kiosk.identify.unknown", Locale.forLanguageTag("nl")));
	}

	@Test
	void aScanWhileANewFamilyFillsInIsIgnored() {
		CheckIn earlier = registerAndLeave("Mariam", List.of("ar"));
		open();
		tap("kiosk-start");
		tap("kiosk-choose-nl");
		tap("kiosk-choice-new");
		_get(ScanAnywhere.class).scanned(earlier.card().token());

		assertThat(_find(H1.class, spec -> spec.withId("kiosk-returning-title"))).isEmpty();
		assertThat(_find(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("kiosk-nickname")))
			.hasSize(1);
	}

	@Test
	void returningByCodeTakesSevenTapsFromTheWelcomeScreen() {
		CheckIn earlier = registerAndLeave("Kasia", List.of("pl"));
		FamilyCard card = earlier.card();
		open();
		taps = 0;

		tap("kiosk-attract-returning");
		tap("kiosk-picture-" + card.pictogram());
		for (char digit : card.digits().toCharArray()) {
			tap("kiosk-key-" + digit);
		}
		// the fourth digit went on by itself
		tap("kiosk-returning-confirm");

		assertThat(_find(H1.class, spec -> spec.withId("kiosk-welcome"))).hasSize(1);
		assertThat(taps).isEqualTo(7);
		System.out.printf("TAPS returning by code from the welcome screen: %d%n", taps);
	}

	@Test
	void aWrongNumberKeepsTheChosenPicture() {
		CheckIn earlier = registerAndLeave("Kasia", List.of("pl"));
		FamilyCard card = earlier.card();
		String wrong = card.digits().equals("1111") ? "2222" : "1111";
		open();
		tap("kiosk-attract-returning");
		tap("kiosk-picture-" + card.pictogram());
		for (char digit : wrong.toCharArray()) {
			tap("kiosk-key-" + digit);
		}

		assertThat(_get(ToggleChip.class, spec -> spec.withId("kiosk-picture-" + card.pictogram())).isPressed())
			.isTrue();
		for (char digit : card.digits().toCharArray()) {
			tap("kiosk-key-" + digit);
		}
		assertThat(_find(H1.class, spec -> spec.withId("kiosk-returning-title"))).hasSize(1);
	}

	@Test
	void leavingFromTheWelcomeScreenNeedsNoLanguageFirst() {
		CheckIn present = checkIns.checkInNewFamily(locationId,
				new NewFamily("Sofie", List.of("nl"), List.of(), List.of(), true, false), true, VisitSource.KIOSK);
		open();
		tap("kiosk-attract-leave");
		tap("kiosk-picture-" + present.card().pictogram());
		for (char digit : present.card().digits().toCharArray()) {
			tap("kiosk-key-" + digit);
		}
		assertThat(_find(H1.class, spec -> spec.withId("kiosk-goodbye"))).hasSize(1);
	}

	private void tap(String id) {
		KioskFlow.tap(id);
		taps++;
	}

	/** A family that came before and went home again. */
	private CheckIn registerAndLeave(String nickname, List<String> languages) {
		CheckIn first = checkIns.checkInNewFamily(locationId,
				new NewFamily(nickname, languages, List.of(), List.of(), true, false), true, VisitSource.KIOSK);
		checkIns.checkOut(locationId, first.familyId());
		assertThat(dsl.fetchCount(FAMILY)).isPositive();
		return first;
	}

}
