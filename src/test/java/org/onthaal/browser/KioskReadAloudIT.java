package org.onthaal.browser;

import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.onthaal.base.i18n.Translations;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The speakers in a real browser, with speech and audio faked (FakeSpeech): a tap reads
 * the screen's utterances in turn, each with a voice of its own language, skips what no
 * voice here can say, plays a recording where a manager made one, and shows as
 * unavailable where there is neither.
 */
class KioskReadAloudIT extends BrowserTestBase {

	@Test
	void welcomeReadsTheGreetingInEveryKioskLanguageInTurn() {
		Page page = newKiosk(1280, 800);
		FakeSpeech.install(page);
		page.navigate(url("kiosk"));
		Locator speak = page.locator("#kiosk-greeting-speak");
		assertThat(speak).isVisible();

		speak.click();

		List<Map<String, String>> utterances = utterancesOf(page, "kiosk-greeting-speak");
		List<Map<String, String>> playable = withVoice(utterances);
		List<Map<String, String>> spoken = FakeSpeech.spoken(page, playable.size());
		assertThat(spoken).extracting(u -> u.get("lang"))
			.containsSubsequence(FakeSpeech.VOICED.stream()
				.filter(lang -> Translations.SCREEN_LANGUAGES.stream().anyMatch(l -> l.getLanguage().equals(lang)))
				.toList());
		assertThat(spoken).extracting(u -> u.get("text"))
			.containsExactlyElementsOf(playable.stream().map(u -> u.get("text")).toList());
		// each greeting with a voice of its own language, never the screen's
		assertThat(spoken).allMatch(u -> u.get("voice").equals(u.get("lang")));
		System.out.println("Welcome read aloud: " + spoken.size() + " of " + utterances.size()
				+ " utterances (no voice for the rest): " + spoken.stream().map(u -> u.get("lang")).toList());
	}

	@Test
	void aStepReadsItsQuestionAndOptionsInArabicAndEachLanguageNameInItsOwnVoice() {
		Page page = newKiosk(1280, 800);
		FakeSpeech.install(page);
		KioskPage kiosk = new KioskPage(page);
		page.navigate(url("kiosk"));
		kiosk.startIn("ar", "new");
		page.locator("#kiosk-nickname input").fill("Amal");
		kiosk.next();
		Locator speak = page.locator("#kiosk-step-languages-title-speak");
		assertThat(speak).not().hasAttribute("data-unavailable", "");

		speak.click();

		List<Map<String, String>> utterances = utterancesOf(page, "kiosk-step-languages-title-speak");
		List<Map<String, String>> playable = withVoice(utterances);
		List<Map<String, String>> spoken = FakeSpeech.spoken(page, playable.size());
		assertThat(spoken).extracting(u -> u.get("text") + "|" + u.get("lang"))
			.containsExactlyElementsOf(playable.stream().map(u -> u.get("text") + "|" + u.get("lang")).toList());
		assertThat(spoken.getFirst().get("lang")).isEqualTo("ar");
		assertThat(spoken.getFirst().get("text")).isEqualTo(page.locator("#kiosk-step-languages-title").textContent());
		assertThat(spoken).contains(Map.of("text", "Nederlands", "lang", "nl", "voice", "nl"));
		// Somali's own name ("Soomaali") has no voice here: skipped, not read in Arabic
		assertThat(spoken).noneMatch(u -> u.get("text").equals(Translations.nativeName("so")));
		screenshot(page, "kiosk-speak-ar");
	}

	@Test
	void somaliWithoutVoiceOrRecordingShowsTheSpeakerUnavailableUntilARecordingComes() {
		Page page = newKiosk(1280, 800);
		FakeSpeech.install(page);
		KioskPage kiosk = new KioskPage(page);
		page.navigate(url("kiosk"));
		kiosk.startIn("so", "card");
		Locator speak = page.locator("#kiosk-identify-title-speak");

		assertThat(speak).hasAttribute("data-unavailable", "");
		assertThat(speak).hasAttribute("aria-disabled", "true");
		assertThat(speak).hasAttribute("aria-label", speak.getAttribute("data-label-unavailable"));
		assertThat(speak.locator(".speak-unavailable")).isVisible();
		assertThat(speak.locator(".speak-available")).isHidden();
		screenshot(page, "kiosk-speak-unavailable-so");
		// a tap on it anyway (Playwright would wait for an aria-disabled button to
		// enable)
		speak.click(new Locator.ClickOptions().setForce(true));
		assertThat(page.evaluate("() => window.__spoken.length + window.__played.length")).isEqualTo(0);

		// what the server sends when a manager recorded this prompt in Somali
		page.evaluate("() => { window.onthaalRecordings = { so: { 'kiosk.identify.title': '/prompts/audio/7' } }; }");

		assertThat(speak).not().hasAttribute("data-unavailable", "");
		assertThat(speak).not().hasAttribute("aria-disabled", "true");
		assertThat(speak).hasAttribute("aria-label", speak.getAttribute("data-label"));
		speak.click();
		page.waitForFunction("() => window.__played.length > 0");
		assertThat(page.evaluate("() => window.__played")).isEqualTo(List.of("/prompts/audio/7"));
	}

	@Test
	void aSpeakerIsNotCrossedOutWhileTheDeviceIsStillListingItsVoicesOnlyOnceItHasNone() {
		Page page = newKiosk(1280, 800);
		// a device whose voice list stays empty (Chromium's list comes seconds after the
		// page opened, a device without speech-dispatcher never has one); it tells the
		// page when its list changed, as a real one does
		page.addInitScript(
				"""
						window.__voicesChanged = [];
						Object.defineProperty(window, 'speechSynthesis', { value: {
						  getVoices: () => [], cancel: () => {}, speak: () => {},
						  addEventListener: (type, listener) => type === 'voiceschanged' && window.__voicesChanged.push(listener) }});
						""");
		// the page's clock stands still (its timers still run): on a busy machine the
		// real ten seconds of grace passed before the screen was even open
		long opened = java.time.Instant.parse("2026-12-03T10:00:00Z").toEpochMilli();
		page.clock().setFixedTime(opened);
		KioskPage kiosk = new KioskPage(page);
		page.navigate(url("kiosk"));
		kiosk.startIn("nl", "card");
		Locator speak = page.locator("#kiosk-identify-title-speak");

		assertThat(speak).not().hasAttribute("data-unavailable", "");
		page.clock().setFixedTime(opened + 11_000);
		page.evaluate("() => window.__voicesChanged.forEach(listener => listener())");
		assertThat(speak).hasAttribute("data-unavailable", "");
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, String>> utterancesOf(Page page, String speakerId) {
		return (List<Map<String, String>>) page
			.evaluate("id => JSON.parse(document.getElementById(id).getAttribute('data-utterances'))", speakerId);
	}

	/** The utterances the fake device has a voice for (it has no recordings). */
	private static List<Map<String, String>> withVoice(List<Map<String, String>> utterances) {
		return utterances.stream()
			.filter(u -> FakeSpeech.VOICED.contains(u.get("lang").split("-")[0].toLowerCase()))
			.toList();
	}

}
