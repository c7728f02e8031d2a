package org.onthaal.host.ui;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.github.mvysny.kaributesting.v10.ContextMenuKt;
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

/** Suggestions on the host board and what each action stores. */
class HostSuggestionsTest extends KaribuTest {

	@Autowired
	private CheckInService checkIns;

	@Test
	void twoFamiliesWhoShareALanguageAreSuggestedWithTheirReasons() {
		checkIn("Elif", List.of("tr", "nl"), List.of("cooking"));
		checkIn("Ahmet", List.of("tr"), List.of("cooking"));
		openBoard();

		SuggestionCardView card = _get(SuggestionCardView.class);
		assertThat(_get(card, Span.class, spec -> spec.withClasses("suggestion-names")).getText())
			.isEqualTo("Elif ↔ Ahmet");
		assertThat(_find(card, Span.class, spec -> spec.withClasses("tag-reason")).stream().map(Span::getText))
			.contains(UI.getCurrent().getTranslation("host.reason.SHARED_LANGUAGE", "Turks"));
		var row = dsl.selectFrom(INTRODUCTION).fetchSingle();
		assertThat(row.getStatus()).isEqualTo("SUGGESTED");
		assertThat(row.getReasons().data()).contains("SHARED_LANGUAGE");
	}

	@Test
	void familiesWithoutASharedLanguageOrJustPlayingAreNotSuggested() {
		checkIn("Elif", List.of("tr"), List.of());
		checkIn("Marie", List.of("fr"), List.of());
		checkIns.checkInNewFamily(locationId, new NewFamily("Piet", List.of("tr"), List.of(), List.of(), false, false),
				false, VisitSource.KIOSK);
		openBoard();

		assertThat(_find(SuggestionCardView.class)).isEmpty();
		assertThat(dsl.fetchCount(INTRODUCTION)).isZero();
	}

	@Test
	void introducedIsStoredTheyBecomeAcquaintedAndLaterTheBoardAsksIfTheyTalked() {
		checkIn("Elif", List.of("tr"), List.of());
		checkIn("Ahmet", List.of("tr"), List.of());
		openBoard();
		long id = dsl.fetchValue(INTRODUCTION.ID);
		assertThat(_find(Span.class, spec -> spec.withClasses("tag-not-met"))).hasSize(2);

		_click(_get(Button.class, spec -> spec.withId("suggestion-" + id + "-introduced")));

		assertThat(_find(Span.class, spec -> spec.withClasses("tag-not-met"))).isEmpty();
		var row = dsl.selectFrom(INTRODUCTION).fetchSingle();
		assertThat(row.getStatus()).isEqualTo("INTRODUCED");
		assertThat(row.getDecidedAt()).isNotNull();
		assertThat(row.getStaffUserId()).isNotNull();
		assertThat(dsl.fetchCount(ACQUAINTANCE)).isEqualTo(1);
		assertThat(_find(SuggestionCardView.class)).isEmpty();
		var decided = dsl.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.ACTION.eq("SUGGESTION_DECIDED")).fetchSingle();
		assertThat(decided.getAction()).isEqualTo("SUGGESTION_DECIDED");
		assertThat(decided.getActor()).isEqualTo("gastvrouw");
		assertThat(decided.getEntity()).isEqualTo("introduction");
		assertThat(decided.getEntityId()).isEqualTo(id);
		assertThat(decided.getLocationId()).isEqualTo(locationId);
		assertThat(decided.getDetails().data()).contains("INTRODUCED");

		// ten minutes later the host is asked, once
		dsl.update(INTRODUCTION).set(INTRODUCTION.DECIDED_AT, INTRODUCTION.DECIDED_AT.minus(1)).execute();
		UI.getCurrent().getPage().reload();
		// the reloaded board gets the latest board at once and the fresh one, with the
		// question, through the UI queue when a computation was still running
		assertThat(awaitUi(() -> !_find(Button.class, spec -> spec.withId("outcome-" + id + "-talked")).isEmpty()))
			.as("the board asks")
			.isTrue();
		_click(_get(Button.class, spec -> spec.withId("outcome-" + id + "-talked")));
		assertThat(dsl.fetchValue(INTRODUCTION.OUTCOME)).isEqualTo("TALKED");
		// at once when this tap computed the board; through the UI queue when a
		// computation (the reload's second one) was still running
		assertThat(awaitUi(() -> _find(OutcomePromptView.class).isEmpty())).as("the question goes").isTrue();
		var outcome = dsl.selectFrom(AUDIT_EVENT)
			.where(AUDIT_EVENT.ACTION.eq("SUGGESTION_OUTCOME_RECORDED"))
			.fetchSingle();
		assertThat(outcome.getActor()).isEqualTo("gastvrouw");
		assertThat(outcome.getEntityId()).isEqualTo(id);
		assertThat(outcome.getDetails().data()).contains("\"talked\": true");
	}

	@Test
	void eachOtherActionIsStoredAndTheCardGoes() {
		record Case(String button, String status, int acquaintances) {
		}
		for (Case c : List.of(new Case("not-now", "NOT_NOW", 0), new Case("already-know", "ALREADY_KNOW", 1),
				new Case("not-match", "NOT_A_MATCH", 0))) {
			org.onthaal.TestDatabase.clean(dsl);
			locationId = locations.create("Baboes", java.time.ZoneId.of("Europe/Brussels"), false);
			checkIn("Olena", List.of("uk", "pl"), List.of());
			checkIn("Kasia", List.of("pl"), List.of());
			openBoard();
			long id = dsl.fetchValue(INTRODUCTION.ID);

			ContextMenuKt._clickItemWithID(_get(MenuBar.class, spec -> spec.withId("suggestion-" + id + "-more")),
					"suggestion-" + id + "-" + c.button());

			assertThat(dsl.fetchValue(INTRODUCTION.STATUS, INTRODUCTION.ID.eq(id))).as(c.button())
				.isEqualTo(c.status());
			assertThat(dsl.fetchCount(ACQUAINTANCE)).as(c.button()).isEqualTo(c.acquaintances());
			// the place's board is computed again; this board shows it as it arrives
			assertThat(awaitUi(() -> _find(SuggestionCardView.class).isEmpty())).as("no new card for the same pair")
				.isTrue();
			assertThat(dsl.fetchValue(AUDIT_EVENT.DETAILS, AUDIT_EVENT.ACTION.eq("SUGGESTION_DECIDED")).data())
				.as(c.button())
				.contains(c.status());
			// no logout here: the live update of this tap may still reach the board, and
			// it
			// refreshes as the signed-in host (the next round signs in again)
		}
	}

	private void openBoard() {
		login("gastvrouw", Role.HOST);
		UI.getCurrent().getPage().reload();
		UI.getCurrent().navigate("host");
	}

	private CheckIn checkIn(String nickname, List<String> languages, List<String> interests) {
		return checkIns.checkInNewFamily(locationId,
				new NewFamily(nickname, languages, interests, List.of(), true, false), true, VisitSource.KIOSK);
	}

}
