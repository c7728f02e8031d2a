package org.onthaal.browser;

import java.util.List;
import java.util.Set;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.Test;
import org.onthaal.staff.Role;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A back-office tab left alone for 30 minutes signs its user out; the host board, a wall
 * screen, stays. The browser's clock is fast-forwarded (Playwright's fake clock), so the
 * real setting is tested without waiting half an hour.
 */
class BackOfficeIdleIT extends BrowserTestBase {

	private static final LocatorAssertions.IsVisibleOptions COLD_START = new LocatorAssertions.IsVisibleOptions()
		.setTimeout(30_000);

	@Test
	void anIdleBackOfficeTabSignsOutWhileTheHostBoardStaysOpen() {
		staff.create("test", "beheerder", STAFF_PASSWORD, "Mila Beheer", Set.of(Role.MANAGER), List.of(locationId),
				false);
		createHost("gastvrouw");
		Page board = newDevice(1280, 900);
		board.clock().install();
		signIn(board, "gastvrouw");
		assertThat(board.locator("#host-title")).isVisible(COLD_START);
		Page office = newDevice(1280, 900);
		office.clock().install();
		signIn(office, "beheerder");
		assertThat(office.locator("#office-nav")).isVisible(COLD_START);

		// activity restarts the count: 29 quiet minutes twice, with a tap in between
		office.clock().fastForward("29:00");
		office.locator(".office-page h1").click();
		office.clock().fastForward("29:00");
		office.locator(".office-page h1").click();
		assertThat(office.locator("#office-nav")).isVisible();

		// then 31 quiet minutes: signed out, and the back office asks to sign in again
		office.clock().fastForward("31:00");
		office.waitForURL(url -> url.contains("/login"), new Page.WaitForURLOptions().setTimeout(15_000));
		office.navigate(url("office"));
		assertThat(office.locator("#login-form")).isVisible();

		// the board has no idle limit
		board.clock().fastForward("45:00");
		assertThat(board.locator("#host-title")).isVisible();
		board.reload();
		assertThat(board.locator("#host-title")).isVisible(COLD_START);
	}

}
