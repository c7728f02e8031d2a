package org.onthaal.host.ui;

import java.util.List;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.onthaal.KaribuTest;
import org.onthaal.checkin.CheckInService;
import org.onthaal.checkin.VisitSource;
import org.onthaal.family.NewFamily;
import org.onthaal.staff.Role;
import org.onthaal.staff.ui.LoginView;

import org.springframework.beans.factory.annotation.Autowired;

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
	void anonymousVisitorIsSentToTheLoginPage() {
		UI.getCurrent().navigate("host");

		assertThat(_find(LoginView.class)).hasSize(1);
		assertThat(_find(HostBoardView.class)).isEmpty();
	}

	private void checkIn(String nickname, List<String> languages, List<String> interests) {
		checkIns.checkInNewFamily(locationId, new NewFamily(nickname, languages, interests, List.of(), true, false),
				true, VisitSource.KIOSK);
	}

	private static List<String> nicknamesOnBoard() {
		return _find(Span.class, spec -> spec.withClasses("family-nickname")).stream().map(Span::getText).toList();
	}

}
