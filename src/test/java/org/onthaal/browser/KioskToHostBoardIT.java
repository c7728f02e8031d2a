package org.onthaal.browser;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.onthaal.db.Tables.VISIT;

/**
 * The flow that matters end to end: a family checks in at the kiosk and the host board
 * that is already open shows it, without a reload. Prints the latency from the confirm
 * tap to the family on the board.
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
