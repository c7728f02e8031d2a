package org.onthaal.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.onthaal.DatabaseTestBase;
import org.onthaal.kiosk.TestKiosks;
import org.onthaal.staff.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real-browser tests: the app on a random port with its real embedded PostgreSQL, driven
 * by Debian's Chromium through Playwright (never a downloaded browser). Screenshots go to
 * target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class BrowserTestBase extends DatabaseTestBase {

	protected static final String STAFF_PASSWORD = "een-lang-wachtwoord";

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	/**
	 * {@code --enable-speech-dispatcher} as on a kiosk (kiosk-setup/install.sh): the
	 * pages see the machine's espeak-ng voices. They never speak for real
	 * ({@link #SILENT_SPEECH}).
	 */
	private static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu",
			"--disable-dev-shm-usage", "--disable-quic", "--no-first-run", "--disable-background-networking",
			"--disable-component-update", "--disable-sync", "--enable-speech-dispatcher");

	/**
	 * Speaking for real on a machine without a sound card hangs speech-dispatcher, and a
	 * hung daemon lists no voices to any later browser: every page's speak() only ends
	 * its utterance. FakeSpeech (which records what is said) replaces the whole
	 * speechSynthesis and wins over this.
	 */
	static final String SILENT_SPEECH = """
			if (window.speechSynthesis && !window.__spoken) {
			  speechSynthesis.speak = u => setTimeout(() => u.onend && u.onend(), 0);
			  speechSynthesis.cancel = () => {};
			}
			""";

	private static Playwright playwright;

	private static Browser browser;

	@LocalServerPort
	protected int port;

	@Autowired
	protected ApplicationContext applicationContext;

	private final List<BrowserContext> contexts = new ArrayList<>();

	/** What the pages' Content-Security-Policy refused, as the browser reported it. */
	private final List<String> policyViolations = Collections.synchronizedList(new ArrayList<>());

	@BeforeAll
	static void launchBrowser() {
		// a 2-core CI machine with a cold dev-mode server: waiting is not failing
		com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
		playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
				.setHeadless(true)
				.setArgs(CHROMIUM_ARGS)
				.setEnv(ownSpeechDispatcher()));
	}

	/**
	 * The browser's environment with a cache folder of its own, so Chromium spawns its
	 * own speech-dispatcher (its socket lives there) instead of reaching one that an
	 * earlier run left behind, hung or not.
	 */
	private static Map<String, String> ownSpeechDispatcher() {
		try {
			Map<String, String> env = new HashMap<>(System.getenv());
			env.put("XDG_CACHE_HOME", Files.createTempDirectory("onthaal-browser-cache").toString());
			return env;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@AfterAll
	static void closeBrowser() {
		if (browser != null) {
			browser.close();
		}
		if (playwright != null) {
			playwright.close();
		}
	}

	@AfterEach
	void closeContexts() {
		contexts.forEach(BrowserContext::close);
		contexts.clear();
		// every browser test is also a check that the policy lets the screens it used
		// work
		assertThat(List.copyOf(policyViolations)).as("Content-Security-Policy violations").isEmpty();
		policyViolations.clear();
	}

	/**
	 * A page in its own browser context, like a separate device (its own cookies and
	 * session).
	 */
	protected Page newDevice(int width, int height) {
		BrowserContext context = newContext(width, height);
		return context.newPage();
	}

	/**
	 * A kiosk device: a page in its own browser context that is paired with the test
	 * location, as a real kiosk is (registered in the back office, code entered once, the
	 * device token kept in its cookie). An unpaired browser sees only the pairing screen.
	 */
	protected Page newKiosk(int width, int height) {
		BrowserContext context = newContext(width, height);
		TestKiosks.Paired paired = TestKiosks.pair(applicationContext, locationId, "Kiosk " + contexts.size());
		context.addCookies(TestKiosks.browserCookie(paired.token(), url("")));
		return context.newPage();
	}

	/**
	 * A browser context whose pages report each Content-Security-Policy violation (the
	 * browser fires securitypolicyviolation on the document for every refused script,
	 * style, image, connection or eval).
	 */
	private BrowserContext newContext(int width, int height) {
		BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height));
		contexts.add(context);
		context.addInitScript(SILENT_SPEECH);
		context.addInitScript("""
				document.addEventListener('securitypolicyviolation', e => console.error('CSP violation: '
				    + e.effectiveDirective + ' refused ' + e.blockedURI + ' at ' + e.sourceFile + ':' + e.lineNumber
				    + ' ' + (e.sample || '')));
				""");
		context.onConsoleMessage(message -> {
			if (message.text().startsWith("CSP violation") || message.text().contains("Content Security Policy")) {
				policyViolations
					.add(message.page() == null ? message.text() : message.page().url() + ": " + message.text());
			}
		});
		return context;
	}

	/** The violations reported so far. */
	protected List<String> policyViolations() {
		return List.copyOf(policyViolations);
	}

	/**
	 * The violations reported so far, which the test expected: they no longer fail it.
	 */
	protected List<String> takePolicyViolations() {
		synchronized (policyViolations) {
			List<String> taken = List.copyOf(policyViolations);
			policyViolations.clear();
			return taken;
		}
	}

	protected String url(String path) {
		return "http://localhost:" + port + "/" + path;
	}

	protected void createHost(String username) {
		staff.create("test", username, STAFF_PASSWORD, username, Set.of(Role.HOST), List.of(locationId), false);
	}

	protected void signIn(Page page, String username) {
		page.navigate(url("login"));
		page.locator("#login-form input[name='username']").fill(username);
		page.locator("#login-form input[name='password']").fill(STAFF_PASSWORD);
		page.locator("#login-form input[name='password']").press("Enter");
		page.waitForURL(url -> !url.contains("/login"));
	}

	/**
	 * Opens a screen of a signed-in user and waits (a cold server on a busy machine may
	 * take long) until {@code selector} shows. If it never does, the failure says where
	 * the browser really is and keeps a screenshot of it: a sign-in that landed elsewhere
	 * once failed CI with nothing but "element(s) not found".
	 */
	protected void openScreen(Page page, String path, String selector) {
		page.navigate(url(path));
		try {
			com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator(selector))
				.isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions()
					.setTimeout(60_000));
		}
		catch (AssertionError ex) {
			Path shot = screenshot(page, "not-landed-" + path.replace('/', '-'));
			throw new AssertionError("Opening /" + path + " showed no " + selector + ": the browser is at " + page.url()
					+ " (title '" + page.title() + "', screenshot " + shot + ")", ex);
		}
	}

	/**
	 * Waits until no animation runs (endless ones aside): a dialog or a menu grows into
	 * place, and measured mid-way its buttons are smaller than they end up.
	 */
	protected static void awaitAnimationsDone(Page page) {
		page.waitForFunction("() => document.getAnimations()"
				+ ".every(a => a.playState !== 'running' || a.effect.getTiming().iterations === Infinity)");
	}

	protected static Path screenshot(Page page, String name) {
		Path file = Path.of("target", "screenshots", name + ".png");
		page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
		return file;
	}

}
