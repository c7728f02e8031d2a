package org.onthaal.browser;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * Debian's Chromium under Playwright (never a downloaded browser), headless, for the
 * browser tests that start their own servers instead of extending
 * {@link BrowserTestBase}. The flags keep it from reaching out to the network this
 * machine does not have.
 */
public final class DebianChromium {

	public static final Path EXECUTABLE = Path.of("/usr/bin/chromium");

	public static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
			"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
			"--disable-sync");

	private DebianChromium() {
	}

	public static Playwright playwright() {
		return Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
	}

	public static Browser launch(Playwright playwright) {
		return launch(playwright, ARGS);
	}

	public static Browser launch(Playwright playwright, List<String> args) {
		return playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(EXECUTABLE).setHeadless(true).setArgs(args));
	}

}
