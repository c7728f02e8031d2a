package org.onthaal.browser;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.onthaal.checkin.CheckIn;
import org.onthaal.checkin.CheckInService;
import org.onthaal.checkin.VisitSource;
import org.onthaal.family.NewFamily;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.onthaal.db.Tables.STAFF_USER;

/**
 * What a host sees without scrolling, on the devices hosts use (a tablet both ways, a
 * phone), in Dutch and in Arabic (right to left): the families who need attention, the
 * best suggestions (up to four), and the list starting with the newest arrival; nothing
 * sticks out sideways and every control up there is a full touch target. Saves one
 * screenshot per device, language and crowd (3 or 15 families) for docs/screenshots.
 */
class HostBoardFoldIT extends BrowserTestBase {

	private static final List<int[]> DEVICES = List.of(new int[] { 1024, 768 }, new int[] { 768, 1024 },
			new int[] { 390, 844 });

	private static final Instant TODAY_AT_TEN = Instant.parse("2026-12-03T09:00:00Z");

	/** The families of a busy morning: who, which languages, open to meet, new or not. */
	private static final List<Family> MORNING = List.of(new Family("Elif", List.of("tr", "nl"), true, true),
			new Family("Youssef", List.of("ar", "fr"), true, false), new Family("Marie", List.of("nl"), true, true),
			new Family("Olena", List.of("uk", "pl"), true, true), new Family("Amina", List.of("so", "ar"), false, true),
			new Family("Jan", List.of("nl", "en"), true, false), new Family("Fatima", List.of("ar", "nl"), true, true),
			new Family("Ioana", List.of("ro", "fr"), true, false), new Family("Kasia", List.of("pl"), false, false),
			new Family("Lucía", List.of("es", "en"), true, true), new Family("Ayşe", List.of("tr"), true, false),
			new Family("Samira", List.of("ar"), false, true), new Family("Tom", List.of("nl", "fr"), true, false),
			new Family("Hodan", List.of("so", "en"), true, true),
			new Family("Zeynep", List.of("tr", "nl"), false, true));

	private static final List<String> INTERESTS = List.of("cooking", "outdoor_play", "music", "books", "school");

	@Autowired
	private CheckInService checkIns;

	@Test
	void fifteenFamiliesTheTopFitsEachDeviceInDutchAndArabic() {
		String newest = checkInMorning(15);
		SoftAssertions softly = new SoftAssertions();
		for (String language : List.of("nl", "ar")) {
			// one tablet turned both ways and a phone: one signed-in browser, resized
			Page board = signedIn(host(language));
			for (int[] device : DEVICES) {
				show(board, device, 15);
				record(board, device, language, 15);
				softly.assertThat(suggestionCount(board))
					.as("fifteen families give at least four suggestions")
					.isGreaterThanOrEqualTo(4);
				// "the best three or four": four on a tablet, at least three on a phone
				assertTopFits(softly, board, newest, 4, device[0] >= 768 ? 4 : 3);
			}
		}
		softly.assertAll();
	}

	@Test
	void threeFamiliesTheTopFitsEachDeviceInDutchAndArabic() {
		String newest = checkInMorning(3);
		SoftAssertions softly = new SoftAssertions();
		for (String language : List.of("nl", "ar")) {
			// one tablet turned both ways and a phone: one signed-in browser, resized
			Page board = signedIn(host(language));
			for (int[] device : DEVICES) {
				show(board, device, 3);
				record(board, device, language, 3);
				assertTopFits(softly, board, newest, suggestionCount(board), suggestionCount(board));
			}
		}
		softly.assertAll();

		// a row opens in place on a tap; the sort chosen stays on the device
		Page phone = openBoard(host("en"), DEVICES.getLast(), 3);
		phone.locator("#host-families > .family-card vaadin-details-summary").first().click();
		assertThat(phone.locator("#host-families > .family-card").first().locator(".family-card-print")).isVisible();
		screenshot(phone, "host-board-390x844-row-open");
		phone.locator("#host-sort-name").click();
		assertThat(phone.locator("#host-families .family-nickname").first()).hasText("Elif");
		phone.reload();
		assertThat(phone.locator("#host-sort-name")).hasAttribute("aria-pressed", "true");
		assertThat(phone.locator("#host-families .family-nickname").first()).hasText("Elif");
	}

	@Test
	void aFamilyCheckedInWhileTheBoardsAreOpenAppearsOnTopGlowingOnEachDevice() {
		checkInMorning(15);
		String host = host("nl");
		List<Page> boards = new ArrayList<>();
		for (int[] device : DEVICES) {
			boards.add(openBoard(host, device, 15));
		}

		clock.advance(Duration.ofMinutes(1));
		CheckIn arrived = checkIns.checkInNewFamily(locationId,
				new NewFamily("Nadia", List.of("ar", "nl"), List.of("cooking"), List.of("1-2"), true, false), true,
				VisitSource.KIOSK);

		for (Page board : boards) {
			String attention = "#attention-" + arrived.familyId();
			assertThat(board.locator(attention + ".just-arrived")).isVisible();
			assertThat(board.locator("#host-families > .family-card").first()).hasAttribute("id",
					"family-" + arrived.familyId());
			assertThat(board.locator("#family-" + arrived.familyId()))
				.hasClass(java.util.regex.Pattern.compile("just-arrived"));
			assertThat(board.locator("#host-announcer")).containsText("Nadia");
			assertThat(fullyInView(board, attention)).as("the glowing newcomer is seen without scrolling").isTrue();
		}
	}

	/**
	 * Checks families in over the morning, four minutes apart (the last one now); the
	 * second, sixth… have been here before. Returns the newest arrival's nickname.
	 */
	private String checkInMorning(int count) {
		Instant yesterday = TODAY_AT_TEN.minus(Duration.ofDays(1));
		List<Family> families = MORNING.subList(0, count);
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < families.size(); i++) {
			Family family = families.get(i);
			if (family.newcomer()) {
				ids.add(null);
				continue;
			}
			clock.setTo(yesterday.plus(Duration.ofMinutes(i)));
			long id = checkIns
				.checkInNewFamily(locationId, newFamily(family, i), family.openToMeet(), VisitSource.KIOSK)
				.familyId();
			checkIns.checkOut(locationId, id);
			ids.add(id);
		}
		for (int i = 0; i < families.size(); i++) {
			Family family = families.get(i);
			clock.setTo(TODAY_AT_TEN.plus(Duration.ofMinutes(4L * i)));
			if (family.newcomer()) {
				checkIns.checkInNewFamily(locationId, newFamily(family, i), family.openToMeet(), VisitSource.KIOSK);
			}
			else {
				checkIns.checkInReturning(locationId, ids.get(i), 1, 1, family.openToMeet(), null, VisitSource.KIOSK);
			}
		}
		clock.setTo(TODAY_AT_TEN.plus(Duration.ofMinutes(4L * count + 2)));
		return families.getLast().nickname();
	}

	private static NewFamily newFamily(Family family, int index) {
		List<String> interests = List.of(INTERESTS.get(index % INTERESTS.size()),
				INTERESTS.get((index + 2) % INTERESTS.size()));
		List<String> children = index % 3 == 0 ? List.of("2-3") : List.of("0-1", "4-6");
		return new NewFamily(family.nickname(), family.languages(), interests, children, family.openToMeet(), false);
	}

	private String host(String language) {
		String username = "host-" + language;
		createHost(username);
		// the board follows the host's own language; Arabic as an Arabic-speaking host
		// would have it
		dsl.update(STAFF_USER).set(STAFF_USER.UI_LANGUAGE, language).where(STAFF_USER.USERNAME.eq(username)).execute();
		return username;
	}

	private Page openBoard(String host, int[] device, int families) {
		Page board = newDevice(device[0], device[1]);
		signIn(board, host);
		show(board, device, families);
		return board;
	}

	private Page signedIn(String host) {
		Page board = newDevice(DEVICES.getFirst()[0], DEVICES.getFirst()[1]);
		signIn(board, host);
		return board;
	}

	/** The board as it opens on a device of this size. */
	private void show(Page board, int[] device, int families) {
		board.setViewportSize(device[0], device[1]);
		board.navigate(url("host"));
		try {
			assertThat(board.locator("#host-families > .family-card")).hasCount(families);
		}
		catch (AssertionError ex) {
			screenshot(board, "host-board-fold-failed-" + device[0]);
			throw ex;
		}
	}

	private static int suggestionCount(Page board) {
		return board.locator(".suggestion-card").count();
	}

	@SuppressWarnings("unchecked")
	private static void assertTopFits(SoftAssertions softly, Page board, String newest, int suggestionsOnTop,
			int suggestionsInView) {
		String size = board.viewportSize().width + "x" + board.viewportSize().height + " "
				+ board.locator("html").getAttribute("dir");
		Map<String, Object> fold = (Map<String, Object>) board.evaluate(FOLD);
		System.out.println("FOLD " + size + ": " + fold);
		softly.assertThat(((Number) fold.get("scrollWidth")).intValue())
			.as("nothing sticks out sideways at %s", size)
			.isLessThanOrEqualTo(board.viewportSize().width);
		softly.assertThat(((Number) fold.get("topCards")).intValue())
			.as("suggestions at the top at %s", size)
			.isEqualTo(suggestionsOnTop);
		softly.assertThat(((Number) fold.get("topCardsInView")).intValue())
			.as("suggestions at the top fully in view at %s", size)
			.isGreaterThanOrEqualTo(suggestionsInView);
		softly.assertThat(fold.get("attentionInView"))
			.as("the attention strip is fully in view at %s", size)
			.isEqualTo(true);
		softly.assertThat(fold.get("firstRow")).as("the newest arrival is the first row at %s", size).isEqualTo(newest);
		if (board.viewportSize().width >= 768) {
			softly.assertThat(fold.get("firstRowInView"))
				.as("and on a tablet that row is in view at %s", size)
				.isEqualTo(true);
		}
		softly.assertThat((List<Object>) fold.get("smallTargets"))
			.as("touch targets under 48 px at the top at %s", size)
			.isEmpty();
	}

	private static boolean fullyInView(Page board, String selector) {
		return (Boolean) board.evaluate("""
				selector => {
				  const r = document.querySelector(selector).getBoundingClientRect();
				  return r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth;
				}""", selector);
	}

	/**
	 * Measures the board as it is, without scrolling. A control counts as a touch target
	 * where a finger reaches it (elementFromPoint at its centre), so the attention
	 * buttons that wrapped out of sight are not measured.
	 */
	private static final String FOLD = """
			() => {
			  const inView = e => { const r = e.getBoundingClientRect();
			    return r.width > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight + 0.5 && r.right <= innerWidth + 0.5; };
			  const cards = [...document.querySelectorAll('#host-suggestions > .suggestion-card')];
			  const strip = document.querySelector('#host-attention');
			  const first = document.querySelector('#host-families > .family-card');
			  const controls = [...document.querySelectorAll('.host-header vaadin-button, .host-header a, '
			      + '.host-header vaadin-menu-bar-button, #host-top vaadin-button, #host-top a')];
			  const smallTargets = controls.filter(e => {
			    const r = e.getBoundingClientRect();
			    if (r.width === 0 || r.top >= innerHeight) return false;
			    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
			    if (!hit || !(e === hit || e.contains(hit))) return false;
			    return r.width < 47.5 || r.height < 47.5;
			  }).map(e => (e.id || e.tagName) + ' ' + Math.round(e.getBoundingClientRect().width) + 'x'
			      + Math.round(e.getBoundingClientRect().height));
			  return {
			    scrollWidth: document.scrollingElement.scrollWidth,
			    topCards: cards.length,
			    topCardsInView: cards.filter(inView).length,
			    attentionInView: strip !== null && strip.offsetParent !== null && inView(strip),
			    firstRow: first ? first.querySelector('.family-nickname').textContent : null,
			    firstRowInView: first !== null && inView(first),
			    firstRowTop: first ? Math.round(first.getBoundingClientRect().top) : null,
			    topBottom: Math.round(document.querySelector('#host-top').getBoundingClientRect().bottom),
			    cardHeights: cards.map(c => Math.round(c.getBoundingClientRect().height)),
			    smallTargets
			  };
			}""";

	/** The viewport as the host sees it, and axe on it. */
	private static void record(Page board, int[] device, String language, int families) {
		String name = "host-board-" + device[0] + "x" + device[1] + "-" + language + "-" + families;
		Path file = Path.of("target", "screenshots", name + ".png");
		board.screenshot(new Page.ScreenshotOptions().setPath(file));
		System.out.println(Accessibility.assertNoViolations(board, name));
	}

	private record Family(String nickname, List<String> languages, boolean openToMeet, boolean newcomer) {
	}

}
