package org.onthaal.load;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.Cookie;

/**
 * A real kiosk among the light ones, for what the family sees: Debian's headless Chromium
 * checks new families in, and each tap is timed from the click until Flow's client has
 * the answer and has put it into the page (its own request in flight and done). A few at
 * most: each browser costs about a core on this machine, which is why the load itself
 * comes from {@link VaadinTab}. One Playwright per thread, as Playwright wants.
 */
final class BrowserKiosk implements Runnable {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	/** Flow's client has no request in flight. */
	private static final String IDLE = "() => !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients)"
			+ " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())";

	private final String base;

	private final String token;

	private final long thinkMillis;

	private final LoadRecord record;

	private final AtomicInteger names;

	private volatile boolean stopped;

	BrowserKiosk(String base, String token, long thinkMillis, LoadRecord record, AtomicInteger names) {
		this.base = base;
		this.token = token;
		this.thinkMillis = thinkMillis;
		this.record = record;
		this.names = names;
	}

	void stop() {
		stopped = true;
	}

	@Override
	public void run() {
		try (Playwright playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
				Browser browser = playwright.chromium()
					.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
						.setHeadless(true)
						.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage")));
				BrowserContext context = browser
					.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800))) {
			context.addCookies(List.of(new Cookie("onthaal-kiosk", token).setUrl(base)));
			Page page = context.newPage();
			page.navigate(base + "kiosk");
			page.locator("#kiosk-start").waitFor();
			while (!stopped) {
				try {
					newFamily(page, "Gast" + LoadNames.letters(names.getAndIncrement()));
				}
				catch (RuntimeException ex) {
					record.failed("browser kiosk", ex);
					page.navigate(base + "kiosk");
				}
			}
		}
		catch (RuntimeException ex) {
			record.failed("browser kiosk", ex);
		}
	}

	private void newFamily(Page page, String nickname) {
		tap(page, "kiosk-start");
		tap(page, "kiosk-choose-nl");
		tap(page, "kiosk-choice-new");
		page.locator("#kiosk-nickname input").fill(nickname);
		tap(page, "kiosk-step-next");
		tap(page, "kiosk-language-nl");
		tap(page, "kiosk-step-next");
		tap(page, "kiosk-step-next");
		tap(page, "kiosk-step-next");
		tap(page, "kiosk-meet-yes");
		page.locator("#kiosk-confirm").waitFor();
		record.confirming(nickname, System.nanoTime());
		tap(page, "kiosk-confirm");
		page.locator("#kiosk-card-code").waitFor();
		record.checkedIn(nickname, System.nanoTime());
		tap(page, "kiosk-card-continue");
		tap(page, "kiosk-next");
		page.locator("#kiosk-start").waitFor();
	}

	private void tap(Page page, String id) {
		if (thinkMillis > 0) {
			page.waitForTimeout(thinkMillis);
		}
		long start = System.nanoTime();
		page.waitForResponse(response -> response.url().contains("v-r=uidl"), () -> page.locator("#" + id).click());
		page.waitForFunction(IDLE);
		record.browserTap(System.nanoTime() - start);
	}

}
