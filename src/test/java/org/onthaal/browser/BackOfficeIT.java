package org.onthaal.browser;

import java.util.List;
import java.util.Set;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.Test;
import org.onthaal.demo.DemoSeeds;
import org.onthaal.staff.Role;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Every back-office screen in a real browser, as a manager: it opens framed by the menu,
 * passes axe (WCAG 2.1 A/AA, no serious violations) and leaves a screenshot in
 * target/screenshots for the docs. A host who tries the same addresses is turned away.
 */
class BackOfficeIT extends BrowserTestBase {

	private static final List<String> SCREENS = List.of("office", "office/staff", "office/locations", "office/zones",
			"office/hours", "office/interests", "office/kiosks", "office/families", "office/audit", "office/insights",
			"office/reflection", "office/engine");

	@Test
	void everyScreenOpensForAManagerAndPassesAxe() {
		// the demo place: families, past visits, introductions, corners and snapshots, so
		// every screen (and its screenshot) shows a place in use
		long demoPlace = DemoSeeds.seed(applicationContext);
		staff.create("test", "beheerder", STAFF_PASSWORD, "Mila Beheer", Set.of(Role.MANAGER, Role.HOST),
				List.of(demoPlace), false);
		Page page = newDevice(1280, 900);
		signIn(page, "beheerder");
		// a manager lands in the back office after signing in
		assertThat(page.locator("#office-nav")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
		for (String screen : SCREENS) {
			page.navigate(url(screen));
			assertThat(page.locator(".office-page")).isVisible();
			assertThat(page.locator("#office-nav")).isVisible();
			page.waitForLoadState();
			if (screen.equals("office/insights")) {
				// charts are drawn off the UI thread and pushed when ready
				assertThat(page.locator("#insight-drawing"))
					.isHidden(new LocatorAssertions.IsHiddenOptions().setTimeout(30_000));
			}
			if (screen.equals("office/families")) {
				// a manager finds families by part of a nickname
				page.locator("#families-search input").fill("a");
				assertThat(page.locator("#families-grid")).isVisible();
			}
			// the back office scrolls inside its frame: grow the window to the whole page
			int height = ((Number) page.evaluate("() => document.querySelector('.office-page').scrollHeight + 80"))
				.intValue();
			page.setViewportSize(1280, Math.clamp(height, 900, 4000));
			screenshot(page, screen.replace('/', '-'));
			page.setViewportSize(1280, 900);
			Accessibility.assertNoSeriousViolations(page, screen);
		}
		// the host board with the corner count opened, as a manager who also hosts sees
		// it
		page.navigate(url("host"));
		page.locator("#occupancy").click();
		assertThat(page.locator("#occupancy-save")).isVisible();
		screenshot(page, "host-board-occupancy");
		Accessibility.assertNoSeriousViolations(page, "host board with corner count");
	}

	@Test
	void aHostSeesNoBackOfficeScreen() {
		createHost("gastvrouw");
		Page page = newDevice(1280, 900);
		signIn(page, "gastvrouw");
		// a host lands on the board (the first page of a cold server may take a while)
		assertThat(page.locator("#host-title")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
		for (String screen : SCREENS) {
			page.navigate(url(screen));
			assertThat(page.locator("#office-nav")).hasCount(0);
			assertThat(page.locator(".office-page")).hasCount(0);
		}
	}

}
