package org.onthaal.checkin.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.onthaal.KaribuTest;
import org.onthaal.kiosk.TestKiosks;
import org.onthaal.base.i18n.Translations;
import org.onthaal.base.ui.ToggleChip;
import org.onthaal.checkin.CheckInService;
import org.onthaal.checkin.VisitSource;
import org.onthaal.family.NewFamily;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onthaal.checkin.ui.KioskFlow.startIn;
import static org.onthaal.checkin.ui.KioskFlow.tap;
import static org.onthaal.checkin.ui.KioskFlow.typeNickname;
import static org.onthaal.db.Tables.CHILD;
import static org.onthaal.db.Tables.FAMILY;
import static org.onthaal.db.Tables.FAMILY_INTEREST;
import static org.onthaal.db.Tables.FAMILY_LANGUAGE;
import static org.onthaal.db.Tables.INTEREST;
import static org.onthaal.db.Tables.VISIT;

/**
 * A new family at the kiosk: the happy path, every bad input, and what is (not) stored.
 */
class KioskViewTest extends KaribuTest {

	private static final Locale DUTCH = Locale.forLanguageTag("nl");

	private static final Locale ARABIC = Locale.forLanguageTag("ar");

	@Autowired
	private Translations translations;

	@Autowired
	private CheckInService checkIns;

	private TestKiosks.Paired pairedKiosk;

	@BeforeEach
	void beAPairedKiosk() {
		pairedKiosk = TestKiosks.pairAndUse(ctx, locationId);
	}

	@Test
	void newFamilyChecksInWithLanguagesInterestsAndChildrenAndGetsACard() {
		startIn("nl", "new");
		typeNickname("  Amal ");
		tap("kiosk-step-next");
		tap("kiosk-language-ar");
		tap("kiosk-language-nl");
		tap("kiosk-step-next");
		tap("kiosk-interest-cooking");
		tap("kiosk-interest-school");
		tap("kiosk-step-next");
		tap("kiosk-children-1-2-more");
		tap("kiosk-children-4-6-more");
		tap("kiosk-children-4-6-more");
		tap("kiosk-step-next");
		tap("kiosk-meet-yes");
		tap("kiosk-confirm");

		var family = dsl.selectFrom(FAMILY).fetchSingle();
		Div code = _get(Div.class, spec -> spec.withId("kiosk-card-code"));
		assertThat(code.getElement().getAttribute("data-pictogram")).isEqualTo(family.getCardPictogram());
		assertThat(code.getElement().getAttribute("data-digits")).isEqualTo(family.getCardDigits());
		assertThat(family.getCardTokenHash()).hasSize(64);
		tap("kiosk-card-continue");

		assertThat(_get(H1.class, spec -> spec.withId("kiosk-welcome")).getText())
			.isEqualTo(t(DUTCH, "kiosk.welcome", "Amal"));
		assertThat(family.getNickname()).isEqualTo("Amal");
		assertThat(family.getConsentIntroductions()).isTrue();
		assertThat(dsl.select(FAMILY_LANGUAGE.LANGUAGE_CODE)
			.from(FAMILY_LANGUAGE)
			.where(FAMILY_LANGUAGE.FAMILY_ID.eq(family.getId()))
			.orderBy(FAMILY_LANGUAGE.RANK)
			.fetch(FAMILY_LANGUAGE.LANGUAGE_CODE)).containsExactly("ar", "nl");
		assertThat(dsl.select(INTEREST.CODE)
			.from(FAMILY_INTEREST)
			.join(INTEREST)
			.on(INTEREST.ID.eq(FAMILY_INTEREST.INTEREST_ID))
			.where(FAMILY_INTEREST.FAMILY_ID.eq(family.getId()))
			.fetch(INTEREST.CODE)).containsExactlyInAnyOrder("cooking", "school");
		assertThat(dsl.select(CHILD.AGE_BAND).from(CHILD).fetch(CHILD.AGE_BAND)).containsExactlyInAnyOrder("1-2", "4-6",
				"4-6");
		var visit = dsl.selectFrom(VISIT).fetchSingle();
		assertThat(visit.getFamilyId()).isEqualTo(family.getId());
		assertThat(visit.getLocationId()).isEqualTo(locationId);
		assertThat(visit.getCheckedOutAt()).isNull();
		assertThat(visit.getOpenToMeet()).isTrue();
		assertThat(visit.getChildren()).isEqualTo((short) 3);
		assertThat(visit.getSource()).isEqualTo("KIOSK");
		assertThat(visit.getKioskDeviceId()).isEqualTo(pairedKiosk.deviceId());
	}

	@Test
	void theVisitIsStoredWithItsKioskInTheCheckInTransaction() {
		startIn("nl", "new");
		typeNickname("Amal");
		tap("kiosk-step-next");
		tap("kiosk-language-ar");
		tap("kiosk-step-next");
		tap("kiosk-step-next");
		tap("kiosk-step-next");
		tap("kiosk-meet-yes");
		tap("kiosk-confirm");

		var visit = dsl.selectFrom(VISIT).fetchSingle();
		assertThat(visit.getKioskDeviceId()).isEqualTo(pairedKiosk.deviceId());
		// a row's xmin is the transaction that last wrote it: the visit was not touched
		// again after the transaction that stored the family
		assertThat(KioskFlow.lastWrittenBy(dsl, VISIT, DSL.trueCondition()))
			.isEqualTo(KioskFlow.lastWrittenBy(dsl, FAMILY, DSL.trueCondition()));
	}

	@Test
	void nothingIsStoredBeforeTheFinalConfirm() {
		startIn("nl", "new");
		typeNickname("Noor");
		tap("kiosk-step-next");
		tap("kiosk-language-nl");
		tap("kiosk-step-next");
		tap("kiosk-step-next");
		tap("kiosk-step-next");
		tap("kiosk-meet-yes");

		assertThat(dsl.fetchCount(FAMILY)).isZero();
		assertThat(dsl.fetchCount(VISIT)).isZero();
	}

	@Test
	void justPlayingTodayIsStoredWithoutConsentToIntroductions() {
		startIn("nl", "new");
		typeNickname("Piet");
		tap("kiosk-step-next");
		tap("kiosk-language-nl");
		tap("kiosk-step-next");
		tap("kiosk-step-next");
		tap("kiosk-step-next");
		tap("kiosk-meet-no");
		tap("kiosk-confirm");

		assertThat(dsl.fetchValue(FAMILY.CONSENT_INTRODUCTIONS)).isFalse();
		assertThat(dsl.fetchValue(VISIT.OPEN_TO_MEET)).isFalse();
	}

	@Test
	void arabicScreenShowsArabicTexts() {
		startIn("ar", "new");

		assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("ar");
		assertThat(_get(H1.class, spec -> spec.withId("kiosk-step-nickname-title")).getText())
			.isEqualTo(t(ARABIC, "kiosk.nickname.label"));
		assertThat(_get(Button.class, spec -> spec.withId("kiosk-step-next")).getText())
			.isEqualTo(t(ARABIC, "kiosk.step.next"))
			.isNotEqualTo(t(Locale.ENGLISH, "kiosk.step.next"));
	}

	@Test
	void badNicknamesGetAClearMessageAtTheFieldInTheChosenLanguageAndNothingIsStored() {
		startIn("fr", "new");
		TextField nickname = _get(TextField.class, spec -> spec.withId("kiosk-nickname"));

		record Case(String input, String expectedMessage) {
		}
		String empty = t(Locale.FRENCH, "kiosk.error.nicknameEmpty");
		String invalid = t(Locale.FRENCH, "kiosk.error.nicknameInvalid");
		for (Case c : List.of(new Case("", empty), new Case("   ", empty),
				new Case("A".repeat(500), t(Locale.FRENCH, "kiosk.error.nicknameTooLong", 40)),
				new Case("<script>alert(1)</script>", invalid), new Case("Ana\u202Egro", invalid),
				new Case("Ana\u0007", invalid), new Case("\uD83D\uDE00\uD83D\uDE00", invalid))) {
			_setValue(nickname, c.input());
			tap("kiosk-step-next");
			Paragraph error = _get(Paragraph.class, spec -> spec.withId("kiosk-nickname-error"));
			assertThat(error.getText()).as("message for %s", c.input()).isEqualTo(c.expectedMessage());
			// still on the nickname step
			assertThat(_find(TextField.class, spec -> spec.withId("kiosk-nickname"))).hasSize(1);
		}
		// fixed: the message goes at once
		_setValue(nickname, "Ana");
		assertThat(_find(Paragraph.class, spec -> spec.withId("kiosk-nickname-error"))).isEmpty();
		assertThat(dsl.fetchCount(FAMILY)).isZero();
		assertThat(dsl.fetchCount(VISIT)).isZero();
	}

	@Test
	void familyMustChooseALanguageAndAnswerTheMeetingQuestionToldAtEachQuestion() {
		startIn("nl", "new");
		typeNickname("Noor");
		tap("kiosk-step-next");
		tap("kiosk-step-next");
		assertThat(_get(Paragraph.class, spec -> spec.withId("kiosk-languages-error")).getText())
			.isEqualTo(t(DUTCH, "kiosk.error.languageMissing"));
		tap("kiosk-language-nl");
		assertThat(_find(Paragraph.class, spec -> spec.withId("kiosk-languages-error"))).isEmpty();
		tap("kiosk-step-next");
		tap("kiosk-step-next");
		tap("kiosk-step-next");

		tap("kiosk-step-next");
		assertThat(_get(Paragraph.class, spec -> spec.withId("kiosk-meet-error")).getText())
			.isEqualTo(t(DUTCH, "kiosk.error.meetMissing"));
		assertThat(_find(Button.class, spec -> spec.withId("kiosk-confirm"))).isEmpty();
		assertThat(dsl.fetchCount(FAMILY)).isZero();
	}

	@Test
	void backOnEveryStepKeepsTheAnswersAndTheFirstBackLeadsToTheChoice() {
		startIn("nl", "new");
		typeNickname("Sara");
		tap("kiosk-step-next");
		tap("kiosk-language-ar");
		tap("kiosk-step-next");
		tap("kiosk-interest-music");
		tap("kiosk-step-next");
		tap("kiosk-children-2-3-more");
		tap("kiosk-step-next");
		tap("kiosk-meet-yes");
		assertThat(_get(Div.class, spec -> spec.withId("kiosk-summary")).getElement().getTextRecursively())
			.contains("Sara", "العربية");

		for (String step : List.of("meet", "children", "interests", "languages", "nickname")) {
			tap("kiosk-step-back");
			assertThat(_find(Div.class, spec -> spec.withId("kiosk-step-" + step))).as(step).hasSize(1);
		}
		assertThat(_get(TextField.class, spec -> spec.withId("kiosk-nickname")).getValue()).isEqualTo("Sara");
		tap("kiosk-step-next");
		assertThat(_get(ToggleChip.class, spec -> spec.withId("kiosk-language-ar")).isPressed()).isTrue();
		tap("kiosk-step-next");
		assertThat(_get(ToggleChip.class, spec -> spec.withId("kiosk-interest-music")).isPressed()).isTrue();
		tap("kiosk-step-back");
		tap("kiosk-step-back");
		tap("kiosk-step-back");
		assertThat(_find(Button.class, spec -> spec.withId("kiosk-choice-new"))).hasSize(1);
	}

	@Test
	void aDoubleTapOnConfirmStoresOneFamilyAndOneVisit() {
		startIn("nl", "new");
		typeNickname("Lina");
		tap("kiosk-step-next");
		tap("kiosk-language-nl");
		tap("kiosk-step-next");
		tap("kiosk-step-next");
		tap("kiosk-step-next");
		tap("kiosk-meet-yes");
		Button confirm = _get(Button.class, spec -> spec.withId("kiosk-confirm"));
		_click(confirm);

		// the second tap finds the button gone (the browser had disabled it already)
		assertThat(confirm.isAttached()).isFalse();
		assertThatThrownBy(() -> _click(confirm)).isInstanceOf(IllegalStateException.class);
		confirm.click();
		assertThat(dsl.fetchCount(FAMILY)).isEqualTo(1);
		assertThat(dsl.fetchCount(VISIT)).isEqualTo(1);
	}

	@Test
	void whenTheDatabaseFailsAtConfirmTheAnswersStayAndNothingIsHalfStored() {
		startIn("nl", "new");
		typeNickname("Rania");
		tap("kiosk-step-next");
		tap("kiosk-language-ar");
		tap("kiosk-step-next");
		tap("kiosk-interest-music");
		tap("kiosk-step-next");
		tap("kiosk-step-next");
		tap("kiosk-meet-yes");

		// the family row would be written, then the visit insert fails: all of it must
		// roll back
		dsl.execute("alter table visit rename to visit_unreachable");
		try {
			tap("kiosk-confirm");
		}
		finally {
			dsl.execute("alter table visit_unreachable rename to visit");
		}
		assertThat(_get(Paragraph.class, spec -> spec.withId("kiosk-error")).getText())
			.isEqualTo(t(DUTCH, "kiosk.error.unavailable"));
		assertThat(_get(Div.class, spec -> spec.withId("kiosk-summary")).getElement().getTextRecursively())
			.contains("Rania");
		assertThat(dsl.fetchCount(FAMILY)).isZero();
		assertThat(dsl.fetchCount(FAMILY_LANGUAGE)).isZero();

		tap("kiosk-confirm");
		assertThat(dsl.fetchCount(FAMILY)).isEqualTo(1);
		assertThat(dsl.fetchCount(VISIT)).isEqualTo(1);
		assertThat(_find(Div.class, spec -> spec.withId("kiosk-card-code"))).hasSize(1);
	}

	@Test
	void afterTheWelcomeTheKioskStartsOverInItsOwnLanguageWithNothingOfThisFamily() {
		startIn("tr", "new");
		typeNickname("Elif");
		tap("kiosk-step-next");
		tap("kiosk-language-tr");
		tap("kiosk-step-next");
		tap("kiosk-step-next");
		tap("kiosk-step-next");
		tap("kiosk-meet-yes");
		tap("kiosk-confirm");
		tap("kiosk-card-continue");
		tap("kiosk-next");

		assertThat(_find(Button.class, spec -> spec.withId("kiosk-start"))).hasSize(1);
		assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("nl");
		assertThat(_find(H1.class).stream().map(H1::getText)).noneMatch(text -> text.contains("Elif"));
	}

	@Test
	void languagesSpokenMostAtThisPlaceAreOfferedFirst() {
		for (String nickname : List.of("Hodan", "Amina")) {
			checkIns.checkInNewFamily(locationId,
					new NewFamily(nickname, List.of("so", "ar"), List.of(), List.of(), true, false), true,
					VisitSource.KIOSK);
		}
		startIn("nl", "new");
		typeNickname("Ayan");
		tap("kiosk-step-next");

		List<String> chips = _find(ToggleChip.class).stream()
			.map(chip -> chip.getId().orElse(""))
			.filter(id -> id.startsWith("kiosk-language-"))
			.toList();
		assertThat(chips.subList(0, 3)).containsExactly("kiosk-language-ar", "kiosk-language-so", "kiosk-language-nl");
	}

	@Test
	void everyScreenHasASpeakerForItsMainPrompt() {
		KioskFlow.open();
		tap("kiosk-start");
		assertThat(_find(Button.class, spec -> spec.withId("kiosk-language-title-speak"))).hasSize(1);
		tap("kiosk-choose-nl");
		assertThat(_find(Button.class, spec -> spec.withId("kiosk-choice-title-speak"))).hasSize(1);
		tap("kiosk-choice-new");
		Button speak = _get(Button.class, spec -> spec.withId("kiosk-step-nickname-title-speak"));
		assertThat(speak.getElement().getAttribute("aria-label")).isEqualTo(t(DUTCH, "kiosk.readAloud"));
	}

	private String t(Locale locale, String key, Object... params) {
		return translations.getTranslation(key, locale, params);
	}

}
