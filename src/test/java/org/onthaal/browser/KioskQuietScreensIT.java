package org.onthaal.browser;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.onthaal.space.OpeningHoursRepository;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.onthaal.browser.Accessibility.assertNoSeriousViolations;

/**
 * The screens nobody taps through on purpose: closed, "are you still there?", and reading
 * aloud.
 */
class KioskQuietScreensIT extends BrowserTestBase {

	/**
	 * Records what would be spoken, so the test does not depend on the machine having
	 * voices.
	 */
	private static final String FAKE_SPEECH = """
			window.__spoken = [];
			window.SpeechSynthesisUtterance = function (text) { this.text = text; this.lang = ''; };
			Object.defineProperty(window, 'speechSynthesis', { value: {
			  getVoices: () => [], cancel: () => {}, speak: u => window.__spoken.push({ text: u.text, lang: u.lang })
			}});
			""";

	@Autowired
	private OpeningHoursRepository hours;

	@Test
	void closedScreenSaysWhenThePlaceOpensAgain() {
		// the kiosk reads the app's clock: a Tuesday afternoon, whenever the test runs
		LocalDate today = LocalDate.of(2026, 12, 1);
		clock.setTo(today.atTime(15, 0).atZone(ZoneId.of("Europe/Brussels")).toInstant());
		for (DayOfWeek day : DayOfWeek.values()) {
			hours.addWeeklySlot(locationId, day, LocalTime.of(9, 0), LocalTime.of(12, 0));
		}
		hours.addException(locationId, today, today.plusDays(1), null, null, "Opendeurdag elders");

		Page page = newKiosk(1280, 800);
		page.navigate(url("kiosk"));
		assertThat(page.locator("#kiosk-closed-next")).containsText("09:00");
		page.locator("#screen-language-fr").click();
		assertThat(page.locator("#kiosk-closed-next")).containsText("Nous");
		screenshot(page, "kiosk-0-closed-fr");
		assertNoSeriousViolations(page, "closed (fr)");
	}

	@Test
	void idleWarningOffersMoreTime() {
		KioskPage kiosk = new KioskPage(newKiosk(1280, 800));
		Page page = kiosk.page();
		page.navigate(url("kiosk"));
		kiosk.startIn("nl", "new");
		page.locator("#kiosk-nickname input").fill("Bijna");

		// what the 45-second timer in the page does
		page.evaluate("() => document.getElementById('kiosk-idle-watch').$server.idle()");
		assertThat(page.locator("#kiosk-idle-more")).isVisible();
		screenshot(page, "kiosk-8-idle-nl");
		assertNoSeriousViolations(page, "idle warning (nl)");
		page.locator("#kiosk-idle-more").click();

		assertThat(page.locator("#kiosk-idle-more")).isHidden();
		assertThat(page.locator("#kiosk-nickname input")).hasValue("Bijna");
	}

	@Test
	void speakerReadsThePromptInTheScreenLanguage() {
		Page page = newKiosk(1280, 800);
		page.addInitScript(FAKE_SPEECH);
		KioskPage kiosk = new KioskPage(page);
		page.navigate(url("kiosk"));
		kiosk.startIn("ar", "card");

		page.locator("#kiosk-identify-title-speak").click();
		page.waitForFunction("() => window.__spoken.length > 0");
		assertThat(page.evaluate("() => window.__spoken[0].lang")).isEqualTo("ar");
		assertThat(page.evaluate("() => window.__spoken[0].text"))
			.isEqualTo(page.locator("#kiosk-identify-title").textContent());
	}

}
