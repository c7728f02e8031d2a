package org.onthaal.browser;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.onthaal.db.Tables.FAMILY;

/**
 * Choosing Arabic mirrors the whole kiosk (dir=rtl) and a family can check in in Arabic.
 */
class KioskArabicIT extends BrowserTestBase {

	@Test
	void arabicMirrorsTheLayoutAndChecksIn() {
		Page kiosk = newDevice(1280, 800);
		kiosk.navigate(url("kiosk"));
		kiosk.locator("#screen-language-ar").click();

		assertThat(kiosk.locator("html")).hasAttribute("dir", "rtl");
		assertThat(kiosk.locator("html")).hasAttribute("lang", "ar");
		screenshot(kiosk, "kiosk-new-family-ar");

		kiosk.locator("#kiosk-nickname input").fill("مريم");
		kiosk.locator("#kiosk-language-ar").click();
		kiosk.locator("#kiosk-interest-music").click();
		kiosk.locator("#kiosk-meet-yes").click();
		kiosk.locator("#kiosk-confirm").click();

		assertThat(kiosk.locator("#kiosk-welcome")).containsText("مريم");
		screenshot(kiosk, "kiosk-welcome-ar");
		assertThat(dsl.fetchValue(FAMILY.NICKNAME)).isEqualTo("مريم");

		kiosk.locator("#screen-language-nl").click();
		assertThat(kiosk.locator("html")).hasAttribute("dir", "ltr");
	}

}
