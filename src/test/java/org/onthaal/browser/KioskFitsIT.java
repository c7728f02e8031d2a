package org.onthaal.browser;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.onthaal.checkin.CheckIn;
import org.onthaal.checkin.CheckInService;
import org.onthaal.checkin.VisitSource;
import org.onthaal.family.FamilyCard;
import org.onthaal.family.NewFamily;
import org.onthaal.space.OpeningHoursRepository;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kiosk screen, in landscape and portrait, small and large, in Dutch and Arabic:
 * nothing scrolls, no button lies outside the screen, and axe-core finds no WCAG 2.2 AA
 * violation. A screenshot of each goes to target/screenshots/fit-*.
 */
class KioskFitsIT extends BrowserTestBase {

	private record Viewport(int width, int height) {

		String label() {
			return width + "x" + height;
		}

	}

	private static final List<Viewport> VIEWPORTS = List.of(new Viewport(1280, 800), new Viewport(800, 1280),
			new Viewport(1920, 1080), new Viewport(1080, 1920));

	/** What does not fit: the document scrolls, or a visible control lies off screen. */
	private static final String MISFITS = """
			() => {
			  const out = [];
			  const d = document.documentElement;
			  if (d.scrollHeight > innerHeight) out.push('page scrolls down: ' + d.scrollHeight + ' > ' + innerHeight);
			  if (d.scrollWidth > innerWidth) out.push('page scrolls sideways: ' + d.scrollWidth + ' > ' + innerWidth);
			  for (const e of document.querySelectorAll('vaadin-button, button, vaadin-text-field, vaadin-combo-box, vaadin-details-summary')) {
			    if (e.closest('copilot-main, vaadin-dev-tools')) continue;
			    const r = e.getBoundingClientRect();
			    if (r.width === 0 || r.height === 0 || getComputedStyle(e).visibility === 'hidden') continue;
			    if (r.top < -0.5 || r.left < -0.5 || r.bottom > innerHeight + 0.5 || r.right > innerWidth + 0.5) {
			      out.push((e.id || e.localName) + ' outside the screen at ' + Math.round(r.left) + ',' + Math.round(r.top)
			          + ' ' + Math.round(r.width) + 'x' + Math.round(r.height));
			    }
			    if (r.height < 47.5 || r.width < 47.5) out.push((e.id || e.localName) + ' smaller than 48 px: '
			        + Math.round(r.width) + 'x' + Math.round(r.height));
			  }
			  return out;
			}
			""";

	@Autowired
	private CheckInService checkIns;

	@Autowired
	private OpeningHoursRepository hours;

	private final List<String> misfits = new ArrayList<>();

	private int screens;

	@Test
	void everyKioskScreenFitsWithoutScrollingInFourViewportsInDutchAndArabic() {
		long started = System.nanoTime();
		CheckIn returning = checkIns.checkInNewFamily(locationId,
				new NewFamily("Kasia", List.of("pl", "nl"), List.of("music", "cooking"), List.of("2-3"), true, false),
				true, VisitSource.KIOSK);
		checkIns.checkOut(locationId, returning.familyId());
		FamilyCard card = returning.card();
		String wrong = card.digits().equals("1111") ? "2222" : "1111";

		List<Page> kiosks = new ArrayList<>();
		List<Page> unpaired = new ArrayList<>();
		int family = 0;
		for (Viewport viewport : VIEWPORTS) {
			Page page = newKiosk(viewport.width(), viewport.height());
			kiosks.add(page);
			unpaired.add(newDevice(viewport.width(), viewport.height()));
			KioskPage kiosk = new KioskPage(page);
			page.navigate(url("kiosk"));
			for (String language : List.of("nl", "ar")) {
				String at = viewport.label() + "-" + language;
				kiosk.waitFor("kiosk-start");
				check(page, at, "01-welcome");
				kiosk.tap("kiosk-start");
				kiosk.waitFor("kiosk-choose-nl");
				check(page, at, "02-language");
				kiosk.tap("kiosk-choose-" + language);
				kiosk.waitFor("kiosk-choice-new");
				assertThat(page.locator("html")).hasAttribute("lang", language);
				check(page, at, "03-choice");

				page.evaluate("() => document.getElementById('kiosk-idle-watch').$server.idle()");
				kiosk.waitFor("kiosk-idle-countdown");
				check(page, at, "04-idle-warning");
				kiosk.tap("kiosk-idle-more");
				assertThat(page.locator("#kiosk-idle-more")).isHidden();

				kiosk.tap("kiosk-choice-new");
				kiosk.waitFor("kiosk-nickname");
				check(page, at, "05-step-nickname");
				kiosk.next();
				kiosk.waitFor("kiosk-nickname-error");
				check(page, at, "06-step-nickname-error");
				page.locator("#kiosk-nickname input").fill("Fit " + (++family));
				kiosk.next();
				kiosk.waitFor("kiosk-step-languages");
				check(page, at, "07-step-languages");
				kiosk.tap("kiosk-language-" + language);
				kiosk.next();
				kiosk.waitFor("kiosk-step-interests");
				check(page, at, "08-step-interests");
				kiosk.tap("kiosk-interest-music");
				kiosk.next();
				kiosk.waitFor("kiosk-step-children");
				check(page, at, "09-step-children");
				kiosk.tap("kiosk-children-2-3-more");
				kiosk.next();
				kiosk.waitFor("kiosk-step-meet");
				check(page, at, "10-step-meet");
				kiosk.tap("kiosk-meet-yes");
				kiosk.waitFor("kiosk-confirm");
				check(page, at, "11-step-confirm");
				kiosk.tap("kiosk-confirm");
				kiosk.waitFor("kiosk-card-qr");
				check(page, at, "12-card");
				kiosk.tap("kiosk-card-continue");
				kiosk.waitFor("kiosk-welcome");
				check(page, at, "13-done");
				kiosk.tap("kiosk-next");

				kiosk.waitFor("kiosk-start");
				kiosk.tap("kiosk-start");
				kiosk.tap("kiosk-choose-" + language);
				kiosk.tap("kiosk-choice-card");
				kiosk.waitFor("kiosk-key-0");
				check(page, at, "14-identify");
				kiosk.enterCode(card.pictogram(), wrong);
				kiosk.waitFor("kiosk-identify-error");
				check(page, at, "15-identify-wrong-number");
				for (char digit : card.digits().toCharArray()) {
					kiosk.tap("kiosk-key-" + digit);
				}
				kiosk.waitFor("kiosk-returning-confirm");
				check(page, at, "16-returning");
				page.locator("#kiosk-returning-interests vaadin-details-summary").click();
				kiosk.waitFor("kiosk-interest-festivities");
				check(page, at, "17-returning-all-interests");
				kiosk.tap("kiosk-returning-confirm");
				kiosk.waitFor("kiosk-welcome");
				kiosk.tap("kiosk-next");

				kiosk.waitFor("kiosk-start");
				kiosk.tap("kiosk-start");
				kiosk.tap("kiosk-choose-" + language);
				kiosk.tap("kiosk-choice-leave");
				kiosk.enterCode(card.pictogram(), card.digits());
				kiosk.waitFor("kiosk-goodbye");
				check(page, at, "18-goodbye");
				kiosk.tap("kiosk-next");
			}
		}

		// a Tuesday afternoon, after the morning opening: closed
		LocalDate today = LocalDate.of(2026, 12, 1);
		clock.setTo(today.atTime(15, 0).atZone(ZoneId.of("Europe/Brussels")).toInstant());
		for (DayOfWeek day : DayOfWeek.values()) {
			hours.addWeeklySlot(locationId, day, LocalTime.of(9, 0), LocalTime.of(12, 0));
		}
		for (int i = 0; i < VIEWPORTS.size(); i++) {
			Page page = kiosks.get(i);
			Page device = unpaired.get(i);
			device.navigate(url("kiosk"));
			page.reload();
			for (String language : List.of("nl", "ar")) {
				String at = VIEWPORTS.get(i).label() + "-" + language;
				page.locator("#screen-language-" + language).click();
				assertThat(page.locator("html")).hasAttribute("lang", language);
				assertThat(page.locator("#kiosk-closed-next")).isVisible();
				check(page, at, "19-closed");
				device.locator("#screen-language-" + language).click();
				assertThat(device.locator("html")).hasAttribute("lang", language);
				check(device, at, "20-pairing");
			}
		}
		System.out.printf("KIOSK FITS: %d screens checked in %.1f s%n", screens, (System.nanoTime() - started) / 1e9);
		assertThat(misfits).as("screens that do not fit").isEmpty();
	}

	private void check(Page page, String at, String screen) {
		screens++;
		String name = "fit-" + at + "-" + screen;
		page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + ".png")));
		@SuppressWarnings("unchecked")
		List<String> found = (List<String>) page.evaluate(MISFITS);
		found.forEach(problem -> misfits.add(name + ": " + problem));
		try {
			Accessibility.assertNoViolations(page, name);
		}
		catch (AssertionError ex) {
			misfits.add(ex.getMessage());
		}
	}

}
