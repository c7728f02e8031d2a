package org.onthaal.browser;

import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.onthaal.checkin.CheckInService;
import org.onthaal.checkin.VisitSource;
import org.onthaal.family.NewFamily;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.onthaal.browser.Accessibility.assertNoSeriousViolations;
import static org.onthaal.db.Tables.FAMILY;
import static org.onthaal.db.Tables.STAFF_USER;

/**
 * The conversation helper in a real browser, speech faked (FakeSpeech: voices for the
 * kiosk's languages, none for Tigrinya): the greeting's speaker says the word with a
 * voice of the family's language, or shows crossed out where the tablet has none.
 */
class HostConversationIT extends BrowserTestBase {

	@Autowired
	private CheckInService checkIns;

	@Test
	void theGreetingIsSpokenInTheFamilysLanguageOrCrossedOutWithoutAVoice() {
		checkIn("Elif", List.of("tr", "nl"), List.of("cooking"), List.of("1-2"));
		checkIn("Ahmet", List.of("tr"), List.of("cooking"), List.of("1-2"));
		checkIn("Selam", List.of("ti", "nl"), List.of(), List.of("3-4"));
		checkIn("Yonas", List.of("ti"), List.of(), List.of("3-4"));
		createHost("gastvrouw");
		Page board = newDevice(1280, 800);
		FakeSpeech.install(board);
		signIn(board, "gastvrouw");
		board.navigate(url("host"));
		// the board is slow to show on a busy machine: the families first, then their
		// cards
		assertThat(board.locator(".family-nickname")).hasCount(4);

		assertThat(board.locator(".conversation-opener")).hasCount(2);
		// a row opens on a tap; the greeting is among its details
		for (String nickname : List.of("Selam", "Ahmet")) {
			Locator row = board.locator("#family-" + familyId(nickname));
			row.locator(".family-row").click();
			assertThat(row).hasAttribute("opened", "");
		}
		Locator tigrinya = board.locator("#greeting-" + familyId("Selam") + "-speak");
		assertThat(tigrinya).hasAttribute("data-unavailable", "");
		assertThat(tigrinya).hasAttribute("aria-label", "Deze tablet heeft geen stem voor het Tigrinya");
		Locator turkish = board.locator("#greeting-" + familyId("Ahmet") + "-speak");
		assertThat(turkish).not().hasAttribute("data-unavailable", "");
		assertThat(turkish).hasAttribute("aria-label", "Laat „Merhaba” horen");
		assertThat(board.locator("#greeting-" + familyId("Selam") + " .greeting-word")).hasText("ሰላም");
		double speakerSize = (double) turkish.boundingBox().width;

		turkish.click();

		List<Map<String, String>> spoken = FakeSpeech.spoken(board, 1);
		assertThat(spoken).containsExactly(Map.of("text", "Merhaba", "lang", "tr", "voice", "tr"));
		assertThat(speakerSize).as("touch target").isGreaterThanOrEqualTo(48);
		screenshot(board, "host-board-conversation-nl");
		assertNoSeriousViolations(board, "host board with openers and greetings");

		// an Arabic-speaking host: right to left, the opener and labels in Arabic
		dsl.update(STAFF_USER).set(STAFF_USER.UI_LANGUAGE, "ar").where(STAFF_USER.USERNAME.eq("gastvrouw")).execute();
		board.reload();
		board.locator("#family-" + familyId("Selam") + " .family-row").click();
		assertThat(board.locator("#greeting-" + familyId("Selam") + " .greeting-label"))
			.hasText("التحية باللغة التغرينية:");
		screenshot(board, "host-board-conversation-ar");
		assertNoSeriousViolations(board, "host board in Arabic with openers and greetings");
	}

	private void checkIn(String nickname, List<String> languages, List<String> interests, List<String> bands) {
		checkIns.checkInNewFamily(locationId, new NewFamily(nickname, languages, interests, bands, true, false), true,
				VisitSource.KIOSK);
	}

	private long familyId(String nickname) {
		return dsl.fetchValue(FAMILY.ID, FAMILY.NICKNAME.eq(nickname));
	}

}
