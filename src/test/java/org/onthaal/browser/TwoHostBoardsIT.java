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

		// one row of controls, each big enough for a finger: the primary action and the
		// menu
		Locator introduced = boardA.locator(".suggestion-card vaadin-button[id$='-introduced']");
		Locator more = boardA.locator(".suggestion-card vaadin-menu-bar-button").first();
		assertThat(introduced.boundingBox().height).isGreaterThanOrEqualTo(48);
		assertThat(more.boundingBox().height).isGreaterThanOrEqualTo(48);
		assertThat(more.boundingBox().width).isGreaterThanOrEqualTo(48);
		assertThat(Math.abs(more.boundingBox().y - introduced.boundingBox().y)).as("one row").isLessThan(8);
		more.click();
		Locator items = boardA.locator("vaadin-menu-bar-item.suggestion-menu-item");
		assertThat(items).hasCount(3);
		// the menu's overlay grows into place: measure once its opening animation is
		// over;
		// a layout in fractional pixels can leave 47.99997 for 48 (CI once), so a
		// hundredth of a pixel is allowed
		items.nth(2).waitFor();
		awaitAnimationsDone(boardA);
		for (int i = 0; i < 3; i++) {
			assertThat(items.nth(i).boundingBox().height).as("menu item %d", i).isGreaterThanOrEqualTo(47.99);
		}
		screenshot(boardA, "host-board-suggestion-menu");
		boardA.keyboard().press("Escape");
		assertThat(items.first()).isHidden();

		introduced.click();

		assertThat(boardA.locator(".suggestion-card")).hasCount(0);
		assertThat(boardB.locator(".suggestion-card")).hasCount(0);
		assertThat(dsl.fetchValue(INTRODUCTION.STATUS)).isEqualTo("INTRODUCED");

		// a wrong tap is taken back on the board that made it, and both boards show the
		// card
		Locator undo = boardA.locator("#suggestion-undo");
		assertThat(undo).isVisible();
		screenshot(boardA, "host-board-undo");
		undo.click();
		assertThat(boardA.locator(".suggestion-card")).hasCount(1);
		assertThat(boardB.locator(".suggestion-card")).hasCount(1);
		assertThat(dsl.fetchValue(INTRODUCTION.STATUS)).isEqualTo("SUGGESTED");
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
