package org.onthaal.browser;

import java.util.List;
import java.util.Set;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.Test;
import org.onthaal.demo.DemoSeeds;
import org.onthaal.staff.Role;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.onthaal.db.Tables.ENGINE_WEIGHTS;
import static org.onthaal.db.Tables.STAFF_USER;

/**
 * The engine's weights as a manager at the office's 1280 x 800 sees them, on the demo
 * place (four weeks of visits and introductions): the preview's figures beside the
 * controls, a refused value with its message, nothing sideways, every button 48 px, axe
 * clean. In Dutch, and for a manager whose language is Arabic (the back office is written
 * in Dutch, French and English, so English).
 */
class EngineTuningIT extends BrowserTestBase {

	@Test
	void aManagerPreviewsAndIsToldWhatCannotBeSaved() {
		long demoPlace = DemoSeeds.seed(applicationContext);
		for (String language : List.of("nl", "ar")) {
			String manager = "beheer-" + language;
			staff.create("test", manager, STAFF_PASSWORD, "Mila " + language, Set.of(Role.MANAGER), List.of(demoPlace),
					false);
			dsl.update(STAFF_USER)
				.set(STAFF_USER.UI_LANGUAGE, language)
				.where(STAFF_USER.USERNAME.eq(manager))
				.execute();
			Page page = newDevice(1280, 800);
			signIn(page, manager);
			openScreen(page, "office/engine", "#tuning-bridge");

			page.locator("#tuning-bridge input").fill("5");
			page.locator("#tuning-preview").click();
			assertThat(page.locator("#tuning-table"))
				.isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
			assertThat(page.locator("#tuning-result-what")).containsText(language.equals("nl") ? "Bezoeken" : "Visits");
			assertFitsSideways(page);
			for (String button : List.of("#tuning-preview", "#tuning-save", "#tuning-restore")) {
				assertInViewAndBigEnough(page.locator(button));
			}
			// as the manager sees it from the top: the title, the first controls, the
			// figures
			page.locator(".tuning-page h1").scrollIntoViewIfNeeded();
			screenshot(page, "office-engine-preview-" + language);
			Accessibility.assertNoSeriousViolations(page, "office/engine preview " + language);

			page.locator("#tuning-bridge input").fill("11");
			page.locator("#tuning-save").click();
			assertThat(page.locator("#tuning-error")).isVisible();
			assertThat(page.locator("#tuning-bridge")).hasAttribute("invalid", "");
			assertThat(page.locator("#tuning-bridge")).containsText(language.equals("nl") ? "0 tot 10" : "0 to 10");
			org.assertj.core.api.Assertions.assertThat(dsl.fetchCount(ENGINE_WEIGHTS)).isZero();
			page.locator("#tuning-bridge").scrollIntoViewIfNeeded();
			screenshot(page, "office-engine-refused-" + language);
			Accessibility.assertNoSeriousViolations(page, "office/engine refused " + language);
		}
	}

	private static void assertFitsSideways(Page page) {
		Object sideways = page.evaluate("() => [...document.querySelectorAll('.office-page, .office-page *')]"
				+ ".filter(e => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'visible'"
				+ " && getComputedStyle(e).overflowX !== 'hidden').map(e => e.id || e.className).slice(0, 5)");
		org.assertj.core.api.Assertions.assertThat((List<?>) sideways).as("elements that scroll sideways").isEmpty();
		Number pageWidth = (Number) page.evaluate("() => document.querySelector('.office-page').scrollWidth");
		org.assertj.core.api.Assertions.assertThat(pageWidth.intValue()).isLessThanOrEqualTo(1280);
	}

	private static void assertInViewAndBigEnough(Locator button) {
		var box = button.boundingBox();
		org.assertj.core.api.Assertions.assertThat(box.height).as("height of %s", button).isGreaterThanOrEqualTo(48);
		org.assertj.core.api.Assertions.assertThat(box.width).as("width of %s", button).isGreaterThanOrEqualTo(48);
		org.assertj.core.api.Assertions.assertThat(box.y + box.height)
			.as("bottom of %s", button)
			.isLessThanOrEqualTo(800);
	}

}
