package org.onthaal.browser;

import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.Test;
import org.onthaal.checkin.CheckIn;
import org.onthaal.checkin.CheckInService;
import org.onthaal.checkin.VisitSource;
import org.onthaal.family.NewFamily;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.onthaal.browser.Accessibility.assertNoSeriousViolations;
import static org.onthaal.db.Tables.VISIT;

/**
 * Check-out and the newcomer alert on a real host board (Chromium): the buttons are big
 * enough, ask first and the board follows; the chime plays only with the alert on, only
 * for a new family arriving while the board is open, and the setting survives a reload.
 */
class HostCheckOutIT extends BrowserTestBase {

	/**
	 * Counts the chime's tones (oscillators started) and the buzzes, instead of making
	 * sound: the real AudioContext, with its oscillators counted.
	 */
	private static final String COUNT_CHIMES = """
			window.__tones = 0;
			window.__buzzes = [];
			if (window.AudioContext) {
			  const Real = window.AudioContext;
			  window.AudioContext = class extends Real {
			    createOscillator() {
			      const oscillator = super.createOscillator();
			      const start = oscillator.start.bind(oscillator);
			      oscillator.start = (...args) => { window.__tones++; return start(...args); };
			      return oscillator;
			    }
			  };
			}
			Object.defineProperty(navigator, 'vibrate', { configurable: true,
			    value: pattern => { window.__buzzes.push(JSON.stringify(pattern)); return true; } });
			""";

	/** One chime: two tones and one buzz. */
	private static final int TONES_PER_CHIME = 2;

	@Autowired
	private CheckInService checkIns;

	@Test
	void theNewcomerAlertChimesOnlyWhenOnAndForANewFamilyAndSurvivesAReload() {
		createHost("gastvrouw");
		CheckIn marie = checkIn("Marie");
		checkIns.checkOut(locationId, marie.familyId());
		Page board = newDevice(1280, 800);
		board.addInitScript(COUNT_CHIMES);
		signIn(board, "gastvrouw");
		board.navigate(url("host"));
		Locator toggle = board.locator("#host-newcomer-alert");
		assertThat(toggle).hasAttribute("aria-pressed", "false");
		assertAtLeast48(toggle, "newcomer alert toggle");

		checkIn("Elif");
		assertThat(board.locator(".family-nickname")).hasText(new String[] { "Elif" });
		assertThat(tones(board)).as("off by default: nothing plays").isZero();

		toggle.click();
		assertThat(toggle).hasAttribute("aria-pressed", "true");
		board.waitForFunction("() => window.__tones === " + TONES_PER_CHIME);
		assertThat(buzzes(board)).as("turning it on plays it once").containsExactly("[80]");

		checkIn("Youssef");
		assertThat(board.locator(".family-nickname")).hasCount(2);
		board.waitForFunction("() => window.__tones === " + 2 * TONES_PER_CHIME);
		assertThat(buzzes(board)).hasSize(2);
		screenshot(board, "host-board-newcomer-alert-on");

		board.reload();
		assertThat(board.locator(".family-nickname")).hasCount(2);
		assertThat(toggle).hasAttribute("aria-pressed", "true");
		checkIns.checkInReturning(locationId, marie.familyId(), 1, 0, true, null, VisitSource.KIOSK);
		assertThat(board.locator(".family-nickname")).hasCount(3);
		assertThat(tones(board)).as("nothing for the families shown on opening, nor for a returning family").isZero();

		toggle.click();
		assertThat(toggle).hasAttribute("aria-pressed", "false");
		checkIn("Olena");
		assertThat(board.locator(".family-nickname")).hasCount(4);
		assertThat(tones(board)).as("off again").isZero();
		assertThat(buzzes(board)).isEmpty();
		board.reload();
		assertThat(board.locator("#host-newcomer-alert")).hasAttribute("aria-pressed", "false");
	}

	@Test
	void aFamilyOrEveryoneIsCheckedOutAfterAYes() {
		createHost("gastheer");
		CheckIn elif = checkIn("Elif");
		checkIn("Ahmet");
		checkIn("Olena");
		Page board = newDevice(1280, 800);
		signIn(board, "gastheer");
		board.navigate(url("host"));
		assertThat(board.locator(".family-nickname")).hasCount(3);

		// a row opens on a tap; checking out is among its details
		Locator row = board.locator("#family-" + elif.familyId());
		row.locator(".family-row").click();
		assertThat(row).hasAttribute("opened", "");
		Locator checkOut = board.locator("#check-out-" + elif.familyId());
		assertAtLeast48(checkOut, "check-out button");
		checkOut.click();
		assertThat(board.locator("vaadin-dialog-overlay, vaadin-dialog").getByText(text("host.checkOut.title", "Elif")))
			.isVisible();
		assertAtLeast48(board.locator("#check-out-dialog-yes"), "yes");
		assertAtLeast48(board.locator("#check-out-dialog-no"), "no");
		screenshot(board, "host-board-check-out-dialog");
		assertNoSeriousViolations(board, "host board check-out question");
		board.locator("#check-out-dialog-yes").click();
		assertThat(board.locator(".family-nickname")).hasCount(2);
		assertThat(board.locator("#family-" + elif.familyId())).hasCount(0);

		Locator everyoneOut = board.locator("#host-everyone-out");
		assertAtLeast48(everyoneOut, "everyone out");
		everyoneOut.click();
		assertThat(board.locator("vaadin-dialog-overlay, vaadin-dialog").getByText(text("host.everyoneOut.text", 2)))
			.isVisible();
		screenshot(board, "host-board-everyone-out-dialog");
		board.locator("#everyone-out-dialog-yes").click();
		assertThat(board.locator(".family-nickname")).hasCount(0);
		assertThat(board.locator("#host-empty")).isVisible();
		assertThat(board.getByText(text("host.everyoneOut.done", 2))).isVisible();
		assertThat(board.locator("#everyone-out-dialog-yes")).isHidden();
		screenshot(board, "host-board-after-everyone-out");
		assertThat(dsl.fetchCount(VISIT, VISIT.CHECKED_OUT_AT.isNull())).isZero();
	}

	private CheckIn checkIn(String nickname) {
		return checkIns.checkInNewFamily(locationId,
				new NewFamily(nickname, List.of("nl"), List.of(), List.of(), true, false), true, VisitSource.KIOSK);
	}

	/** The board's language: the host's, Dutch for a new account. */
	private String text(String key, Object... arguments) {
		return applicationContext.getBean(org.onthaal.base.i18n.Translations.class)
			.getTranslation(key, java.util.Locale.forLanguageTag("nl"), arguments);
	}

	private static int tones(Page board) {
		return ((Number) board.evaluate("() => window.__tones")).intValue();
	}

	@SuppressWarnings("unchecked")
	private static List<String> buzzes(Page board) {
		return (List<String>) board.evaluate("() => window.__buzzes");
	}

	private static void assertAtLeast48(Locator target, String what) {
		target.waitFor();
		// a dialog grows into place: measure once its opening animation is over (seen at
		// 45.6 px mid-way)
		awaitAnimationsDone(target.page());
		BoundingBox box = target.boundingBox();
		System.out.printf("SIZE %s: %.0f x %.0f px%n", what, box.width, box.height);
		assertThat(box.width).as(what + " width").isGreaterThanOrEqualTo(48);
		assertThat(box.height).as(what + " height").isGreaterThanOrEqualTo(48);
	}

}
