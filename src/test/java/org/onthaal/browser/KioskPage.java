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

	/** Through the new-family steps up to the last one, where "check in" waits. */
	void fillNewFamily(String nickname, List<String> languages, List<String> interests) {
		fillNewFamily(nickname, languages, interests, List.of());
	}

	/** {@code childTaps}: the ids of the age-band "+" buttons to tap, once per child. */
	void fillNewFamily(String nickname, List<String> languages, List<String> interests, List<String> childTaps) {
		page.locator("#kiosk-nickname input").fill(nickname);
		next();
		languages.forEach(code -> tap("kiosk-language-" + code));
		next();
		interests.forEach(code -> tap("kiosk-interest-" + code));
		next();
		childTaps.forEach(this::tap);
		next();
		// one answer to "open to meet?" goes on to the last step by itself
		tap("kiosk-meet-yes");
		waitFor("kiosk-confirm");
	}

	void next() {
		tap("kiosk-step-next");
	}

	void enterCode(String pictogram, String digits) {
		tap("kiosk-picture-" + pictogram);
		for (char digit : digits.toCharArray()) {
			tap("kiosk-key-" + digit);
		}
		// the fourth digit goes on by itself
	}

	void waitFor(String id) {
		assertThat(page.locator("#" + id)).isVisible();
	}

}
