package org.onthaal.host.ui;

import java.time.Duration;
import java.util.List;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.notification.Notification;
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
import static org.assertj.core.api.Assertions.assertThat;
import static org.onthaal.db.Tables.ACQUAINTANCE;
import static org.onthaal.db.Tables.AUDIT_EVENT;
import static org.onthaal.db.Tables.INTRODUCTION;

/**
 * A suggestion card's controls: one primary action and a small menu, cards that stay in
 * place, undo for ten seconds, and "not a match" on a trio naming the pair.
 */
class SuggestionCardActionsTest extends KaribuTest {

	@Autowired
	private CheckInService checkIns;

	@Test
	void oneCardHasOnePrimaryButtonAndTheOtherDecisionsInAMenuWithAName() {
		checkIn("Elif", List.of("tr"), List.of());
		checkIn("Ahmet", List.of("tr"), List.of());
		openBoard();

		SuggestionCardView card = _get(SuggestionCardView.class);
		Button primary = _get(card, Button.class);
		assertThat(primary.getText()).isEqualTo(UI.getCurrent().getTranslation("host.action.introduced"));
		assertThat(primary.getThemeNames()).contains("primary");
		MenuBar more = _get(card, MenuBar.class);
		MenuItem root = more.getItems().getFirst();
		assertThat(root.getAriaLabel())
			.hasValue(UI.getCurrent().getTranslation("host.action.more.label", "Elif ↔ Ahmet"));
		assertThat(root.getSubMenu().getItems()).extracting(item -> item.getId().orElseThrow())
			.containsExactly(card.getId().orElseThrow() + "-not-now", card.getId().orElseThrow() + "-already-know",
					card.getId().orElseThrow() + "-not-match");
	}

	@Test
	void aDecisionOnTheSecondOfFourCardsLeavesTheOtherThreeWhereTheyWere() {
		// Emre and Fatma share the most; Anouk and Bram much; Gaëlle and Hugo have
		// children
		// of an age; Chris and Dirk little. Once Anouk and Bram are set aside, Chris and
		// Dirk would each do better with one of them: their card must stay all the same
		checkIn("Emre", List.of("tr"), List.of("cooking", "music", "books"), List.of("1-2"));
		checkIn("Fatma", List.of("tr"), List.of("cooking", "music", "books"), List.of("1-2"));
		checkIn("Anouk", List.of("nl"), List.of("cooking", "music", "books"), List.of());
		checkIn("Bram", List.of("nl"), List.of("cooking", "music", "books"), List.of());
		checkIn("Gaëlle", List.of("fr"), List.of(), List.of("3-4"));
		checkIn("Hugo", List.of("fr"), List.of(), List.of("3-4"));
		checkIn("Chris", List.of("nl"), List.of("cooking"), List.of());
		checkIn("Dirk", List.of("nl"), List.of("music"), List.of());
		openBoard();
		List<SuggestionCardView> before = _find(SuggestionCardView.class);
		assertThat(before).extracting(this::names)
			.containsExactly("Emre ↔ Fatma", "Anouk ↔ Bram", "Gaëlle ↔ Hugo", "Chris ↔ Dirk");

		SuggestionCardView second = before.get(1);
		ContextMenuKt._clickItemWithID(_get(second, MenuBar.class), second.getId().orElseThrow() + "-not-now");

		List<SuggestionCardView> after = _find(SuggestionCardView.class);
		assertThat(after).extracting(card -> card.getId().orElseThrow())
			.containsExactly(before.get(0).getId().orElseThrow(), before.get(2).getId().orElseThrow(),
					before.get(3).getId().orElseThrow());
		assertThat(after).extracting(this::names).containsExactly("Emre ↔ Fatma", "Gaëlle ↔ Hugo", "Chris ↔ Dirk");
	}

	@Test
	void anIntroductionIsUndoneWithinTenSecondsThroughTheNoticesButton() {
		// the clock stands still, so "ten seconds" is exactly ten
		clock.setTo(java.time.Instant.parse("2026-12-03T14:00:00.123456789Z"));
		checkIn("Elif", List.of("tr"), List.of());
		checkIn("Ahmet", List.of("tr"), List.of());
		openBoard();
		long id = dsl.fetchValue(INTRODUCTION.ID);
		_click(_get(Button.class, spec -> spec.withId("suggestion-" + id + "-introduced")));
		assertThat(dsl.fetchCount(ACQUAINTANCE)).isEqualTo(1);
		assertThat(awaitUi(() -> _find(SuggestionCardView.class).isEmpty())).isTrue();

		clock.advance(Duration.ofSeconds(10));
		_click(undoButton());

		var row = dsl.selectFrom(INTRODUCTION).where(INTRODUCTION.ID.eq(id)).fetchSingle();
		assertThat(row.getStatus()).isEqualTo("SUGGESTED");
		assertThat(row.getDecidedAt()).isNull();
		assertThat(row.getStaffUserId()).isNull();
		assertThat(dsl.fetchCount(ACQUAINTANCE)).as("the acquaintance the tap made is gone").isZero();
		awaitUi(() -> _find(SuggestionCardView.class).size() == 1);
		assertThat(_find(SuggestionCardView.class)).extracting(card -> card.getId().orElseThrow())
			.containsExactly("suggestion-" + id);
		var undone = dsl.selectFrom(AUDIT_EVENT)
			.where(AUDIT_EVENT.ACTION.eq("SUGGESTION_DECISION_UNDONE"))
			.fetchSingle();
		assertThat(undone.getActor()).isEqualTo("gastvrouw");
		assertThat(undone.getEntityId()).isEqualTo(id);
		assertThat(undone.getLocationId()).isEqualTo(locationId);
		assertThat(undone.getDetails().data()).contains("INTRODUCED");
	}

	@Test
	void anAcquaintanceKnownBeforeTheTapIsNotForgottenByAnUndo() {
		CheckIn elif = checkIn("Elif", List.of("tr"), List.of());
		CheckIn ahmet = checkIn("Ahmet", List.of("tr"), List.of());
		openBoard();
		long id = dsl.fetchValue(INTRODUCTION.ID);
		// while the card was on screen the families said at the kiosk they know each
		// other
		dsl.insertInto(ACQUAINTANCE)
			.set(ACQUAINTANCE.FAMILY_A_ID, Math.min(elif.familyId(), ahmet.familyId()))
			.set(ACQUAINTANCE.FAMILY_B_ID, Math.max(elif.familyId(), ahmet.familyId()))
			.set(ACQUAINTANCE.SOURCE, "FAMILY")
			.set(ACQUAINTANCE.SINCE, java.time.OffsetDateTime.now(clock).minusMinutes(1))
			.execute();
		clock.advance(Duration.ofSeconds(1));
		_click(_get(Button.class, spec -> spec.withId("suggestion-" + id + "-introduced")));

		_click(undoButton());

		assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("SUGGESTION_DECISION_UNDONE"))).isEqualTo(1);
		assertThat(dsl.fetchValue(ACQUAINTANCE.SOURCE)).isEqualTo("FAMILY");
		assertThat(_find(SuggestionCardView.class)).as("they know each other: no card").isEmpty();
	}

	@Test
	void anUndoAfterTenSecondsIsRefusedByTheServerAndChangesNothing() {
		checkIn("Elif", List.of("tr"), List.of());
		checkIn("Ahmet", List.of("tr"), List.of());
		openBoard();
		long id = dsl.fetchValue(INTRODUCTION.ID);
		_click(_get(Button.class, spec -> spec.withId("suggestion-" + id + "-introduced")));
		Button undo = undoButton();

		clock.advance(Duration.ofSeconds(11));
		_click(undo);

		assertThat(dsl.fetchValue(INTRODUCTION.STATUS, INTRODUCTION.ID.eq(id))).isEqualTo("INTRODUCED");
		assertThat(dsl.fetchCount(ACQUAINTANCE)).isEqualTo(1);
		assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("SUGGESTION_DECISION_UNDONE"))).isZero();
		assertThat(NotificationsKt.getNotifications()).extracting(n -> n.getId().orElse(""))
			.contains("suggestion-undo-too-late");
	}

	@Test
	void notAMatchOnATrioAsksWhichPairAndVetoesThatPairOnly() {
		checkIn("Elif", List.of("tr"), List.of());
		checkIn("Ahmet", List.of("tr"), List.of());
		checkIn("Ayşe", List.of("tr"), List.of());
		openBoard();
		SuggestionCardView trio = _get(SuggestionCardView.class);
		assertThat(names(trio)).isEqualTo("Elif ↔ Ahmet ↔ Ayşe");
		List<Long> ids = dsl.select(INTRODUCTION.ID).from(INTRODUCTION).orderBy(INTRODUCTION.ID).fetch(INTRODUCTION.ID);
		assertThat(ids).hasSize(3);

		ContextMenuKt._clickItemWithID(_get(trio, MenuBar.class), trio.getId().orElseThrow() + "-not-match");
		TrioVetoDialog dialog = _get(TrioVetoDialog.class);
		assertThat(
				_find(dialog, Button.class, spec -> spec.withClasses("trio-veto-pair")).stream().map(Button::getText))
			.containsExactlyInAnyOrder("Elif ↔ Ahmet", "Elif ↔ Ayşe", "Ahmet ↔ Ayşe");
		Button ahmetAyse = _get(dialog, Button.class, spec -> spec.withText("Ahmet ↔ Ayşe"));
		long vetoed = Long.parseLong(ahmetAyse.getId().orElseThrow().substring("trio-veto-".length()));
		_click(ahmetAyse);

		assertThat(dsl.fetchValue(INTRODUCTION.STATUS, INTRODUCTION.ID.eq(vetoed))).isEqualTo("NOT_A_MATCH");
		assertThat(dsl.select(INTRODUCTION.STATUS)
			.from(INTRODUCTION)
			.where(INTRODUCTION.ID.in(ids))
			.and(INTRODUCTION.ID.ne(vetoed))
			.fetch(INTRODUCTION.STATUS)).containsExactly("NOT_NOW", "NOT_NOW");
		assertThat(dsl.fetchCount(INTRODUCTION, INTRODUCTION.STATUS.eq("NOT_A_MATCH"))).isEqualTo(1);
		var decided = dsl.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.ACTION.eq("SUGGESTION_DECIDED")).fetchSingle();
		assertThat(decided.getEntityId()).isEqualTo(vetoed);
		assertThat(decided.getDetails().data()).contains("NOT_A_MATCH").contains("vetoedIntroductionId");
		assertThat(awaitUi(() -> _find(SuggestionCardView.class).isEmpty())).isTrue();

		_click(undoButton());
		assertThat(dsl.fetchCount(INTRODUCTION, INTRODUCTION.STATUS.eq("SUGGESTED"))).isEqualTo(3);
		awaitUi(() -> _find(SuggestionCardView.class).size() == 1);
		assertThat(_find(SuggestionCardView.class)).extracting(this::names).containsExactly("Elif ↔ Ahmet ↔ Ayşe");
	}

	@Test
	void aTrioCardSaysAllThreeSpeakTheirLanguage() {
		checkIn("Elif", List.of("tr"), List.of("cooking"));
		checkIn("Ahmet", List.of("tr"), List.of("cooking"));
		checkIn("Ayşe", List.of("tr"), List.of("cooking"));
		openBoard();

		assertThat(chips(_get(SuggestionCardView.class))).containsExactly(
				UI.getCurrent().getTranslation("host.reason.SHARED_LANGUAGE_ALL_THREE", "Turks"),
				UI.getCurrent().getTranslation("host.reason.SHARED_INTEREST", "Koken"),
				UI.getCurrent().getTranslation("host.reason.NEWCOMER", "Elif, Ahmet, Ayşe"));
	}

	@Test
	void aTrioWithoutOneLanguageSaysWhoSpeaksWhatWithWhom() {
		checkIn("Amal", List.of("ar", "fr"), List.of());
		checkIn("Berk", List.of("ar", "nl"), List.of());
		checkIn("Chloé", List.of("fr", "nl"), List.of());
		openBoard();

		List<String> chips = chips(_get(SuggestionCardView.class));
		assertThat(chips.getFirst()).isEqualTo(String.join(", ", pairLanguage("Amal", "Berk", "Arabisch"),
				pairLanguage("Amal", "Chloé", "Frans"), pairLanguage("Berk", "Chloé", "Nederlands")));
		assertThat(chips).hasSizeLessThanOrEqualTo(3);
	}

	@Test
	void twoNewcomersWithOneSharedInterestShowTheInterestAndOneFirstVisitChip() {
		checkIn("Elif", List.of("tr"), List.of("cooking"));
		checkIn("Ahmet", List.of("tr"), List.of("cooking"));
		openBoard();

		assertThat(chips(_get(SuggestionCardView.class))).containsExactly(
				UI.getCurrent().getTranslation("host.reason.SHARED_LANGUAGE", "Turks"),
				UI.getCurrent().getTranslation("host.reason.SHARED_INTEREST", "Koken"),
				UI.getCurrent().getTranslation("host.reason.NEWCOMER", "Elif, Ahmet"));
	}

	private static String pairLanguage(String first, String second, String language) {
		UI ui = UI.getCurrent();
		return ui.getTranslation("host.reason.PAIR_LANGUAGE", ui.getTranslation("host.reason.twoNames", first, second),
				language);
	}

	private Button undoButton() {
		Notification notice = NotificationsKt.getNotifications()
			.stream()
			.filter(n -> n.getId().orElse("").equals("suggestion-undo-notice"))
			.reduce((first, second) -> second)
			.orElseThrow();
		return _get(notice, Button.class, spec -> spec.withId("suggestion-undo"));
	}

	private String names(Component card) {
		return _get(card, Span.class, spec -> spec.withClasses("suggestion-names")).getText();
	}

	private List<String> chips(Component card) {
		return _find(card, Span.class, spec -> spec.withClasses("tag-reason")).stream().map(Span::getText).toList();
	}

	private void openBoard() {
		login("gastvrouw", Role.HOST);
		UI.getCurrent().getPage().reload();
		UI.getCurrent().navigate("host");
	}

	private CheckIn checkIn(String nickname, List<String> languages, List<String> interests) {
		return checkIn(nickname, languages, interests, List.of());
	}

	private CheckIn checkIn(String nickname, List<String> languages, List<String> interests, List<String> children) {
		return checkIns.checkInNewFamily(locationId,
				new NewFamily(nickname, languages, interests, children, true, false), true, VisitSource.KIOSK);
	}

}
