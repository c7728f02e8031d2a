package org.onthaal.browser;

import java.util.List;

import com.microsoft.playwright.Keyboard;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.onthaal.checkin.CheckIn;
import org.onthaal.checkin.CheckInService;
import org.onthaal.checkin.VisitSource;
import org.onthaal.family.NewFamily;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The journeys a family makes, as taps and seconds (printed, never asserted: the machine
 * sets the seconds): a new family in Dutch, Arabic and Somali, a returning family by scan
 * and by code, and leaving. The scan is a real keyboard burst on the welcome screen, as a
 * USB scanner types it.
 */
class KioskJourneysIT extends BrowserTestBase {

	@Autowired
	private CheckInService checkIns;

	@Test
	void journeysInTapsAndSeconds() {
		CheckIn returning = checkIns.checkInNewFamily(locationId,
				new NewFamily("Kasia", List.of("pl"), List.of("music"), List.of("2-3"), true, false), true,
				VisitSource.KIOSK);
		checkIns.checkOut(locationId, returning.familyId());
		Page page = newKiosk(1280, 800);
		KioskPage kiosk = new KioskPage(page);
		page.navigate(url("kiosk"));
		kiosk.waitFor("kiosk-start");

		for (String language : List.of("nl", "ar", "so")) {
			long started = start(kiosk);
			kiosk.startIn(language, "new");
			kiosk.fillNewFamily("Reis " + language, List.of(language), List.of("music"),
					List.of("kiosk-children-2-3-more"));
			kiosk.tap("kiosk-confirm");
			kiosk.waitFor("kiosk-card-continue");
			kiosk.tap("kiosk-card-continue");
			kiosk.waitFor("kiosk-welcome");
			report("new family (" + language + "), nickname typed", kiosk, started);
			kiosk.tap("kiosk-next");
			kiosk.waitFor("kiosk-start");
		}

		long started = start(kiosk);
		page.keyboard().type(returning.card().token(), new Keyboard.TypeOptions().setDelay(5));
		page.keyboard().press("Enter");
		kiosk.waitFor("kiosk-returning-confirm");
		// the family's own language: Polish
		assertThat(page.locator("html")).hasAttribute("lang", "pl");
		kiosk.tap("kiosk-returning-confirm");
		kiosk.waitFor("kiosk-welcome");
		report("returning by scan (1 scan +)", kiosk, started);
		kiosk.tap("kiosk-next");
		kiosk.waitFor("kiosk-start");

		checkIns.checkOut(locationId, returning.familyId());
		started = start(kiosk);
		kiosk.tap("kiosk-attract-returning");
		kiosk.enterCode(returning.card().pictogram(), returning.card().digits());
		kiosk.waitFor("kiosk-returning-confirm");
		kiosk.tap("kiosk-returning-confirm");
		kiosk.waitFor("kiosk-welcome");
		report("returning by code", kiosk, started);
		kiosk.tap("kiosk-next");
		kiosk.waitFor("kiosk-start");

		started = start(kiosk);
		kiosk.tap("kiosk-attract-leave");
		kiosk.enterCode(returning.card().pictogram(), returning.card().digits());
		kiosk.waitFor("kiosk-goodbye");
		report("leaving by code", kiosk, started);
	}

	private static long start(KioskPage kiosk) {
		kiosk.resetTaps();
		return System.nanoTime();
	}

	private static void report(String journey, KioskPage kiosk, long started) {
		System.out.printf("JOURNEY %s: %d taps, %.1f s%n", journey, kiosk.taps(), (System.nanoTime() - started) / 1e9);
	}

}
