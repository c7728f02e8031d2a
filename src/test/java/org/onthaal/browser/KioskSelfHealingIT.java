package org.onthaal.browser;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onthaal.OnthaalApplication;
import org.onthaal.kiosk.TestKiosks;
import org.onthaal.space.LocationService;

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

	private static Path dataDir;

	@BeforeAll
	static void start() throws IOException {
		dataDir = Files.createTempDirectory("onthaal-self-healing");
		database = EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false).start();
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		playwright = DebianChromium.playwright();
		browser = DebianChromium.launch(playwright);
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
				"--onthaal.demo.enabled=false");
	}

	/**
	 * A browser paired with the (only) meeting place, as a real kiosk is; the pairing
	 * lives in the database, so it survives the restarts these tests make.
	 */
	private static Page pairedKiosk(ConfigurableApplicationContext running) {
		BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800));
		long locationId = running.getBean(LocationService.class).allLocations().get(0).id();
		TestKiosks.Paired paired = TestKiosks.pair(running, locationId);
		context.addCookies(TestKiosks.browserCookie(paired.token(), "http://localhost:" + port + "/"));
		return context.newPage();
	}

	@Test
	void aCheckInConfirmedWhileTheDatabaseIsDownIsNotLostAndSucceedsAfterwards() throws IOException {
		ConfigurableApplicationContext running = app();
		try {
			Page kiosk = pairedKiosk(running);
			kiosk.navigate("http://localhost:" + port + "/kiosk");
			kiosk.locator("#kiosk-start").click();
			kiosk.locator("#kiosk-choose-nl").click();
			kiosk.locator("#kiosk-choice-new").click();
			kiosk.locator("#kiosk-nickname input").fill("Ilse");
			kiosk.locator("#kiosk-step-next").click();
			kiosk.locator("#kiosk-language-nl").click();
			kiosk.locator("#kiosk-step-next").click();
			kiosk.locator("#kiosk-step-next").click();
			kiosk.locator("#kiosk-step-next").click();
			kiosk.locator("#kiosk-meet-yes").click();

			int databasePort = database.getPort();
			database.close();
			kiosk.locator("#kiosk-confirm").click();
			assertThat(kiosk.locator("#kiosk-error")).isVisible(
					new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
			assertThat(kiosk.locator("#kiosk-nickname input")).hasValue("Ilse");
			kiosk.screenshot(
					new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "kiosk-10-db-down-nl.png")));

			database = EmbeddedPostgres.builder()
				.setDataDirectory(dataDir)
				.setCleanDataDirectory(false)
				.setPort(databasePort)
				.start();
			// the family taps "try again" until it works; each tap ends in the card or in
			// the error again
			int attempts = 0;
			while (kiosk.locator("#kiosk-card-qr").count() == 0 && attempts < 10) {
				attempts++;
				kiosk.locator("#kiosk-confirm").click();
				kiosk.waitForFunction(
						"() => document.querySelector('#kiosk-card-qr') "
								+ "|| !document.querySelector('#kiosk-confirm').hasAttribute('disabled')",
						null, new Page.WaitForFunctionOptions().setTimeout(30_000));
			}
			assertThat(kiosk.locator("#kiosk-card-qr")).isVisible();
			System.out.printf("NO LOST CHECK-IN: confirm during a database outage showed 'try again' with the answers "
					+ "kept; stored on retry %d after the database came back%n", attempts);
			try (var connection = database.getPostgresDatabase().getConnection();
					var result = connection.createStatement()
						.executeQuery("select count(*) from family where nickname = 'Ilse'")) {
				result.next();
				org.assertj.core.api.Assertions.assertThat(result.getInt(1)).isEqualTo(1);
			}
			catch (java.sql.SQLException ex) {
				throw new IllegalStateException(ex);
			}
		}
		finally {
			running.close();
		}
	}

	@Test
	void answersConfirmedWhileTheServerIsDownAreKeptAndNeverReportedAsDone() {
		ConfigurableApplicationContext running = app();
		Page kiosk = pairedKiosk(running);
		kiosk.navigate("http://localhost:" + port + "/kiosk");
		kiosk.locator("#kiosk-start").click();
		kiosk.locator("#kiosk-choose-fr").click();
		kiosk.locator("#kiosk-choice-new").click();
		kiosk.locator("#kiosk-nickname input").fill("Jonas");
		kiosk.locator("#kiosk-step-next").click();
		kiosk.locator("#kiosk-language-nl").click();
		kiosk.locator("#kiosk-step-next").click();
		kiosk.locator("#kiosk-interest-music").click();
		kiosk.locator("#kiosk-step-next").click();
		assertThat(kiosk.locator("#kiosk-step-children")).isVisible();
		kiosk.locator("#kiosk-step-next").click();
		assertThat(kiosk.locator("#kiosk-step-meet")).isVisible();
		kiosk.locator("#kiosk-meet-yes").click();
		assertThat(kiosk.locator("#kiosk-confirm")).isVisible();
		// the server has answered the last tap (and kept the answers in the browser with
		// that answer)
		assertThat(kiosk.locator("#kiosk-meet-yes")).hasAttribute("aria-pressed", "true");

		running.close();
		kiosk.locator("#kiosk-confirm").click();
		awaitReconnecting(kiosk);
		assertThat(kiosk.locator("#kiosk-welcome")).hasCount(0);
		running = app();
		try {
			// the page reloads into a fresh session and puts the family's answers back,
			// with "try again"
			assertThat(kiosk.locator("#kiosk-error")).isVisible(
					new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
			assertThat(kiosk.locator("#kiosk-nickname input")).hasValue("Jonas");
			assertThat(kiosk.locator("#kiosk-language-nl")).hasAttribute("aria-pressed", "true");
			assertThat(kiosk.locator("#kiosk-interest-music")).hasAttribute("aria-pressed", "true");
			assertThat(kiosk.locator("#kiosk-meet-yes")).hasAttribute("aria-pressed", "true");
			assertThat(kiosk.locator("html")).hasAttribute("lang", "fr");
			org.assertj.core.api.Assertions.assertThat(familiesNamed("Jonas")).isZero();

			kiosk.locator("#kiosk-confirm").click();
			assertThat(kiosk.locator("#kiosk-card-qr")).isVisible();
			org.assertj.core.api.Assertions.assertThat(familiesNamed("Jonas")).isEqualTo(1);
			System.out.println("NO LOST CHECK-IN: answers typed before a server restart came back after it; "
					+ "stored once on 'try again'");
		}
		finally {
			running.close();
		}
	}

	/**
	 * Until the page knows the server is away: its connection indicator says it is
	 * reconnecting (or offline). A condition, not a fixed wait: quick on a quiet machine,
	 * patient on a busy one.
	 */
	private static void awaitReconnecting(Page kiosk) {
		kiosk.waitForFunction(
				"() => { const i = document.querySelector('vaadin-connection-indicator');"
						+ " return !!i && (i.hasAttribute('reconnecting') || i.hasAttribute('offline')); }",
				null, new Page.WaitForFunctionOptions().setTimeout(30_000));
	}

	private static int familiesNamed(String nickname) {
		try (var connection = database.getPostgresDatabase().getConnection();
				var statement = connection.prepareStatement("select count(*) from family where nickname = ?")) {
			statement.setString(1, nickname);
			try (var result = statement.executeQuery()) {
				result.next();
				return result.getInt(1);
			}
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void duringANetworkDropTheKioskSaysCalmlyItIsReconnectingInTheChosenLanguage() {
		ConfigurableApplicationContext running = app();
		try {
			Page kiosk = pairedKiosk(running);
			var context = kiosk.context();
			kiosk.navigate("http://localhost:" + port + "/kiosk");
			kiosk.locator("#kiosk-start").click();
			kiosk.locator("#kiosk-choose-fr").click();
			assertThat(kiosk.locator("#kiosk-choice-new")).isVisible();

			context.setOffline(true);
			kiosk.locator("#kiosk-choice-new").click();
			awaitReconnecting(kiosk);
			String shown = (String) kiosk
				.evaluate("() => { const i = document.querySelector('vaadin-connection-indicator');"
						+ " return i ? (i.shadowRoot ? i.shadowRoot.textContent : '') + '|' + i.getAttribute('reconnecting')"
						+ " + '|' + (i.reconnectingText || '') + '|' + i.outerHTML.substring(0, 300) : 'none'; }");
			System.out.println("CONNECTION INDICATOR: " + shown.replaceAll("\\s+", " "));
			kiosk.screenshot(
					new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "kiosk-11-offline-fr.png")));
			org.assertj.core.api.Assertions.assertThat(shown).contains("Un instant, nous nous reconnectons");

			context.setOffline(false);
			assertThat(kiosk.locator("#kiosk-nickname")).isVisible(
					new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
		}
		finally {
			running.close();
		}
	}

	@Test
	void openKioskComesBackToTheWelcomeScreenAfterTheServerRestarts() throws IOException {
		ConfigurableApplicationContext running = app();
		Page kiosk = pairedKiosk(running);
		kiosk.navigate("http://localhost:" + port + "/kiosk");
		kiosk.locator("#kiosk-start").click();
		kiosk.locator("#kiosk-choose-fr").click();
		assertThat(kiosk.locator("#kiosk-choice-new")).isVisible();

		running.close();
		// while the server is away the page keeps trying; nobody touches it
		awaitReconnecting(kiosk);
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
