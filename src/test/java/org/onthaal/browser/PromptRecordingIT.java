package org.onthaal.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.FileChooser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onthaal.base.i18n.Translations;
import org.onthaal.kiosk.TestKiosks;
import org.onthaal.prompts.TestAudio;
import org.onthaal.staff.Role;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.onthaal.db.Tables.AUDIT_EVENT;
import static org.onthaal.db.Tables.PROMPT_RECORDING;

/**
 * A manager records a kiosk prompt with the browser's microphone (Chromium's fake device:
 * a steady beep, permission granted without asking), hears it back, and the place's
 * paired kiosk finds and plays it, while a browser without the kiosk's cookie gets 404.
 * Its own Chromium: the shared one has no fake microphone.
 */
class PromptRecordingIT extends BrowserTestBase {

	private static final List<String> ARGS = java.util.stream.Stream
		.concat(DebianChromium.ARGS.stream(), java.util.stream.Stream.of("--use-fake-ui-for-media-stream",
				"--use-fake-device-for-media-stream", "--autoplay-policy=no-user-gesture-required"))
		.toList();

	/** Counts every media element that really starts playing, and from where. */
	private static final String WATCH_PLAYING = """
			window.__played = [];
			document.addEventListener('playing', e => window.__played.push(e.target.currentSrc), true);
			const play = HTMLMediaElement.prototype.play;
			HTMLMediaElement.prototype.play = function () {
			  this.addEventListener('playing', () => window.__played.push(this.currentSrc), { once: true });
			  return play.call(this);
			};
			document.addEventListener('securitypolicyviolation', e => console.error('CSP violation: '
			    + e.effectiveDirective + ' refused ' + e.blockedURI));
			""";

	private static Playwright playwright;

	private static Browser browser;

	private final List<BrowserContext> contexts = new ArrayList<>();

	private final List<String> violations = Collections.synchronizedList(new ArrayList<>());

	@Autowired
	private Translations translations;

	@BeforeAll
	static void launchChromiumWithAFakeMicrophone() {
		playwright = DebianChromium.playwright();
		browser = DebianChromium.launch(playwright, ARGS);
	}

	@AfterAll
	static void closeChromium() {
		if (browser != null) {
			browser.close();
		}
		if (playwright != null) {
			playwright.close();
		}
	}

	@AfterEach
	void closeOwnContexts() {
		contexts.forEach(BrowserContext::close);
		contexts.clear();
		assertThat(List.copyOf(violations)).as("Content-Security-Policy violations").isEmpty();
	}

	@Test
	void aManagerRecordsAPromptHearsItAndOnlyThePairedKioskGetsIt() throws Exception {
		staff.create("test", "beheerder", STAFF_PASSWORD, "Mila Beheer", Set.of(Role.MANAGER), List.of(locationId),
				false);
		Page office = page(1280, 900);
		office.context()
			.grantPermissions(List.of("microphone"),
					new BrowserContext.GrantPermissionsOptions().setOrigin(url("").replaceAll("/$", "")));
		signIn(office, "beheerder");
		openScreen(office, "office/prompts", "#office-nav");
		Locator record = office.locator("#prompt-kiosk-title-record");
		Locator state = office.locator("#prompt-kiosk-title-state");
		assertThat(state).hasText(nl("office.prompts.deviceVoice"));
		screenshot(office, "office-prompts");
		Accessibility.assertNoSeriousViolations(office, "office/prompts");

		record.click();
		assertThat(record).hasText(nl("office.prompts.stop"));
		// about a second of sound: four quarter-second parts from the recorder
		office.waitForCondition(() -> ((Number) office
			.evaluate("() => document.querySelector('#prompts-recorder').__onthaalRecordedParts || 0"))
			.intValue() >= 4);
		record.click();

		assertThat(state).hasClass(java.util.regex.Pattern.compile("recorded"),
				new LocatorAssertions.HasClassOptions().setTimeout(30_000));
		var stored = dsl.selectFrom(PROMPT_RECORDING).fetchSingle();
		assertThat(stored.getPromptKey()).isEqualTo("kiosk.title");
		assertThat(stored.getMediaType()).isEqualTo("audio/wav");
		assertThat(stored.getDurationMs()).isBetween(500, 29_000);
		assertThat(stored.getRecordedBy()).isEqualTo("beheerder");
		assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("PROMPT_RECORDING_SAVED"))).isEqualTo(1);
		System.out.println("RECORDED PROMPT " + stored.getDurationMs() + " ms, " + stored.getSizeBytes() + " bytes, "
				+ stored.getLanguage());
		screenshot(office, "office-prompts-recorded");

		// hear it back: the sound comes from the server and really plays
		Response heard = office.waitForResponse(response -> response.url().contains("/prompt-audio/"),
				() -> office.locator("#prompt-kiosk-title-play").click());
		assertThat(heard.status()).isEqualTo(200);
		assertThat(heard.headerValue("content-type")).startsWith("audio/wav");
		assertThat(heard.headerValue("cache-control")).contains("private");
		office.waitForCondition(() -> ((Number) office.evaluate("() => window.__played.length")).intValue() > 0);

		// the place's paired kiosk knows the recording and plays it
		Page kiosk = kiosk(1280, 800);
		kiosk.navigate(url("kiosk"));
		assertThat(kiosk.locator("#kiosk-start"))
			.isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
		kiosk.waitForCondition(() -> (Boolean) kiosk.evaluate("() => !!window.onthaalRecordings"));
		String address = (String) kiosk.evaluate("lang => (window.onthaalRecordings[lang] || {})['kiosk.title'] || ''",
				stored.getLanguage());
		assertThat(address).startsWith("/prompt-audio/" + stored.getId() + "?v=");
		Object fetched = kiosk.evaluate(
				"url => fetch(url).then(r => r.status + ' ' + r.headers.get('content-type') + ' ' + r.headers.get('content-length'))",
				address);
		assertThat(fetched).isEqualTo("200 audio/wav " + stored.getSizeBytes());
		kiosk.evaluate("url => new Audio(url).play()", address);
		kiosk.waitForCondition(() -> ((Number) kiosk.evaluate("() => window.__played.length")).intValue() > 0);

		// a browser without the kiosk's cookie, and the bare address: nothing
		BrowserContext stranger = context(1280, 800);
		APIResponse strangers = stranger.request().get(url(address.substring(1)));
		assertThat(strangers.status()).isEqualTo(404);
		HttpResponse<byte[]> bare = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url(address.substring(1)))).GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
		assertThat(bare.statusCode()).isEqualTo(404);
		assertThat(bare.body()).isEmpty();
		// nor does a made-up token, or a recording that does not exist
		HttpResponse<byte[]> forged = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url(address.substring(1))))
				.header("Cookie", "onthaal-kiosk=" + "A".repeat(43))
				.GET()
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(forged.statusCode()).isEqualTo(404);
		APIResponse missing = kiosk.context().request().get(url("prompt-audio/" + (stored.getId() + 1000)));
		assertThat(missing.status()).isEqualTo(404);
	}

	@Test
	void anUploadedFileIsCheckedByItsContentNotItsName() {
		staff.create("test", "beheerder", STAFF_PASSWORD, "Mila Beheer", Set.of(Role.MANAGER), List.of(locationId),
				false);
		Page office = page(1280, 900);
		signIn(office, "beheerder");
		openScreen(office, "office/prompts", "#office-nav");
		Locator state = office.locator("#prompt-kiosk-goodbye-state");
		assertThat(state).hasText(nl("office.prompts.deviceVoice"));

		// a picture called .wav: the browser lets it through, the server does not
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
		choose(office, "#prompt-kiosk-goodbye-upload-button", new FilePayload("tot-ziens.wav", "audio/wav", png));
		assertThat(office.locator("vaadin-notification-card")
			.filter(new Locator.FilterOptions().setHasText(nl("office.prompts.refused.NOT_AUDIO")))).isVisible();
		assertThat(dsl.fetchCount(PROMPT_RECORDING)).isZero();

		// an Ogg Opus file of 3 seconds
		choose(office, "#prompt-kiosk-goodbye-upload-button",
				new FilePayload("tot-ziens.opus", "audio/ogg", TestAudio.oggOpus(3_000)));
		assertThat(state).hasClass(java.util.regex.Pattern.compile("recorded"));
		var stored = dsl.selectFrom(PROMPT_RECORDING).fetchSingle();
		assertThat(stored.getMediaType()).isEqualTo("audio/ogg");
		assertThat(stored.getDurationMs()).isEqualTo(3_000);
		screenshot(office, "office-prompts-uploaded");
	}

	private static void choose(Page page, String button, FilePayload file) {
		FileChooser chooser = page.waitForFileChooser(() -> page.locator(button).click());
		chooser.setFiles(file);
	}

	private String nl(String key) {
		return translations.getTranslation(key, Locale.forLanguageTag("nl"));
	}

	private Page page(int width, int height) {
		return context(width, height).newPage();
	}

	private Page kiosk(int width, int height) {
		BrowserContext context = context(width, height);
		TestKiosks.Paired paired = TestKiosks.pair(applicationContext, locationId, "Voordeur");
		context.addCookies(TestKiosks.browserCookie(paired.token(), url("")));
		return context.newPage();
	}

	private BrowserContext context(int width, int height) {
		BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height));
		contexts.add(context);
		context.addInitScript(WATCH_PLAYING);
		context.onConsoleMessage(message -> {
			if (message.text().startsWith("CSP violation") || message.text().contains("Content Security Policy")) {
				violations.add(message.text());
			}
		});
		return context;
	}

}
