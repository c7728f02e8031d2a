package org.onthaal.browser;

import java.util.List;
import java.util.Set;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.onthaal.staff.Role;

import org.springframework.test.context.TestPropertySource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A back-office tab left alone signs its user out; the host board, a wall screen, stays.
 * The idle time is shortened to 4 seconds here (30 minutes in real use).
 */
@TestPropertySource(properties = "onthaal.office.idle-timeout=4s")
class BackOfficeIdleIT extends BrowserTestBase {

	@Test
	void anIdleBackOfficeTabSignsOutWhileTheHostBoardStaysOpen() {
		staff.create("test", "beheerder", STAFF_PASSWORD, "Mila Beheer", Set.of(Role.MANAGER), List.of(locationId),
				false);
		createHost("gastvrouw");
		Page board = newDevice(1280, 900);
		signIn(board, "gastvrouw");
		assertThat(board.locator("#host-title")).isVisible();
		Page office = newDevice(1280, 900);
		signIn(office, "beheerder");
		assertThat(office.locator("#office-nav")).isVisible();

		// activity restarts the count: clicking around for longer than the idle time
		// keeps the session
		for (int i = 0; i < 3; i++) {
			office.waitForTimeout(2_000);
			office.locator(".office-page h1").click();
		}
		assertThat(office.locator("#office-nav")).isVisible();

		office.waitForURL(url -> url.contains("/login"), new Page.WaitForURLOptions().setTimeout(15_000));
		office.navigate(url("office"));
		assertThat(office.locator("#login-form")).isVisible();

		board.waitForTimeout(1_000);
		assertThat(board.locator("#host-title")).isVisible();
		board.reload();
		assertThat(board.locator("#host-title")).isVisible();
	}

}
