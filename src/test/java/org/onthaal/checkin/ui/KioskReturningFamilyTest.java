package org.onthaal.checkin.ui;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onthaal.KaribuTest;
import org.onthaal.kiosk.TestKiosks;
import org.onthaal.base.i18n.Translations;
import org.onthaal.checkin.CheckIn;
import org.onthaal.checkin.CheckInService;
import org.onthaal.checkin.VisitSource;
import org.onthaal.family.FamilyCard;
import org.onthaal.family.NewFamily;
import org.onthaal.space.OpeningHoursRepository;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.onthaal.checkin.ui.KioskFlow.enterCode;
import static org.onthaal.checkin.ui.KioskFlow.startIn;
import static org.onthaal.checkin.ui.KioskFlow.tap;
import static org.onthaal.db.Tables.FAMILY;
import static org.onthaal.db.Tables.FAMILY_INTEREST;
import static org.onthaal.db.Tables.INTEREST;
import static org.onthaal.db.Tables.VISIT;

/** Returning families, leaving, the closed screen and the idle reset. */
class KioskReturningFamilyTest extends KaribuTest {

	private static final Locale DUTCH = Locale.forLanguageTag("nl");

	@Autowired
	private CheckInService checkIns;

	@Autowired
	private Translations translations;

	@Autowired
	private OpeningHoursRepository hours;

	private TestKiosks.Paired pairedKiosk;

	@BeforeEach
	void beAPairedKiosk() {
		pairedKiosk = TestKiosks.pairAndUse(ctx, locationId);
	}

	@Test
	void aHostLiftingAKiosksSlowDownIsAudited() {
		login("gastvrouw", org.onthaal.staff.Role.HOST);
		checkIns.unlockCodeEntry(pairedKiosk.deviceId());

		var unlocked = dsl.selectFrom(org.onthaal.db.Tables.AUDIT_EVENT)
			.where(org.onthaal.db.Tables.AUDIT_EVENT.ACTION.eq("KIOSK_CODE_ENTRY_UNLOCKED"))
			.fetch();
		assertThat(unlocked).hasSize(1);
		assertThat(unlocked.get(0).getActor()).isEqualTo("gastvrouw");
	}

	@Test
	void returningFamilyChecksInWithOneTapAfterTypingItsCode() {
		CheckIn earlier = registerAndLeave("Kasia", 2, 1);
		FamilyCard card = cardOf(earlier.familyId());

		startIn("nl", "card");
		enterCode(card.pictogram(), card.digits());
		assertThat(_get(H1.class, spec -> spec.withId("kiosk-returning-title")).getText())
			.isEqualTo(t("kiosk.returning.title", "Kasia"));
		tap("kiosk-returning-confirm"); // nothing changed since last time: one tap

		assertThat(_get(H1.class, spec -> spec.withId("kiosk-welcome")).getText())
			.isEqualTo(t("kiosk.welcome", "Kasia"));
		var visit = dsl.selectFrom(VISIT).where(VISIT.CHECKED_OUT_AT.isNull()).fetchSingle();
		assertThat(visit.getFamilyId()).isEqualTo(earlier.familyId());
		assertThat(visit.getAdults()).isEqualTo((short) 2);
		assertThat(visit.getChildren()).isEqualTo((short) 1);
		assertThat(visit.getOpenToMeet()).isTrue();
		assertThat(dsl.fetchCount(VISIT)).isEqualTo(2);
	}

	@Test
	void aReturningFamilysVisitIsStoredWithItsKioskInTheCheckInTransaction() {
		CheckIn earlier = registerAndLeave("Kasia", 2, 1);
		FamilyCard card = cardOf(earlier.familyId());

		startIn("nl", "card");
		enterCode(card.pictogram(), card.digits());
		tap("kiosk-returning-confirm");

		var open = VISIT.CHECKED_OUT_AT.isNull();
		assertThat(dsl.fetchValue(VISIT.KIOSK_DEVICE_ID, open)).isEqualTo(pairedKiosk.deviceId());
		// the check-in also noted when the family was last seen: same transaction, and
		// the visit was not written again afterwards
		assertThat(KioskFlow.lastWrittenBy(dsl, VISIT, open))
			.isEqualTo(KioskFlow.lastWrittenBy(dsl, FAMILY, FAMILY.ID.eq(earlier.familyId())));
	}

	@Test
	void aCheckInThatIsRefusedLeavesNoKioskOnAnyVisit() {
		CheckIn present = checkIns.checkInNewFamily(locationId, family("Youssef"), true, VisitSource.KIOSK);
		FamilyCard card = cardOf(present.familyId());

		startIn("nl", "card");
		enterCode(card.pictogram(), card.digits());
		tap("kiosk-returning-confirm");

		assertThat(_get(H1.class, spec -> spec.withId("kiosk-already-here")).getText())
			.isEqualTo(t("kiosk.error.alreadyHere"));
		assertThat(dsl.fetchCount(VISIT)).isEqualTo(1);
		assertThat(dsl.fetchValue(VISIT.KIOSK_DEVICE_ID)).as("the family's visit from before keeps no kiosk").isNull();
	}

	@Test
	void aScannedCardIdentifiesTheFamilyAndTodaysAnswersAreStored() {
		CheckIn earlier = registerAndLeave("Olena", 1, 2);
		String token = earlier.card().token();

		startIn("nl", "card");
		_setValue(_get(TextField.class, spec -> spec.withId("kiosk-scan")), token + "\n");
		tap("kiosk-adults-more");
		tap("kiosk-children-less");
		tap("kiosk-meet-no");
		_get(Details.class, spec -> spec.withId("kiosk-returning-interests")).setOpened(true);
		tap("kiosk-interest-swimming");
		tap("kiosk-returning-confirm");

		var visit = dsl.selectFrom(VISIT).where(VISIT.CHECKED_OUT_AT.isNull()).fetchSingle();
		assertThat(visit.getAdults()).isEqualTo((short) 2);
		assertThat(visit.getChildren()).isEqualTo((short) 1);
		assertThat(visit.getOpenToMeet()).isFalse();
		assertThat(dsl.fetchValue(FAMILY.CONSENT_INTRODUCTIONS)).isFalse();
		assertThat(dsl.select(INTEREST.CODE)
			.from(FAMILY_INTEREST)
			.join(INTEREST)
			.on(INTEREST.ID.eq(FAMILY_INTEREST.INTEREST_ID))
			.fetch(INTEREST.CODE)).containsExactlyInAnyOrder("music", "swimming");
	}

	@Test
	void theSameFamilyCheckingInTwiceHearsItIsAlreadyHere() {
		CheckIn present = checkIns.checkInNewFamily(locationId, family("Youssef"), true, VisitSource.KIOSK);
		FamilyCard card = cardOf(present.familyId());

		startIn("nl", "card");
		enterCode(card.pictogram(), card.digits());
		tap("kiosk-returning-confirm");

		assertThat(_get(H1.class, spec -> spec.withId("kiosk-already-here")).getText())
			.isEqualTo(t("kiosk.error.alreadyHere"));
		assertThat(dsl.fetchCount(VISIT)).isEqualTo(1);
	}

	@Test
	void aWrongCodeIsRefusedWithoutSayingWhoseCodesExist() {
		registerAndLeave("Marie", 1, 1);

		startIn("nl", "card");
		enterCode("BELL", "0000");
		assertThat(_get(Paragraph.class, spec -> spec.withId("kiosk-identify-error")).getText())
			.isEqualTo(t("kiosk.identify.unknown"));
		assertThat(_find(H1.class).stream().map(H1::getText)).noneMatch(text -> text.contains("Marie"));
	}

	@Test
	void fiveWrongCodesSlowTheKioskDownEvenForTheRightCode() {
		CheckIn earlier = registerAndLeave("Hodan", 1, 0);
		FamilyCard card = cardOf(earlier.familyId());
		String wrong = card.digits().equals("1111") ? "2222" : "1111";

		startIn("nl", "card");
		for (int i = 1; i <= 4; i++) {
			enterCode(card.pictogram(), wrong);
			assertThat(errorText()).isEqualTo(t("kiosk.identify.unknown"));
		}
		enterCode(card.pictogram(), wrong);
		assertThat(_get(Paragraph.class, spec -> spec.withId("kiosk-code-locked-text")).getText())
			.isEqualTo(t("kiosk.identify.locked"));
		assertThat(_find(Button.class, spec -> spec.withId("kiosk-key-1"))).isEmpty();

		// while locked even the right code is not looked up
		assertThat(checkIns.identifyByCode(pairedKiosk.deviceId(), card.pictogram(), card.digits()).family()).isNull();
		assertThat(_find(H1.class, spec -> spec.withId("kiosk-returning-title"))).isEmpty();
	}

	@Test
	void leavingChecksTheFamilyOut() {
		CheckIn present = checkIns.checkInNewFamily(locationId, family("Sofie"), true, VisitSource.KIOSK);
		FamilyCard card = cardOf(present.familyId());

		startIn("nl", "leave");
		enterCode(card.pictogram(), card.digits());

		assertThat(_get(H1.class, spec -> spec.withId("kiosk-goodbye")).getText())
			.isEqualTo(t("kiosk.goodbye", "Sofie"));
		var visit = dsl.selectFrom(VISIT).fetchSingle();
		assertThat(visit.getCheckedOutAt()).isNotNull();
		assertThat(visit.getCheckoutSource()).isEqualTo("KIOSK");
	}

	@Test
	void leavingWhenNotCheckedInChangesNothing() {
		CheckIn earlier = registerAndLeave("Ilse", 1, 1);
		FamilyCard card = cardOf(earlier.familyId());

		startIn("nl", "leave");
		enterCode(card.pictogram(), card.digits());

		assertThat(_get(H1.class, spec -> spec.withId("kiosk-not-here")).getText()).isEqualTo(t("kiosk.error.notHere"));
		assertThat(dsl.fetchCount(VISIT, VISIT.CHECKOUT_SOURCE.eq("KIOSK"))).isEqualTo(1);
	}

	@Test
	void outsideOpeningHoursTheKioskSaysWhenItOpensNext() {
		// the kiosk reads the app's clock: a Tuesday afternoon, whenever the test runs
		LocalDate today = LocalDate.of(2026, 12, 1);
		clock.setTo(today.atTime(15, 0).atZone(ZoneId.of("Europe/Brussels")).toInstant());
		for (DayOfWeek day : DayOfWeek.values()) {
			hours.addWeeklySlot(locationId, day, LocalTime.of(9, 0), LocalTime.of(12, 0));
		}
		hours.addException(locationId, today, today.plusDays(1), null, null, "Staff training");
		// the kiosk opened at set-up time; a reload shows what a kiosk sees after the
		// hours changed
		UI.getCurrent().getPage().reload();

		String weekday = today.plusDays(2).getDayOfWeek().getDisplayName(TextStyle.FULL, DUTCH);
		assertThat(_get(Paragraph.class, spec -> spec.withId("kiosk-closed-next")).getText())
			.isEqualTo(t("kiosk.closed.next", weekday, "09:00"));
		assertThat(_find(Button.class, spec -> spec.withId("kiosk-start"))).isEmpty();
	}

	@Test
	void afterAQuietMinuteTheKioskWarnsThenStartsOverDiscardingHalfEnteredAnswers() {
		startIn("nl", "new");
		KioskFlow.typeNickname("Half");
		IdleWatch kiosk = _get(IdleWatch.class);

		kiosk.idle();
		assertThat(_get(H2.class, spec -> spec.withId("kiosk-idle-title")).getText()).isEqualTo(t("kiosk.idle.title"));
		tap("kiosk-idle-more");
		assertThat(_find(IdleWarning.class)).isEmpty();
		assertThat(_get(TextField.class, spec -> spec.withId("kiosk-nickname")).getValue()).isEqualTo("Half");

		kiosk.idle();
		kiosk.idleExpired(kiosk.round);
		assertThat(_find(IdleWarning.class)).isEmpty();
		assertThat(_find(Button.class, spec -> spec.withId("kiosk-start"))).hasSize(1);
		assertThat(_find(TextField.class, spec -> spec.withId("kiosk-nickname"))).isEmpty();
		assertThat(dsl.fetchCount(FAMILY)).isZero();
	}

	@Test
	void aStaleIdleTimerDoesNotResetAFamilyThatIsBusy() {
		startIn("nl", "new");
		IdleWatch kiosk = _get(IdleWatch.class);
		kiosk.idle();
		int staleRound = kiosk.round;
		tap("kiosk-idle-more");
		kiosk.idleExpired(staleRound);

		assertThat(_find(TextField.class, spec -> spec.withId("kiosk-nickname"))).hasSize(1);
	}

	private String errorText() {
		return _get(Paragraph.class, spec -> spec.withId("kiosk-identify-error")).getText();
	}

	private NewFamily family(String nickname) {
		return new NewFamily(nickname, List.of("nl"), List.of("music"), List.of("2-3"), true, false);
	}

	/**
	 * A family that came before: registered, then checked out, with what it said last
	 * time.
	 */
	private CheckIn registerAndLeave(String nickname, int adults, int children) {
		CheckIn first = checkIns.checkInNewFamily(locationId, family(nickname), true, VisitSource.KIOSK);
		dsl.update(VISIT)
			.set(VISIT.ADULTS, (short) adults)
			.set(VISIT.CHILDREN, (short) children)
			.set(VISIT.CHECKED_IN_AT, VISIT.CHECKED_IN_AT.minus(7))
			.where(VISIT.ID.eq(first.visitId()))
			.execute();
		checkIns.checkOut(locationId, first.familyId());
		return first;
	}

	private FamilyCard cardOf(long familyId) {
		var family = dsl.selectFrom(FAMILY).where(FAMILY.ID.eq(familyId)).fetchSingle();
		return new FamilyCard(family.getCardPictogram(), family.getCardDigits(), "");
	}

	private String t(String key, Object... params) {
		return translations.getTranslation(key, DUTCH, params);
	}

}
