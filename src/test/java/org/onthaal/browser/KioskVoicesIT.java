package org.onthaal.browser;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The voices a kiosk has: Debian's Chromium started as kiosk-setup starts it (with
 * {@code --enable-speech-dispatcher}), on this machine's speech-dispatcher and espeak-ng,
 * offers speechSynthesis a voice for every kiosk language but Somali. Nothing is spoken
 * here (a machine without a sound card may hang on it).
 */
class KioskVoicesIT extends BrowserTestBase {

	/**
	 * The kiosk languages that espeak-ng speaks; Somali gets recorded prompts instead.
	 */
	private static final List<String> VOICED = List.of("nl", "fr", "en", "ar", "tr", "pl", "ro", "uk", "es");

	@Test
	void chromiumOffersAVoiceForEveryKioskLanguageButSomali() {
		Page page = newDevice(1280, 800);
		page.navigate(url("kiosk"));
		// Chromium fires voiceschanged at once with no voice, and again once it has
		// spawned speech-dispatcher (about 4 s here): wait for the list, not the event
		page.waitForFunction("() => speechSynthesis.getVoices().length > 0", null,
				new Page.WaitForFunctionOptions().setTimeout(30_000));

		Map<String, Integer> voices = new LinkedHashMap<>();
		for (String language : List.of("nl", "fr", "en", "ar", "tr", "pl", "ro", "uk", "es", "so")) {
			Object count = page.evaluate("""
					lang => speechSynthesis.getVoices()
					  .filter(v => v.lang.toLowerCase() === lang || v.lang.toLowerCase().startsWith(lang + '-')).length
					""", language);
			voices.put(language, ((Number) count).intValue());
		}
		Object total = page.evaluate("() => speechSynthesis.getVoices().length");
		// a figure for the closing note
		System.out.println("Kiosk voices per language (of " + total + "): " + voices);

		VOICED.forEach(language -> assertThat(voices.get(language)).as("voices for " + language).isPositive());
	}

	@Test
	void browserTestsNeverSpeakForReal() {
		// a real utterance without a sound card hangs speech-dispatcher for every later
		// browser (its voice list never comes): the pages get a silent speak()
		Page page = newDevice(1280, 800);
		page.navigate(url("kiosk"));
		assertThat(page.evaluate("() => String(speechSynthesis.speak)").toString()).doesNotContain("[native code]");
	}

}
