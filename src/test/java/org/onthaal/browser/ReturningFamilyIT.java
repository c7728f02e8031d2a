package org.onthaal.browser;

import java.util.List;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.onthaal.checkin.CheckIn;
import org.onthaal.checkin.CheckInService;
import org.onthaal.checkin.VisitSource;
import org.onthaal.family.NewFamily;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.onthaal.browser.Accessibility.assertNoSeriousViolations;
import static org.onthaal.db.Tables.FAMILY;
import static org.onthaal.db.Tables.VISIT;

/**
 * A returning family checks in in Dutch with its picture and number, then leaves; counts
 * the taps.
 */
class ReturningFamilyIT extends BrowserTestBase {

	@Autowired
	private CheckInService checkIns;

	@Test
	void returningFamilyChecksInWithItsCodeAndLeavesAgain() {
		CheckIn first = checkIns.checkInNewFamily(locationId,
				new NewFamily("Sofie", List.of("nl", "en"), List.of("books"), List.of("0-1"), true, false), true,
				VisitSource.KIOSK);
		checkIns.checkOut(locationId, first.familyId());
		var family = dsl.selectFrom(FAMILY).fetchSingle();

		KioskPage kiosk = new KioskPage(newKiosk(800, 1280));
		Page page = kiosk.page();
		page.navigate(url("kiosk"));
		kiosk.startIn("nl", "card");
		kiosk.waitFor("kiosk-scan");
		screenshot(page, "kiosk-5-identify-nl-portrait");
		assertNoSeriousViolations(page, "identify (nl)");

		kiosk.enterCode(family.getCardPictogram(), family.getCardDigits());
		assertThat(page.locator("#kiosk-returning-title")).containsText("Sofie");
		screenshot(page, "kiosk-6-returning-nl-portrait");
		assertNoSeriousViolations(page, "returning family (nl)");

		kiosk.resetTaps();
		kiosk.tap("kiosk-returning-confirm");
		assertThat(page.locator("#kiosk-welcome")).containsText("Sofie");
		System.out.printf("RETURNING FAMILY: %d tap(s) after identification when nothing changed%n", kiosk.taps());
		assertThat(kiosk.taps()).isEqualTo(1);
		assertThat(dsl.fetchCount(VISIT, VISIT.CHECKED_OUT_AT.isNull())).isEqualTo(1);

		page.locator("#kiosk-next").click();
		kiosk.startIn("nl", "leave");
		kiosk.enterCode(family.getCardPictogram(), family.getCardDigits());
		assertThat(page.locator("#kiosk-goodbye")).containsText("Sofie");
		screenshot(page, "kiosk-7-goodbye-nl-portrait");
		assertNoSeriousViolations(page, "goodbye (nl)");
		assertThat(dsl.fetchCount(VISIT, VISIT.CHECKED_OUT_AT.isNull())).isZero();
	}

}
