package org.onthaal.browser;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onthaal.OnthaalApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * An open kiosk survives a restart of the application untouched: it reconnects, finds its
 * session gone, reloads by itself and shows the welcome screen again. Prints the measured
 * recovery time.
 */
class KioskSelfHealingIT {

	private static EmbeddedPostgres database;

	private static Playwright playwright;

	private static Browser browser;

	private static int port;

	@BeforeAll
	static void start() throws IOException {
		database = EmbeddedPostgres.builder().start();
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(Path.of("/usr/bin/chromium"))
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
						"--no-first-run", "--disable-background-networking", "--disable-component-update",
						"--disable-sync")));
	}

	@AfterAll
	static void stop() throws IOException {
		browser.close();
		playwright.close();
		database.close();
	}

	private static ConfigurableApplicationContext app() {
		return new SpringApplicationBuilder(OnthaalApplication.class).run("--server.port=" + port,
				"--spring.datasource.url=" + database.getJdbcUrl("postgres", "postgres"),
				"--spring.datasource.username=postgres", "--spring.datasource.password=",
				"--onthaal.demo.enabled=false", "--vaadin.devmode.devTools.enabled=false");
	}

	@Test
	void openKioskComesBackToTheWelcomeScreenAfterTheServerRestarts() throws IOException {
		ConfigurableApplicationContext running = app();
		Page kiosk = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800)).newPage();
		kiosk.navigate("http://localhost:" + port + "/kiosk");
		kiosk.locator("#kiosk-start").click();
		kiosk.locator("#kiosk-choose-fr").click();
		assertThat(kiosk.locator("#kiosk-choice-new")).isVisible();

		running.close();
		// while the server is away the page keeps trying; nobody touches it
		kiosk.waitForTimeout(3000);
		Files.createDirectories(Path.of("target", "screenshots"));
		kiosk.screenshot(
				new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "kiosk-9-reconnecting.png")));

		long restartedAt = System.nanoTime();
		running = app();
		long upAt = System.nanoTime();
		try {
			assertThat(kiosk.locator("#kiosk-start")).isVisible(
					new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
			long backAt = System.nanoTime();
			System.out.printf(
					"KIOSK RECOVERY after a server restart: app up in %d ms, kiosk back at welcome %d ms later "
							+ "(%d ms from the restart)%n",
					Duration.ofNanos(upAt - restartedAt).toMillis(), Duration.ofNanos(backAt - upAt).toMillis(),
					Duration.ofNanos(backAt - restartedAt).toMillis());
			assertThat(kiosk.locator("html")).hasAttribute("lang", "nl");
		}
		finally {
			running.close();
		}
	}

}
