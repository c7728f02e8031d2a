package org.onthaal.host.ui;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.jooq.SelectConditionStep;
import org.junit.jupiter.api.Test;
import org.onthaal.KaribuTest;
import org.onthaal.checkin.CheckIn;
import org.onthaal.checkin.CheckInService;
import org.onthaal.checkin.VisitSource;
import org.onthaal.db.tables.records.AuditEventRecord;
import org.onthaal.family.NewFamily;
import org.onthaal.staff.Role;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.onthaal.db.Tables.AUDIT_EVENT;
import static org.onthaal.db.Tables.FAMILY;
import static org.onthaal.db.Tables.VISIT;

/**
 * The host checks families in on their behalf, and looks at a family's card (and only on
 * request gives it a new QR code).
 */
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
		_click(_get(Button.class, spec -> spec.withId("kiosk-meet-yes")));
		_click(_get(Button.class, spec -> spec.withId("assist-returning-confirm")));

		assertThat(_get(Paragraph.class, spec -> spec.withId("assist-message")).getText())
			.isEqualTo(UI.getCurrent().getTranslation("host.assist.done", "Fatima"));
		var visit = dsl.selectFrom(VISIT).where(VISIT.CHECKED_OUT_AT.isNull()).fetchSingle();
		assertThat(visit.getSource()).isEqualTo("HOST");
		assertThat(visit.getFamilyId()).isEqualTo(earlier.familyId());
	}

	@Test
	void hostCheckInOfAReturningFamilyStartsFromItsLastVisitAndWaitsForTheMeetAnswer() {
		long familyId = cameBefore("Olena", 2, 2);
		openBoard();
		_click(_get(Button.class, spec -> spec.withId("host-assist")));
		_setValue(_get(TextField.class, spec -> spec.withId("assist-search")), "olena");
		_click(_get(Button.class, spec -> spec.withId("assist-family-" + familyId)));

		assertThat(_get(Span.class, spec -> spec.withId("assist-adults-value")).getText()).isEqualTo("2");
		assertThat(_get(Span.class, spec -> spec.withId("assist-children-value")).getText()).isEqualTo("2");
		assertThat(_get(Button.class, spec -> spec.withId("kiosk-meet-yes")).getElement().getAttribute("aria-pressed"))
			.as("no answer chosen for the family")
			.isNotEqualTo("true");
		assertThat(_get(Button.class, spec -> spec.withId("kiosk-meet-no")).getElement().getAttribute("aria-pressed"))
			.isNotEqualTo("true");

		_click(_get(Button.class, spec -> spec.withId("assist-returning-confirm")));

		assertThat(_get(Paragraph.class, spec -> spec.withId("assist-returning-error")).getText())
			.isEqualTo(UI.getCurrent().getTranslation("kiosk.error.meetMissing"));
		assertThat(dsl.fetchCount(VISIT)).as("nothing stored without an answer").isEqualTo(1);
		assertThat(dsl.fetchCount(hostAudit())).isZero();

		_click(_get(Button.class, spec -> spec.withId("kiosk-meet-yes")));
		_click(_get(Button.class, spec -> spec.withId("assist-returning-confirm")));

		var visit = dsl.selectFrom(VISIT).where(VISIT.CHECKED_OUT_AT.isNull()).fetchSingle();
		assertThat(visit.getAdults()).isEqualTo((short) 2);
		assertThat(visit.getChildren()).isEqualTo((short) 2);
		assertThat(visit.getOpenToMeet()).isTrue();
		assertThat(visit.getSource()).isEqualTo("HOST");
		assertThat(dsl.fetchValue(FAMILY.CONSENT_INTRODUCTIONS, FAMILY.ID.eq(familyId))).isTrue();
		var audit = hostAudit().fetchSingle();
		assertThat(audit.getAction()).isEqualTo("CHECKED_IN_BY_HOST");
		assertThat(audit.getActor()).isEqualTo("gastvrouw");
		assertThat(audit.getEntity()).isEqualTo("visit");
		assertThat(audit.getEntityId()).isEqualTo(visit.getId());
		assertThat(audit.getLocationId()).isEqualTo(locationId);
	}

	@Test
	void onlyTheHostsExplicitAnswerChangesTheFamilysConsent() {
		long familyId = cameBefore("Kasia", 1, 1);
		openBoard();
		_click(_get(Button.class, spec -> spec.withId("host-assist")));
		_setValue(_get(TextField.class, spec -> spec.withId("assist-search")), "kasia");
		_click(_get(Button.class, spec -> spec.withId("assist-family-" + familyId)));
		_click(_get(Button.class, spec -> spec.withId("assist-adults-more")));
		_click(_get(Button.class, spec -> spec.withId("kiosk-meet-no")));
		_click(_get(Button.class, spec -> spec.withId("assist-returning-confirm")));

		var visit = dsl.selectFrom(VISIT).where(VISIT.CHECKED_OUT_AT.isNull()).fetchSingle();
		assertThat(visit.getAdults()).isEqualTo((short) 2);
		assertThat(visit.getChildren()).isEqualTo((short) 1);
		assertThat(visit.getOpenToMeet()).isFalse();
		assertThat(dsl.fetchValue(FAMILY.CONSENT_INTRODUCTIONS, FAMILY.ID.eq(familyId))).isFalse();
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
		var audit = hostAudit().fetchSingle();
		assertThat(audit.getAction()).isEqualTo("CHECKED_IN_BY_HOST");
		assertThat(audit.getActor()).isEqualTo("gastvrouw");
		assertThat(audit.getEntityId()).isEqualTo(dsl.fetchValue(VISIT.ID));
	}

	@Test
	void lookingAtACardChangesNothing() {
		CheckIn present = checkIns.checkInNewFamily(locationId, family("Ioana"), true, VisitSource.KIOSK);
		var before = dsl.selectFrom(FAMILY).fetchSingle();
		openBoard();

		_click(_get(Button.class, spec -> spec.withId("card-" + present.familyId())));

		FamilyCardDialog dialog = _get(FamilyCardDialog.class);
		assertThat(_get(dialog, Span.class, spec -> spec.withClasses("card-digits")).getText())
			.isEqualTo(before.getCardDigits());
		assertThat(_find(dialog, Image.class)).as("the old QR cannot be shown, only its hash is kept").isEmpty();
		_click(_get(Button.class, spec -> spec.withId("card-close")));

		assertThat(_find(FamilyCardDialog.class)).isEmpty();
		assertThat(dsl.selectFrom(FAMILY).fetchSingle().getCardTokenHash()).isEqualTo(before.getCardTokenHash());
		assertThat(dsl.fetchCount(hostAudit())).isZero();
	}

	@Test
	void aNewQrCodeCancelledChangesNothing() {
		CheckIn present = checkIns.checkInNewFamily(locationId, family("Ioana"), true, VisitSource.KIOSK);
		var before = dsl.selectFrom(FAMILY).fetchSingle();
		openBoard();

		_click(_get(Button.class, spec -> spec.withId("card-" + present.familyId())));
		_click(_get(Button.class, spec -> spec.withId("card-new-qr")));
		assertThat(_find(Dialog.class, spec -> spec.withId("card-new-qr-dialog"))).hasSize(1);
		_click(_get(Button.class, spec -> spec.withId("card-new-qr-cancel")));

		assertThat(_find(Dialog.class, spec -> spec.withId("card-new-qr-dialog"))).isEmpty();
		assertThat(dsl.selectFrom(FAMILY).fetchSingle().getCardTokenHash()).isEqualTo(before.getCardTokenHash());
		assertThat(dsl.fetchCount(hostAudit())).isZero();
	}

	@Test
	void aConfirmedNewQrCodeReplacesTheOldOneKeepsPictureAndNumberAndIsAudited() {
		CheckIn present = checkIns.checkInNewFamily(locationId, family("Ioana"), true, VisitSource.KIOSK);
		var before = dsl.selectFrom(FAMILY).fetchSingle();
		openBoard();

		_click(_get(Button.class, spec -> spec.withId("card-" + present.familyId())));
		_click(_get(Button.class, spec -> spec.withId("card-new-qr")));
		_click(_get(Button.class, spec -> spec.withId("card-new-qr-confirm")));

		var after = dsl.selectFrom(FAMILY).fetchSingle();
		assertThat(after.getCardTokenHash()).isNotEqualTo(before.getCardTokenHash());
		assertThat(after.getCardPictogram()).isEqualTo(before.getCardPictogram());
		assertThat(after.getCardDigits()).isEqualTo(before.getCardDigits());
		FamilyCardDialog dialog = _get(FamilyCardDialog.class);
		assertThat(_find(dialog, Image.class)).as("the new QR, to print").hasSize(1);
		assertThat(_find(dialog, Button.class, spec -> spec.withId("card-print"))).hasSize(1);
		var audit = hostAudit().fetchSingle();
		assertThat(audit.getAction()).isEqualTo("CARD_REISSUED");
		assertThat(audit.getActor()).isEqualTo("gastvrouw");
		assertThat(audit.getEntity()).isEqualTo("family");
		assertThat(audit.getEntityId()).isEqualTo(present.familyId());
	}

	/** What hosts did, without the sign-in set-up's own staff account. */
	private SelectConditionStep<AuditEventRecord> hostAudit() {
		return dsl.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.ACTION.ne("STAFF_CREATED"));
	}

	/** A family that came before: 2 adults and 2 children, say, then went home. */
	private long cameBefore(String nickname, int adults, int children) {
		CheckIn first = checkIns.checkInNewFamily(locationId, family(nickname), true, VisitSource.KIOSK);
		dsl.update(VISIT)
			.set(VISIT.ADULTS, (short) adults)
			.set(VISIT.CHILDREN, (short) children)
			.where(VISIT.ID.eq(first.visitId()))
			.execute();
		checkIns.checkOut(locationId, first.familyId());
		return first.familyId();
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
