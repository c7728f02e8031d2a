package org.onthaal.browser;

import java.util.List;
import java.util.Set;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
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
			"office/reflection");

	@Test
	void everyScreenOpensForAManagerAndPassesAxe() {
		staff.create("test", "beheerder", STAFF_PASSWORD, "Mila Beheer", Set.of(Role.MANAGER), List.of(locationId),
				false);
		Page page = newDevice(1280, 900);
		signIn(page, "beheerder");
		// a manager lands in the back office after signing in
		assertThat(page.locator("#office-nav")).isVisible();
		for (String screen : SCREENS) {
			page.navigate(url(screen));
			assertThat(page.locator(".office-page")).isVisible();
			assertThat(page.locator("#office-nav")).isVisible();
			page.waitForLoadState();
			screenshot(page, screen.replace('/', '-'));
			Accessibility.assertNoSeriousViolations(page, screen);
		}
	}

	@Test
	void aHostSeesNoBackOfficeScreen() {
		createHost("gastvrouw");
		Page page = newDevice(1280, 900);
		signIn(page, "gastvrouw");
		assertThat(page.locator("#host-title")).isVisible();
		for (String screen : SCREENS) {
			page.navigate(url(screen));
			assertThat(page.locator("#office-nav")).hasCount(0);
			assertThat(page.locator(".office-page")).hasCount(0);
		}
	}

}
