package org.onthaal.browser;

import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.onthaal.browser.Accessibility.assertNoSeriousViolations;
import static org.onthaal.db.Tables.INTRODUCTION;

/**
 * A kiosk and two host boards: check-ins reach both, and "introduced" on one updates the
 * other.
 */
class TwoHostBoardsIT extends BrowserTestBase {

	@Test
	void checkInsAndIntroductionsReachBothHostBoardsLive() {
		createHost("gastvrouw");
		createHost("vrijwilliger");
		Page boardA = newDevice(1280, 800);
		signIn(boardA, "gastvrouw");
		boardA.navigate(url("host"));
		Page boardB = newDevice(1280, 800);
		signIn(boardB, "vrijwilliger");
		boardB.navigate(url("host"));
		assertThat(boardA.locator("#host-empty")).isVisible();
		assertThat(boardB.locator("#host-empty")).isVisible();

		KioskPage kiosk = new KioskPage(newKiosk(1280, 800));
		kiosk.page().navigate(url("kiosk"));
		checkIn(kiosk, "Elif", List.of("tr", "nl"), List.of("cooking"));
		checkIn(kiosk, "Ayşe", List.of("tr"), List.of("cooking"));

		for (Page board : List.of(boardA, boardB)) {
			assertThat(board.locator(".family-nickname")).hasCount(2);
			assertThat(board.locator(".suggestion-names")).hasText("Elif ↔ Ayşe");
		}
		screenshot(boardA, "host-board-suggestion");
		assertNoSeriousViolations(boardA, "host board with a suggestion");

		Locator introduced = boardA.locator(".suggestion-card vaadin-button[id$='-introduced']");
		introduced.click();

		assertThat(boardA.locator(".suggestion-card")).hasCount(0);
		assertThat(boardB.locator(".suggestion-card")).hasCount(0);
		assertThat(dsl.fetchValue(INTRODUCTION.STATUS)).isEqualTo("INTRODUCED");
	}

	private static void checkIn(KioskPage kiosk, String nickname, List<String> languages, List<String> interests) {
		kiosk.startIn("nl", "new");
		kiosk.fillNewFamily(nickname, languages, interests);
		kiosk.tap("kiosk-confirm");
		kiosk.tap("kiosk-card-continue");
		kiosk.tap("kiosk-next");
		kiosk.waitFor("kiosk-start");
	}

}
