package org.onthaal.browser;

import java.util.List;
import java.util.Set;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.Test;
import org.onthaal.base.security.SecurityHeaders;
import org.onthaal.demo.DemoSeeds;
import org.onthaal.staff.Role;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Content-Security-Policy in real Chromium: the kiosk (through check-in to the card
 * with its QR image, and the speaker button), the host board receiving that family over
 * push, and the back office's charts all work, and the browser refuses nothing (the base
 * class fails any browser test whose pages report a violation). And that check is not
 * blind: something the policy forbids is reported.
 */
class ContentSecurityPolicyIT extends BrowserTestBase {

	@Test
	void kioskHostBoardAndBackOfficeWorkUnderThePolicy() {
		createHost("gastvrouw");
		Page host = newDevice(1280, 800);
		signIn(host, "gastvrouw");
		assertPolicy(host.navigate(url("host")));
		// the first page of a cold server may take a while
		assertThat(host.locator("#host-empty")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));

		KioskPage kioskPage = new KioskPage(newKiosk(1280, 800));
		Page kiosk = kioskPage.page();
		assertPolicy(kiosk.navigate(url("kiosk")));
		kioskPage.startIn("nl", "new");
		kiosk.locator(".speak-button").first().click();
		kioskPage.fillNewFamily("Gezin Veilig", List.of("nl", "ar"), List.of("cooking"));
		kiosk.locator("#kiosk-confirm").click();
		// the card's QR code is a data: SVG image
		assertLoaded(kiosk.locator("#kiosk-card-qr"));
		// Flow's executeJs and push: the board shows the family without a reload
		assertThat(host.locator(".family-nickname")).hasText("Gezin Veilig");
		kioskPage.tap("kiosk-card-continue");
		assertThat(kiosk.locator("#kiosk-welcome")).containsText("Gezin Veilig");

		long demoPlace = DemoSeeds.seed(applicationContext);
		staff.create("test", "beheerder", STAFF_PASSWORD, "Mila Beheer", Set.of(Role.MANAGER), List.of(demoPlace),
				false);
		Page office = newDevice(1280, 900);
		signIn(office, "beheerder");
		assertPolicy(office.navigate(url("office/insights")));
		assertThat(office.locator("#insight-drawing"))
			.isHidden(new LocatorAssertions.IsHiddenOptions().setTimeout(30_000));
		// the charts are data: SVG images too
		assertLoaded(office.locator("img.insight-chart").first());
	}

	@Test
	void whatThePolicyForbidsIsReported() {
		Page kiosk = newKiosk(1280, 800);
		kiosk.navigate(url("kiosk"));
		assertThat(kiosk.locator("#kiosk-start")).isVisible();

		// an image from another site: img-src allows only this origin and data:
		kiosk.evaluate("() => { const img = new Image(); img.src = 'https://elsewhere.invalid/pixel.png'; "
				+ "document.body.append(img); }");

		kiosk.waitForCondition(() -> !policyViolations().isEmpty());
		// Chromium may report the same refusal more than once: none may arrive after the
		// test took them
		kiosk.close();
		assertThat(takePolicyViolations()).isNotEmpty()
			.allSatisfy(violation -> assertThat(violation).contains("img-src", "elsewhere.invalid"));
	}

	private static void assertPolicy(Response response) {
		assertThat(response.headerValue("content-security-policy")).isEqualTo(SecurityHeaders.CONTENT_SECURITY_POLICY);
	}

	private static void assertLoaded(Locator image) {
		assertThat(image).isVisible();
		image.page().waitForCondition(() -> ((Number) image.evaluate("img => img.naturalWidth")).intValue() > 0);
	}

}
