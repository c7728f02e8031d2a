package org.onthaal.browser;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.SameSiteAttribute;
import org.junit.jupiter.api.Test;
import org.onthaal.kiosk.PairingCodeIssued;
import org.onthaal.kiosk.TestKiosks;
import org.onthaal.kiosk.ui.KioskCookie;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.onthaal.browser.Accessibility.assertNoSeriousViolations;
import static org.onthaal.db.Tables.VISIT;

/**
 * The flow that matters end to end: a family checks in at the kiosk and the host board
 * that is already open shows it, without a reload. Prints the latency from the confirm
 * tap to the family on the board. And the step before: a new kiosk is paired with the
 * code from the back office, stays paired across reloads, and stops when revoked.
 */
class KioskToHostBoardIT extends BrowserTestBase {

	private static final int CHECK_INS = 20;

	@Test
	void kioskCheckInsAppearOnTheOpenHostBoardWithoutReload() {
		createHost("gastvrouw");
		Page host = newDevice(1280, 800);
		signIn(host, "gastvrouw");
		host.navigate(url("host"));
		assertThat(host.locator("#host-empty")).isVisible();
		// survives only if the page is never reloaded
		host.evaluate("() => window.__sameDocument = true");

		KioskPage kioskPage = new KioskPage(newKiosk(1280, 800));
		Page kiosk = kioskPage.page();
		kiosk.navigate(url("kiosk"));

		List<Double> latenciesMillis = new ArrayList<>();
		for (int i = 1; i <= CHECK_INS; i++) {
			String nickname = "Gezin " + i;
			kioskPage.startIn("nl", "new");
			kioskPage.fillNewFamily(nickname, List.of("nl", i % 2 == 0 ? "ar" : "tr"), List.of("cooking"));
			if (i == 1) {
				screenshot(kiosk, "kiosk-new-family-nl");
			}
			long tapped = System.nanoTime();
			kiosk.locator("#kiosk-confirm").click();
			host.waitForFunction(
					"name => [...document.querySelectorAll('.family-nickname')].some(e => e.textContent === name)",
					nickname, new Page.WaitForFunctionOptions().setPollingInterval(5).setTimeout(10_000));
			latenciesMillis.add((System.nanoTime() - tapped) / 1_000_000.0);

			kioskPage.tap("kiosk-card-continue");
			assertThat(kiosk.locator("#kiosk-welcome")).containsText(nickname);
			kiosk.locator("#kiosk-next").click();
			kioskPage.waitFor("kiosk-start");
		}

		assertThat(host.locator(".family-card")).hasCount(CHECK_INS);
		assertThat(host.evaluate("() => window.__sameDocument === true")).isEqualTo(true);
		assertThat(dsl.fetchCount(VISIT, VISIT.CHECKED_OUT_AT.isNull())).isEqualTo(CHECK_INS);
		screenshot(host, "host-board");
		printLatencies(latenciesMillis);
	}

	@Test
	void aKioskPairedWithItsCodeChecksFamiliesInAndStaysPairedUntilRevoked() {
		PairingCodeIssued issued = TestKiosks.register(applicationContext, locationId, "Voordeur");
		Page kiosk = newDevice(1280, 800);
		kiosk.navigate(url("kiosk"));
		assertThat(kiosk.locator("#kiosk-pair-code")).isVisible();
		assertThat(kiosk.locator("#kiosk-start")).hasCount(0);
		screenshot(kiosk, "kiosk-pairing");
		assertNoSeriousViolations(kiosk, "pairing");

		String code = issued.code();
		kiosk.locator("#kiosk-pair-code input")
			.fill(code.substring(0, 4).toLowerCase(Locale.ROOT) + " " + code.substring(4));
		kiosk.locator("#kiosk-pair-submit").click();
		assertThat(kiosk.locator("#kiosk-start")).isVisible();
		Cookie cookie = kiosk.context()
			.cookies()
			.stream()
			.filter(c -> c.name.equals(KioskCookie.NAME))
			.findFirst()
			.orElseThrow();
		assertThat(cookie.httpOnly).isTrue();
		assertThat(cookie.sameSite).isEqualTo(SameSiteAttribute.STRICT);
		assertThat(cookie.expires).as("kept for a long time (browsers cap it at about 400 days)")
			.isGreaterThan(System.currentTimeMillis() / 1000.0 + 300 * 24 * 3600);

		kiosk.reload();
		KioskPage kioskPage = new KioskPage(kiosk);
		kioskPage.startIn("nl", "new");
		kioskPage.fillNewFamily("Ilse", List.of("nl"), List.of());
		kiosk.locator("#kiosk-confirm").click();
		assertThat(kiosk.locator("#kiosk-card-continue")).isVisible();
		assertThat(dsl.fetchValue(VISIT.KIOSK_DEVICE_ID)).isEqualTo(issued.deviceId());

		TestKiosks.revoke(applicationContext, issued.deviceId());
		kiosk.reload();
		assertThat(kiosk.locator("#kiosk-pair-code")).isVisible();
		assertThat(kiosk.locator("#kiosk-start")).hasCount(0);
	}

	private static void printLatencies(List<Double> latencies) {
		List<Double> sorted = new ArrayList<>(latencies);
		Collections.sort(sorted);
		double p50 = percentile(sorted, 50);
		double p95 = percentile(sorted, 95);
		System.out.printf("PUSH LATENCY kiosk confirm -> host board, n=%d: p50=%.0f ms, p95=%.0f ms, max=%.0f ms%n",
				sorted.size(), p50, p95, sorted.get(sorted.size() - 1));
	}

	private static double percentile(List<Double> sorted, int percent) {
		int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, index));
	}

}
