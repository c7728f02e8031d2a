package org.onthaal.browser;

import java.util.List;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.onthaal.browser.Accessibility.assertNoSeriousViolations;
import static org.onthaal.db.Tables.FAMILY;
import static org.onthaal.db.Tables.VISIT;

/**
 * A new family checks in entirely in Arabic: the whole kiosk mirrors (dir=rtl), every
 * screen passes axe-core, and each screen is photographed. Prints how long the scripted
 * check-in took.
 */
class KioskArabicIT extends BrowserTestBase {

	@Test
	void newFamilyChecksInInArabicRightToLeftOnAccessibleScreens() {
		KioskPage kiosk = new KioskPage(newKiosk(1280, 800));
		Page page = kiosk.page();
		page.navigate(url("kiosk"));
		kiosk.waitFor("kiosk-start");
		screenshot(page, "kiosk-1-welcome");
		assertNoSeriousViolations(page, "welcome");

		long started = System.nanoTime();
		kiosk.tap("kiosk-start");
		kiosk.waitFor("kiosk-choose-ar");
		screenshot(page, "kiosk-2-language");
		assertNoSeriousViolations(page, "language");
		kiosk.tap("kiosk-choose-ar");

		assertThat(page.locator("html")).hasAttribute("dir", "rtl");
		assertThat(page.locator("html")).hasAttribute("lang", "ar");
		kiosk.waitFor("kiosk-choice-new");
		screenshot(page, "kiosk-3-choice-ar");
		assertNoSeriousViolations(page, "choice (ar)");
		kiosk.tap("kiosk-choice-new");

		kiosk.waitFor("kiosk-nickname");
		kiosk.fillNewFamily("مريم", List.of("ar", "fr"), List.of("music", "cooking"),
				List.of("kiosk-children-2-3-more"));
		screenshot(page, "kiosk-new-family-ar");
		assertNoSeriousViolations(page, "new family (ar)");
		kiosk.tap("kiosk-confirm");

		kiosk.waitFor("kiosk-card-qr");
		screenshot(page, "kiosk-4-card-ar");
		assertNoSeriousViolations(page, "family card (ar)");
		kiosk.tap("kiosk-card-continue");

		assertThat(page.locator("#kiosk-welcome")).containsText("مريم");
		double seconds = (System.nanoTime() - started) / 1e9;
		screenshot(page, "kiosk-welcome-ar");
		assertNoSeriousViolations(page, "welcome back (ar)");
		System.out.printf("NEW FAMILY CHECK-IN (scripted, Arabic, %d taps + typing): %.1f s%n", kiosk.taps(), seconds);

		assertThat(dsl.fetchValue(FAMILY.NICKNAME)).isEqualTo("مريم");
		assertThat(dsl.fetchCount(VISIT, VISIT.CHECKED_OUT_AT.isNull())).isEqualTo(1);

		// after the welcome the kiosk starts over, in its own language and direction
		page.locator("#kiosk-next").click();
		kiosk.waitFor("kiosk-start");
		assertThat(page.locator("html")).hasAttribute("dir", "ltr");
	}

}
