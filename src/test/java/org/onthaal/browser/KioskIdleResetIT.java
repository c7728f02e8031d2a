package org.onthaal.browser;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A family walks away in the middle of the steps: the kiosk counts down where everyone
 * can see it, then starts over with nothing of the family left, on the screen or in the
 * tab's storage. The page's own timers run on Playwright's clock, so no test waits for a
 * real minute.
 */
class KioskIdleResetIT extends BrowserTestBase {

	@Test
	void theWarningCountsDownAndTheResetLeavesNothingOfTheFamily() {
		Page page = newKiosk(1280, 800);
		page.clock().install();
		KioskPage kiosk = new KioskPage(page);
		page.navigate(url("kiosk"));
		kiosk.startIn("ar", "new");
		page.locator("#kiosk-nickname input").fill("Zahra");
		kiosk.next();
		kiosk.tap("kiosk-language-so");
		kiosk.waitFor("kiosk-language-so");
		page.waitForFunction("() => (sessionStorage.getItem('onthaal.kiosk.draft') || '').includes('Zahra')");

		// 45 s without a touch: the page asks the server, which shows the warning
		page.clock().fastForward(46_000);
		assertThat(page.locator("#kiosk-idle-countdown")).hasText("15");
		page.clock().fastForward(5_000);
		assertThat(page.locator("#kiosk-idle-countdown")).hasText("10");
		screenshot(page, "kiosk-idle-countdown-ar");

		page.clock().fastForward(10_500);
		kiosk.waitFor("kiosk-start");
		assertThat(page.locator("html")).hasAttribute("lang", "nl");
		assertThat(page.locator("#kiosk-idle-countdown")).hasCount(0);
		String everything = (String) page.evaluate("() => document.documentElement.outerHTML");
		assertThat(everything).doesNotContain("Zahra");
		assertThat(page.evaluate("() => sessionStorage.getItem('onthaal.kiosk.draft')")).isNull();
		System.out.println(
				"IDLE RESET: countdown 15 → 10 → welcome in nl; no nickname in the page, nothing in sessionStorage");
	}

}
