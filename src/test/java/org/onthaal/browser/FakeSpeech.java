package org.onthaal.browser;

import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;

/**
 * Stands in for the browser's speech synthesis and audio, recording what the kiosk would
 * say and play: speaking on a machine without a sound card may hang speech-dispatcher,
 * and a test should not depend on the machine's voices. The fake device has a voice for
 * each language espeak-ng speaks here (as KioskVoicesIT shows) and none for Somali.
 */
final class FakeSpeech {

	static final List<String> VOICED = List.of("nl", "fr", "en", "ar", "tr", "pl", "ro", "uk", "es");

	private static final String SCRIPT = """
			window.__spoken = [];
			window.__played = [];
			const voices = %s.map(lang => ({ lang, name: 'fake ' + lang, default: false, localService: true }));
			window.SpeechSynthesisUtterance = function (text) { this.text = text; this.lang = ''; this.voice = null; };
			Object.defineProperty(window, 'speechSynthesis', { value: {
			  getVoices: () => voices, cancel: () => {}, addEventListener: () => {},
			  speak: u => {
			    window.__spoken.push({ text: u.text, lang: u.lang, voice: u.voice && u.voice.lang });
			    setTimeout(() => u.onend && u.onend(), 0);
			  }
			}});
			window.Audio = function (url) {
			  this.pause = () => {};
			  this.play = () => {
			    window.__played.push(url);
			    setTimeout(() => this.onended && this.onended(), 0);
			    return Promise.resolve();
			  };
			};
			""";

	private FakeSpeech() {
	}

	static void install(Page page) {
		String langs = VOICED.stream().map(lang -> "'" + lang + "'").toList().toString();
		page.addInitScript(SCRIPT.formatted(langs));
	}

	/** What was spoken so far, once at least {@code count} utterances were. */
	@SuppressWarnings("unchecked")
	static List<Map<String, String>> spoken(Page page, int count) {
		page.waitForFunction("n => window.__spoken.length >= n", count);
		return (List<Map<String, String>>) page.evaluate("() => window.__spoken");
	}

}
