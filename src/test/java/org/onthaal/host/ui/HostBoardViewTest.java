package org.onthaal.host.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.onthaal.KaribuTest;
import org.onthaal.checkin.CheckIn;
import org.onthaal.checkin.CheckInService;
import org.onthaal.checkin.VisitSource;
import org.onthaal.family.NewFamily;
import org.onthaal.staff.Role;
import org.onthaal.staff.ui.LoginView;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class HostBoardViewTest extends KaribuTest {

	@Autowired
	private CheckInService checkIns;

	@Test
	void listsTheFamiliesPresentWithLanguagesAndNewcomerMark() {
		checkIn("Elif", List.of("tr", "nl"), List.of("cooking"));
		login("gastvrouw", Role.HOST);

		UI.getCurrent().navigate("host");

		assertThat(nicknamesOnBoard()).containsExactly("Elif");
		assertThat(_get(Span.class, spec -> spec.withId("host-count")).getText()).contains("1");
		var card = _get(FamilyCard.class, spec -> spec.withClasses("family-card"));
		assertThat(_find(card, Span.class, spec -> spec.withClasses("tag-language")).stream().map(Span::getText))
			.containsExactly("TR", "NL");
		assertThat(_find(card, Span.class, spec -> spec.withClasses("tag-newcomer"))).hasSize(1);
	}

	@Test
	void showsAFamilyCheckedInElsewhereWithoutReload() throws InterruptedException {
		login("gastheer", Role.HOST);
		UI.getCurrent().navigate("host");
		assertThat(nicknamesOnBoard()).isEmpty();

		// committed by another thread, as a kiosk would: the board hears it through
		// LISTEN/NOTIFY
		Thread kiosk = Thread.ofPlatform().start(() -> checkIn("Youssef", List.of("ar", "fr"), List.of()));
		kiosk.join();

		assertThat(awaitUi(() -> nicknamesOnBoard().contains("Youssef"))).as("family appears on the open board")
			.isTrue();
	}

	@Test
	void theNewestArrivalIsTheFirstRowAndTheHostCanSortByNameOrAttention() {
		clock.setTo(Instant.parse("2026-12-03T09:00:00Z"));
		checkIn("Zeynep", List.of("tr"), List.of());
		clock.advance(Duration.ofMinutes(10));
		checkIns.checkInNewFamily(locationId, new NewFamily("Amina", List.of("so"), List.of(), List.of(), false, false),
				false, VisitSource.KIOSK);
		clock.advance(Duration.ofMinutes(10));
		checkIn("Marie", List.of("fr"), List.of());
		login("gastvrouw", Role.HOST);
		UI.getCurrent().navigate("host");

		assertThat(nicknamesOnBoard()).as("newest first").containsExactly("Marie", "Amina", "Zeynep");
		_click(_get(Button.class, spec -> spec.withId("host-sort-name")));
		assertThat(nicknamesOnBoard()).containsExactly("Amina", "Marie", "Zeynep");
		assertThat(_get(Button.class, spec -> spec.withId("host-sort-name")).getElement().getAttribute("aria-pressed"))
			.isEqualTo("true");
		_click(_get(Button.class, spec -> spec.withId("host-sort-attention")));
		// all three are new here: the one who came in last first
		assertThat(nicknamesOnBoard()).containsExactly("Marie", "Amina", "Zeynep");
	}

	@Test
	void whoNeedsAttentionIsOnTopNewcomersFirstThenWhoWaitsLongest() {
		clock.setTo(Instant.parse("2026-12-03T09:00:00Z"));
		long jan = returning("Jan", List.of("nl"), true);
		clock.advance(Duration.ofMinutes(5));
		long kasia = returning("Kasia", List.of("pl"), false);
		clock.advance(Duration.ofMinutes(5));
		long tom = returning("Tom", List.of("fr"), true);
		clock.advance(Duration.ofMinutes(5));
		long elif = checkIn("Elif", List.of("tr"), List.of()).familyId();
		login("gastvrouw", Role.HOST);
		UI.getCurrent().navigate("host");

		Div strip = _get(Div.class, spec -> spec.withId("host-attention"));
		assertThat(_find(strip, Button.class).stream().map(button -> button.getId().orElseThrow()))
			.containsExactly("attention-" + elif, "attention-" + jan, "attention-" + tom, "attention-" + kasia);
		assertThat(_find(strip, Button.class).getFirst().getClassNames()).contains("attention-newcomer");
		assertThat(_find(strip, Button.class).getLast().getClassNames()).contains("attention-not-open");
	}

	@Test
	void aNewcomerArrivingWhileTheBoardIsOpenGlowsOnTopOfTheStripAndTheList() {
		checkIn("Elif", List.of("tr", "nl"), List.of());
		login("gastvrouw", Role.HOST);
		UI.getCurrent().navigate("host");
		assertThat(_find(FamilyCard.class, spec -> spec.withClasses("just-arrived"))).isEmpty();

		clock.advance(Duration.ofMinutes(3));
		long youssef = checkIn("Youssef", List.of("ar"), List.of()).familyId();

		assertThat(awaitUi(() -> nicknamesOnBoard().size() == 2)).isTrue();
		assertThat(nicknamesOnBoard().getFirst()).isEqualTo("Youssef");
		assertThat(_get(FamilyCard.class, spec -> spec.withId("family-" + youssef)).getClassNames())
			.contains("just-arrived");
		Button first = _find(_get(Div.class, spec -> spec.withId("host-attention")), Button.class).getFirst();
		assertThat(first.getId()).hasValue("attention-" + youssef);
		assertThat(first.getClassNames()).contains("just-arrived");
		assertThat(_get(Span.class, spec -> spec.withId("host-announcer")).getText()).contains("Youssef");
	}

	@Test
	void aFamilyArrivingOrLeavingLeavesTheOtherRowsAsTheyAreOnlyTheirMinutesMove() {
		clock.setTo(Instant.parse("2026-12-03T09:00:00Z"));
		long elif = checkIn("Elif", List.of("tr", "nl"), List.of("cooking")).familyId();
		long ahmet = checkIn("Ahmet", List.of("ar"), List.of()).familyId();
		login("gastvrouw", Role.HOST);
		UI.getCurrent().navigate("host");
		FamilyCard elifsRow = _get(FamilyCard.class, spec -> spec.withId("family-" + elif));
		FamilyCard ahmetsRow = _get(FamilyCard.class, spec -> spec.withId("family-" + ahmet));
		Span elifsMinutes = _get(elifsRow, Span.class, spec -> spec.withClasses("family-since"));
		String before = elifsMinutes.getText();

		clock.advance(Duration.ofMinutes(7));
		checkIn("Youssef", List.of("ar", "fr"), List.of());
		assertThat(awaitUi(() -> nicknamesOnBoard().size() == 3)).isTrue();

		assertThat(nicknamesOnBoard()).containsExactly("Youssef", "Ahmet", "Elif");
		assertThat(_get(FamilyCard.class, spec -> spec.withId("family-" + elif))).as("not made again")
			.isSameAs(elifsRow);
		assertThat(_get(FamilyCard.class, spec -> spec.withId("family-" + ahmet))).isSameAs(ahmetsRow);
		assertThat(elifsMinutes.getText()).as("but its minutes are true").isNotEqualTo(before).contains("7");

		checkIns.checkOut(locationId, ahmet);
		assertThat(awaitUi(() -> nicknamesOnBoard().size() == 2)).isTrue();
		assertThat(nicknamesOnBoard()).containsExactly("Youssef", "Elif");
		assertThat(_get(FamilyCard.class, spec -> spec.withId("family-" + elif))).isSameAs(elifsRow);
		assertThat(_find(FamilyCard.class, spec -> spec.withId("family-" + ahmet))).isEmpty();
	}

	@Test
	void aFamilyArrivingLeavesTheSuggestionCardsThatStillHoldAsTheyAre() {
		checkIn("An", List.of("nl"), List.of("cooking"));
		checkIn("Bo", List.of("nl"), List.of("cooking"));
		login("gastvrouw", Role.HOST);
		UI.getCurrent().navigate("host");
		SuggestionCardView card = _get(SuggestionCardView.class);

		checkIn("Youssef", List.of("ar"), List.of());
		assertThat(awaitUi(() -> nicknamesOnBoard().size() == 3)).isTrue();

		assertThat(_find(SuggestionCardView.class)).as("not made again").contains(card);
	}

	@Test
	void aTapOnAFamilyInTheStripOpensItsRowWhichStaysOpenOnRefresh() {
		long elif = checkIn("Elif", List.of("tr", "nl"), List.of("cooking")).familyId();
		login("gastvrouw", Role.HOST);
		UI.getCurrent().navigate("host");
		assertThat(_get(FamilyCard.class).isOpened()).isFalse();

		_click(_get(Button.class, spec -> spec.withId("attention-" + elif)));
		assertThat(_get(FamilyCard.class).isOpened()).isTrue();
		_get(HostBoardView.class).refresh();
		assertThat(_get(FamilyCard.class).isOpened()).isTrue();
		assertThat(_find(_get(FamilyCard.class), Button.class, spec -> spec.withId("card-" + elif))).hasSize(1);
	}

	@Test
	void theBestFourSuggestionsAreOnTopAndTheRestFoldedAway() {
		for (String nickname : List.of("An", "Bo", "Cas", "Dirk", "Eva", "Fien", "Gust", "Hanne", "Ilse", "Jef")) {
			checkIn(nickname, List.of("nl"), List.of("cooking"));
		}
		login("gastvrouw", Role.HOST);
		UI.getCurrent().navigate("host");

		assertThat(_find(_get(Div.class, spec -> spec.withId("host-suggestions")), SuggestionCardView.class))
			.hasSize(4);
		Details more = _get(Details.class, spec -> spec.withId("host-more-suggestions"));
		assertThat(_find(more, SuggestionCardView.class)).hasSize(1);
		assertThat(more.getSummaryText()).contains("1");
	}

	@Test
	void anonymousVisitorIsSentToTheLoginPage() {
		UI.getCurrent().navigate("host");

		assertThat(_find(LoginView.class)).hasSize(1);
		assertThat(_find(HostBoardView.class)).isEmpty();
	}

	private CheckIn checkIn(String nickname, List<String> languages, List<String> interests) {
		return checkIns.checkInNewFamily(locationId,
				new NewFamily(nickname, languages, interests, List.of(), true, false), true, VisitSource.KIOSK);
	}

	/** A family that was here yesterday, back now. */
	private long returning(String nickname, List<String> languages, boolean openToMeet) {
		Instant now = clock.instant();
		clock.setTo(now.minus(Duration.ofDays(1)));
		long familyId = checkIns
			.checkInNewFamily(locationId, new NewFamily(nickname, languages, List.of(), List.of(), openToMeet, false),
					openToMeet, VisitSource.KIOSK)
			.familyId();
		checkIns.checkOut(locationId, familyId);
		clock.setTo(now);
		checkIns.checkInReturning(locationId, familyId, 1, 0, openToMeet, null, VisitSource.KIOSK);
		return familyId;
	}

	private static List<String> nicknamesOnBoard() {
		return _find(Span.class, spec -> spec.withClasses("family-nickname")).stream().map(Span::getText).toList();
	}

}
