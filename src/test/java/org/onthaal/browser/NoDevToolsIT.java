package org.onthaal.browser;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app as the README starts it (development mode, no extra settings) shows no
 * development tools over the kiosk or the sign-in page: their popup once covered the
 * Español and Soomaali chips at 1280 px.
 */
class NoDevToolsIT extends BrowserTestBase {

	private static final String DEV_TOOLS = """
			() => [...document.querySelectorAll('*')].map(e => e.localName)
			    .filter(name => name.startsWith('vaadin-dev') || name.startsWith('copilot')).length
			""";

	@Test
	void kioskAndSignInShowNoDevelopmentTools() {
		Page kiosk = newKiosk(1280, 800);
		kiosk.navigate(url("kiosk"));
		assertThat(kiosk.locator("#kiosk-start")).isVisible();
		// the tools attach themselves once the page has loaded: wait for the load, then
		// look
		kiosk.waitForLoadState();
		kiosk.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients");
		screenshot(kiosk, "no-dev-tools-kiosk");
		assertThat(kiosk.evaluate(DEV_TOOLS)).as("dev tools on the kiosk").isEqualTo(0);

		Page signIn = newDevice(1280, 800);
		signIn.navigate(url("login"));
		assertThat(signIn.locator("#login-form")).isVisible();
		signIn.waitForLoadState();
		screenshot(signIn, "no-dev-tools-sign-in");
		assertThat(signIn.evaluate(DEV_TOOLS)).as("dev tools on the sign-in page").isEqualTo(0);
	}

}
