package org.onthaal.cluster;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.Cookie;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.onthaal.OnthaalApplication;
import org.onthaal.browser.DebianChromium;
import org.onthaal.kiosk.TestKiosks;
import org.onthaal.space.LocationRepository;
import org.onthaal.staff.Role;
import org.onthaal.staff.StaffAccounts;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.onthaal.db.Tables.FAMILY;

/**
 * The deployment's topology on one machine: two nodes on one PostgreSQL behind Debian's
 * HAProxy with the deployment's configuration. Node A runs in a process of its own so it
 * can be killed with SIGKILL; node B runs in this JVM, which lets the test set up the
 * place and count what was stored. Which node a browser reaches is chosen the way the
 * proxy chooses it, by its sticky cookie.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesBehindProxyIT {

	private static final String PASSWORD = "een-lang-wachtwoord";

	private static final LocatorAssertions.IsVisibleOptions PATIENT = new LocatorAssertions.IsVisibleOptions()
		.setTimeout(60_000);

	private static EmbeddedPostgres database;

	private static ConfigurableApplicationContext nodeB;

	private static NodeProcess nodeA;

	private static ProxyProcess proxy;

	private static Playwright playwright;

	private static Browser browser;

	private static long locationId;

	@BeforeAll
	static void startTheTopology() throws Exception {
		Path dataDir = Files.createTempDirectory("onthaal-two-nodes");
		database = EmbeddedPostgres.builder().setDataDirectory(dataDir).start();
		String jdbcUrl = database.getJdbcUrl("postgres", "postgres");
		// B first: it sets up the schema, so A starts on a database that is ready
		nodeB = new SpringApplicationBuilder(OnthaalApplication.class).run("--server.port=0",
				"--management.server.port=0", "--spring.datasource.url=" + jdbcUrl,
				"--spring.datasource.username=postgres", "--spring.datasource.password=",
				"--onthaal.demo.enabled=false");
		nodeA = NodeProcess.start("a", jdbcUrl);
		locationId = nodeB.getBean(LocationRepository.class).create("Baboes", ZoneId.of("Europe/Brussels"), false);
		nodeB.getBean(StaffAccounts.class)
			.create("test", "gastvrouw", PASSWORD, "Gastvrouw", Set.of(Role.HOST), List.of(locationId), false);
		nodeA.awaitReady(Duration.ofMinutes(3));
		int portB = Integer.parseInt(nodeB.getEnvironment().getRequiredProperty("local.server.port"));
		int managementB = Integer.parseInt(nodeB.getEnvironment().getRequiredProperty("local.management.port"));
		proxy = ProxyProcess.start(nodeA.port(), nodeA.managementPort(), portB, managementB)
			.awaitServing("a", Duration.ofSeconds(30))
			.awaitServing("b", Duration.ofSeconds(30));
		com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
		playwright = DebianChromium.playwright();
		browser = DebianChromium.launch(playwright);
	}

	@AfterAll
	static void stopTheTopology() throws Exception {
		if (browser != null) {
			browser.close();
			playwright.close();
		}
		if (proxy != null) {
			proxy.stop();
		}
		if (nodeA != null) {
			nodeA.stop();
		}
		if (nodeB != null) {
			nodeB.close();
		}
		if (database != null) {
			database.close();
		}
	}

	@Test
	@Order(1)
	void aCheckInOnAKioskServedByNodeAReachesABoardServedByNodeB() {
		Page board = hostBoardOn("b");
		Page kiosk = kioskOn("a");
		long tapped = checkInNewFamily(kiosk, "Kasia");
		board.waitForFunction(
				"name => [...document.querySelectorAll('.family-nickname')].some(e => e.textContent === name)", "Kasia",
				new Page.WaitForFunctionOptions().setPollingInterval(5).setTimeout(30_000));
		System.out.printf("ACROSS NODES: confirm on node A's kiosk to node B's board in %d ms%n",
				(System.nanoTime() - tapped) / 1_000_000);
		assertThat(storedFamilies("Kasia")).isEqualTo(1);
		assertThat(nodeOf(kiosk)).as("the proxy kept the kiosk on node A").isEqualTo("a");
		assertThat(nodeOf(board)).as("and the board on node B").isEqualTo("b");
		assertThat(kiosk.request().get(proxy.url("healthz")).status()).as("the proxy's yes for the watchdog")
			.isEqualTo(200);
	}

	/** Last: node A stays dead. */
	@Test
	@Order(2)
	void killingNodeABringsItsKioskBackThroughNodeBWithTheHalfFilledFormAndItsBoardFollows() throws Exception {
		Page board = hostBoardOn("a");
		Page kiosk = kioskOn("a");
		kiosk.navigate(proxy.url("kiosk"));
		kiosk.locator("#kiosk-start").click();
		kiosk.locator("#kiosk-choose-fr").click();
		kiosk.locator("#kiosk-choice-new").click();
		kiosk.locator("#kiosk-nickname input").fill("Olena");
		kiosk.locator("#kiosk-step-next").click();
		kiosk.locator("#kiosk-language-ar").click();
		// the server has answered the tap, and the tab's storage holds the answers so far
		assertThat(kiosk.locator("#kiosk-language-ar")).hasAttribute("aria-pressed", "true");

		// a second kiosk on node A at its last step: node A stores the family and dies
		// before the kiosk hears back
		Page lastStep = kioskOn("a");
		fillUpToCheckIn(lastStep, "Marta");
		AtomicBoolean killed = new AtomicBoolean();
		lastStep.route(url -> url.contains("v-r=uidl"), route -> {
			if (killed.get()) {
				route.resume();
				return;
			}
			// not every request is the tap on "check in" (a poll, a script's answer may
			// go
			// first): the one after which the family is stored is the one whose answer is
			// lost
			APIResponse answer = route.fetch();
			if (storedFamilies("Marta") == 0) {
				route.fulfill(new Route.FulfillOptions().setResponse(answer));
				return;
			}
			killNodeA();
			killed.set(true);
			route.abort();
		});

		// gone once the page has reloaded
		kiosk.evaluate("() => window.__beforeTheCrash = true");
		board.evaluate("() => window.__beforeTheCrash = true");
		lastStep.evaluate("() => window.__beforeTheCrash = true");

		long killedAt = System.nanoTime();
		lastStep.locator("#kiosk-confirm").click();
		lastStep.waitForCondition(killed::get);
		assertThat(storedFamilies("Marta")).as("stored before node A died").isEqualTo(1);
		// nobody touches the kiosk: its push connection breaks, it reconnects through the
		// proxy, which sends it to node B; B has no session for it, so the page reloads
		// and puts the family's answers back
		kiosk.waitForFunction("() => !window.__beforeTheCrash", null,
				new Page.WaitForFunctionOptions().setTimeout(60_000));
		assertThat(kiosk.locator("#kiosk-nickname input")).hasValue("Olena",
				new LocatorAssertions.HasValueOptions().setTimeout(60_000));
		long kioskBackAt = System.nanoTime();
		assertThat(nodeOf(kiosk)).as("the proxy moved the kiosk to node B").isEqualTo("b");
		assertThat(kiosk.locator("#kiosk-language-ar")).hasAttribute("aria-pressed", "true");
		assertThat(kiosk.locator("html")).hasAttribute("lang", "fr");
		// nothing was being saved: no "saving did not work, try again" for a family that
		// never tapped "check in"
		assertThat(kiosk.locator("#kiosk-error")).isHidden();
		assertThat(storedFamilies("Olena")).isZero();

		// the board was on node A too: it reloads on node B, signed in again by its
		// remembered cookie, and follows the place from there
		board.waitForFunction("() => !window.__beforeTheCrash", null,
				new Page.WaitForFunctionOptions().setTimeout(60_000));
		assertThat(board.locator("#host-empty, .family-nickname").first()).isVisible(PATIENT);
		long boardBackAt = System.nanoTime();
		assertThat(board.url()).endsWith("/host");
		System.out.printf("NODE A KILLED: kiosk back on node B with its answers after %d ms, board after %d ms%n",
				(kioskBackAt - killedAt) / 1_000_000, (boardBackAt - killedAt) / 1_000_000);
		Path shots = Path.of("target", "screenshots");
		Files.createDirectories(shots);
		kiosk.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("two-nodes-kiosk-after-kill.png")));
		board.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("two-nodes-board-after-kill.png")));

		// the family at the last step gets its answers back with "try again" and taps
		// "check in" again: still one family
		lastStep.waitForFunction("() => !window.__beforeTheCrash", null,
				new Page.WaitForFunctionOptions().setTimeout(60_000));
		assertThat(lastStep.locator("#kiosk-error")).isVisible(PATIENT);
		assertThat(lastStep.locator("#kiosk-nickname input")).hasValue("Marta");
		lastStep.locator("#kiosk-confirm").click();
		assertThat(lastStep.locator("#kiosk-card-qr")).isVisible(PATIENT);
		assertThat(storedFamilies("Marta")).as("the family whose first answer was lost, stored once").isEqualTo(1);

		// the family carries on and is stored once
		kiosk.locator("#kiosk-step-next").click();
		kiosk.locator("#kiosk-step-next").click();
		kiosk.locator("#kiosk-step-next").click();
		kiosk.locator("#kiosk-meet-yes").click();
		kiosk.locator("#kiosk-confirm").click();
		assertThat(kiosk.locator("#kiosk-card-qr")).isVisible(PATIENT);
		board.waitForFunction(
				"name => [...document.querySelectorAll('.family-nickname')].some(e => e.textContent === name)", "Olena",
				new Page.WaitForFunctionOptions().setTimeout(30_000));
		assertThat(storedFamilies("Olena")).isEqualTo(1);
	}

	private static void killNodeA() {
		try {
			nodeA.kill();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Through the new-family steps up to the last one, where "check in" waits. */
	private static void fillUpToCheckIn(Page kiosk, String nickname) {
		kiosk.navigate(proxy.url("kiosk"));
		kiosk.locator("#kiosk-start").click();
		kiosk.locator("#kiosk-choose-nl").click();
		kiosk.locator("#kiosk-choice-new").click();
		kiosk.locator("#kiosk-nickname input").fill(nickname);
		kiosk.locator("#kiosk-step-next").click();
		kiosk.locator("#kiosk-language-tr").click();
		kiosk.locator("#kiosk-step-next").click();
		kiosk.locator("#kiosk-step-next").click();
		kiosk.locator("#kiosk-step-next").click();
		kiosk.locator("#kiosk-meet-yes").click();
		assertThat(kiosk.locator("#kiosk-confirm")).isVisible();
	}

	private static long checkInNewFamily(Page kiosk, String nickname) {
		fillUpToCheckIn(kiosk, nickname);
		long tapped = System.nanoTime();
		kiosk.locator("#kiosk-confirm").click();
		assertThat(kiosk.locator("#kiosk-card-qr")).isVisible(PATIENT);
		return tapped;
	}

	/** A browser whose sticky cookie sends it to {@code node}, as the proxy set it. */
	private static BrowserContext deviceOn(String node, int width, int height) {
		BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height));
		context.addCookies(List.of(new Cookie(ProxyProcess.NODE_COOKIE, node).setUrl(proxy.url(""))));
		return context;
	}

	private static Page kioskOn(String node) {
		BrowserContext context = deviceOn(node, 1280, 800);
		TestKiosks.Paired paired = TestKiosks.pair(nodeB, locationId, "Kiosk " + System.nanoTime());
		context.addCookies(TestKiosks.browserCookie(paired.token(), proxy.url("")));
		return context.newPage();
	}

	private static Page hostBoardOn(String node) {
		Page page = deviceOn(node, 1024, 768).newPage();
		page.navigate(proxy.url("login"));
		page.locator("#login-form input[name='username']").fill("gastvrouw");
		page.locator("#login-form input[name='password']").fill(PASSWORD);
		page.locator("#login-form input[name='password']").press("Enter");
		page.waitForURL(url -> !url.contains("/login"));
		page.navigate(proxy.url("host"));
		assertThat(page.locator("#host-empty, .family-nickname").first()).isVisible(PATIENT);
		return page;
	}

	private static int storedFamilies(String nickname) {
		return nodeB.getBean(DSLContext.class).fetchCount(FAMILY, FAMILY.NICKNAME.eq(nickname));
	}

	/** The node the proxy's cookie names (it sets a new one when it moves a browser). */
	private static String nodeOf(Page page) {
		return page.context()
			.cookies(proxy.url(""))
			.stream()
			.filter(cookie -> cookie.name.equals(ProxyProcess.NODE_COOKIE))
			.map(cookie -> cookie.value)
			.findFirst()
			.orElse("none");
	}

}
