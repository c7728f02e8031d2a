package org.onthaal.browser;

import java.util.List;

import com.microsoft.playwright.Page;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The kiosk as a family uses it, by the ids the screens set. Counts the taps it makes.
 */
class KioskPage {

	private final Page page;

	private int taps;

	KioskPage(Page page) {
		this.page = page;
	}

	Page page() {
		return page;
	}

	int taps() {
		return taps;
	}

	void resetTaps() {
		taps = 0;
	}

	void tap(String id) {
		page.locator("#" + id).click();
		taps++;
	}

	void startIn(String language, String choice) {
		tap("kiosk-start");
		tap("kiosk-choose-" + language);
		tap("kiosk-choice-" + choice);
	}

	void fillNewFamily(String nickname, List<String> languages, List<String> interests) {
		page.locator("#kiosk-nickname input").fill(nickname);
		languages.forEach(code -> tap("kiosk-language-" + code));
		interests.forEach(code -> tap("kiosk-interest-" + code));
		tap("kiosk-meet-yes");
	}

	void enterCode(String pictogram, String digits) {
		tap("kiosk-picture-" + pictogram);
		for (char digit : digits.toCharArray()) {
			tap("kiosk-key-" + digit);
		}
		tap("kiosk-identify-ok");
	}

	void waitFor(String id) {
		assertThat(page.locator("#" + id)).isVisible();
	}

}
