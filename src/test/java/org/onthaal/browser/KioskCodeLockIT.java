package org.onthaal.browser;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Five wrong codes in a real browser: the code screen says "ask the host" with a clock
 * that counts down by itself, the scan field stays.
 */
class KioskCodeLockIT extends BrowserTestBase {

	@Test
	void fiveWrongCodesShowACountdownThatTicksInTheBrowser() {
		KioskPage kiosk = new KioskPage(newKiosk(1280, 800));
		Page page = kiosk.page();
		page.navigate(url("kiosk"));
		// the first page of a fresh test run may take a while on a busy machine
		assertThat(page.locator("#kiosk-start"))
			.isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
		kiosk.startIn("ar", "card");
		for (int i = 0; i < 5; i++) {
			kiosk.enterCode("BELL", "0000");
		}

		kiosk.waitFor("kiosk-code-locked");
		assertThat(page.locator("#kiosk-code-locked-countdown")).hasText(Pattern.compile("00:(30|29|28)"));
		assertThat(page.locator("#kiosk-code-locked-countdown")).not()
			.hasText("00:30", new LocatorAssertions.HasTextOptions().setTimeout(5_000));
		assertThat(page.locator("#kiosk-scan")).isVisible();
		assertThat(page.locator("#kiosk-key-1")).isHidden();
		screenshot(page, "kiosk-code-locked-ar");

		// the host at the coffee machine sees it on the tablet and gives the keypad back
		createHost("gastvrouw");
		Page host = newDevice(1024, 768);
		signIn(host, "gastvrouw");
		host.navigate(url("host"));
		Locator unlock = host.locator("#host-code-locks vaadin-button");
		assertThat(unlock).isVisible();
		assertThat(unlock).isInViewport();
		Accessibility.assertNoViolations(host, "host board with a locked kiosk");
		screenshot(host, "host-board-code-lock");
		// and on a phone the notice wraps: its button whole on screen, nothing to scroll
		Page phone = newDevice(390, 844);
		signIn(phone, "gastvrouw");
		phone.navigate(url("host"));
		assertThat(phone.locator("#host-code-locks vaadin-button"))
			.isInViewport(new LocatorAssertions.IsInViewportOptions().setRatio(1));
		org.assertj.core.api.Assertions
			.assertThat(phone.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
			.as("no sideways scrolling on the phone")
			.isEqualTo(true);
		screenshot(phone, "host-board-code-lock-phone");
		unlock.click();
		assertThat(page.locator("#kiosk-key-1")).isVisible();
		assertThat(host.locator("#host-code-locks")).isHidden();
	}

}
