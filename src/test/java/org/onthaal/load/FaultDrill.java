package org.onthaal.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jooq.DSLContext;
import org.onthaal.OnthaalApplication;
import org.onthaal.cluster.NodeProcess;
import org.onthaal.cluster.ProxyProcess;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.onthaal.db.Tables.FAMILY;
import static org.onthaal.db.Tables.VISIT;

/**
 * Faults under load, counted against the database (issue 14, item 4): the deployment's
 * topology on this machine (one PostgreSQL 17, node A in a process of its own, node B in
 * this JVM, HAProxy with ops/proxy/haproxy.cfg), N kiosks checking families in through
 * the proxy over Vaadin's protocol ({@link VaadinTab}, {@link KioskLoop}), then
 * {@code kill -9} of node A, then a restart of PostgreSQL. After each fault it waits
 * until every kiosk has had a check-in confirmed again and prints how long that took; at
 * the end it holds what the families were told against the rows: lost (confirmed, not
 * stored), doubled (a nickname stored twice, or more visits than confirm taps), and
 * stored without the family having seen it confirmed. Bounded in time, 127.0.0.1 only.
 * Run: {@code ./mvnw test-compile exec:exec@faults} (README, "Faults under load").
 */
public final class FaultDrill {

	private static final long RETRY_MILLIS = 2000;

	private FaultDrill() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, Integer> options = new java.util.TreeMap<>(Map.of("kiosks", 20, "boards", 4, "warmup-seconds", 30,
				"think-ms", 300, "back-seconds", 120, "steady-seconds", 30, "drop-seconds", 20));
		for (String arg : args) {
			String[] pair = arg.replaceFirst("^--", "").split("=", 2);
			if (pair.length == 2 && !pair[1].isBlank()) {
				if (!options.containsKey(pair[0])) {
					throw new IllegalArgumentException("Unknown option " + arg + "; known: " + options.keySet());
				}
				options.put(pair[0], Integer.parseInt(pair[1].strip()));
			}
		}
		if (options.get("kiosks") < 1 || options.get("kiosks") > 200 || options.get("boards") > 100
				|| options.get("back-seconds") > 600 || options.get("steady-seconds") > 600
				|| options.get("drop-seconds") > 300) {
			throw new IllegalArgumentException("Out of bounds: " + options);
		}
		int kiosks = options.get("kiosks");
		System.out.println("Fault drill: " + options);
		Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "faults")), "run-");
		int databasePort = NodeProcess.freePort();
		EmbeddedPostgres database = startDatabase(dir, databasePort);
		String jdbcUrl = database.getJdbcUrl("postgres", "postgres");
		ConfigurableApplicationContext nodeB = new SpringApplicationBuilder(OnthaalApplication.class).run(
				"--server.address=127.0.0.1", "--server.port=0", "--management.server.port=0",
				"--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=postgres",
				"--spring.datasource.password=", "--onthaal.demo.enabled=false", "--spring.main.banner-mode=off");
		NodeProcess nodeA = NodeProcess.start("a", jdbcUrl);
		ProxyProcess proxy = null;
		List<KioskLoop> loops = new ArrayList<>();
		List<Thread> threads = new ArrayList<>();
		List<BoardWatch> boards = new ArrayList<>();
		CuttableLink link = null;
		try {
			Properties setUp = LoadTarget.setUp(nodeB, kiosks, 2 * kiosks + 4);
			nodeA.awaitReady(Duration.ofMinutes(3));
			proxy = ProxyProcess
				.start(nodeA.port(), nodeA.managementPort(),
						Integer.parseInt(nodeB.getEnvironment().getRequiredProperty("local.server.port")),
						Integer.parseInt(nodeB.getEnvironment().getRequiredProperty("local.management.port")))
				.awaitServing("a", Duration.ofSeconds(30))
				.awaitServing("b", Duration.ofSeconds(30));

			HttpClient http = HttpClient.newBuilder()
				.version(HttpClient.Version.HTTP_1_1)
				.connectTimeout(Duration.ofSeconds(5))
				.build();
			URI base = URI.create(proxy.url(""));
			FaultLedger ledger = new FaultLedger();
			Queue<KioskScenario.Card> away = new ConcurrentLinkedQueue<>();
			Arrays.stream(setUp.getProperty("returning.cards").split(","))
				.map(KioskScenario.Card::parse)
				.forEach(away::add);
			KioskLoop.Shared shared = new KioskLoop.Shared(away, new ConcurrentLinkedQueue<>(), new AtomicInteger(),
					30);
			// boards on both nodes, as the proxy spreads tablets: half hear every
			// check-in from the other node
			for (int i = 0; i < options.get("boards"); i++) {
				String node = i % 2 == 0 ? "a" : "b";
				java.util.concurrent.atomic.AtomicBoolean first = new java.util.concurrent.atomic.AtomicBoolean(true);
				BoardWatch board = new BoardWatch(i, () -> {
					VaadinTab tab = new VaadinTab(http, base);
					if (first.getAndSet(false)) {
						tab.cookie(ProxyProcess.NODE_COOKIE, node);
					}
					tab.signIn(setUp.getProperty("host.username"), setUp.getProperty("host.password"));
					tab.open("host");
					return tab;
				}, ledger);
				boards.add(board);
				threads.add(Thread.ofVirtual().start(board));
			}
			// the first kiosk reaches the proxy through a network that can go away
			link = new CuttableLink(base.getPort());
			URI cuttable = URI.create("http://127.0.0.1:" + link.port() + "/");
			String[] tokens = setUp.getProperty("kiosk.tokens").split(",");
			for (int i = 0; i < kiosks; i++) {
				String token = tokens[i];
				URI kioskBase = i == 0 ? cuttable : base;
				java.util.concurrent.atomic.AtomicBoolean opened = new java.util.concurrent.atomic.AtomicBoolean();
				loops.add(new KioskLoop(() -> {
					// a kiosk that lost its page tries again every 2 s, as the kiosk page
					// does
					// (README, "When things go wrong at the door"), instead of hammering
					if (opened.getAndSet(true)) {
						Thread.sleep(RETRY_MILLIS);
					}
					VaadinTab tab = LoadHarness.openKiosk(http, kioskBase, token);
					ledger.tabs.put(Thread.currentThread(), tab);
					return tab;
				}, options.get("think-ms"), ledger, shared));
			}
			loops.forEach(loop -> threads.add(Thread.ofVirtual().start(loop)));
			long warm = System.nanoTime() + options.get("warmup-seconds") * 1_000_000_000L;
			if (!Phases.until(() -> System.nanoTime() >= warm && ledger.everyKioskConfirmedAfter(0, kiosks),
					Duration.ofSeconds(options.get("warmup-seconds") + options.get("back-seconds")))) {
				throw new IllegalStateException("Not every kiosk checked a family in before the faults");
			}
			System.out.printf("before the faults: %d check-ins confirmed, %d errors%n", ledger.total(ledger.confirmed),
					ledger.errors());
			steadyPush(ledger, boards, options.get("steady-seconds"));

			int errorsBefore = ledger.errors();
			long killedAt = System.nanoTime();
			nodeA.kill();
			awaitEveryKiosk("kill -9 of node A", ledger, killedAt, kiosks, options.get("back-seconds"));
			System.out.printf("  kiosk errors seen meanwhile: %d%n", ledger.errors() - errorsBefore);
			awaitEveryBoard("kill -9 of node A", boards, killedAt, options.get("back-seconds"));
			settle(ledger, kiosks, options.get("back-seconds"));

			errorsBefore = ledger.errors();
			long restartedAt = System.nanoTime();
			database.close();
			database = startDatabase(dir, databasePort);
			awaitEveryKiosk("PostgreSQL restart", ledger, restartedAt, kiosks, options.get("back-seconds"));
			System.out.printf("  kiosk errors seen meanwhile: %d%n", ledger.errors() - errorsBefore);
			awaitEveryBoard("PostgreSQL restart", boards, restartedAt, options.get("back-seconds"));
			settle(ledger, kiosks, options.get("back-seconds"));

			dropOneKiosk(link, ledger, threads.get(boards.size()), options.get("drop-seconds"),
					options.get("back-seconds"));
			settle(ledger, kiosks, options.get("back-seconds"));

			loops.forEach(KioskLoop::stop);
			boards.forEach(BoardWatch::stop);
			for (Thread thread : threads) {
				thread.join(Duration.ofSeconds(60));
			}
			count(ledger, nodeB.getBean(DSLContext.class));
		}
		finally {
			loops.forEach(KioskLoop::stop);
			boards.forEach(BoardWatch::stop);
			if (link != null) {
				link.close();
			}
			if (proxy != null) {
				proxy.stop();
			}
			nodeA.stop();
			nodeB.close();
			database.close();
		}
		System.exit(0);
	}

	/**
	 * Before any fault: from each confirm tap to each board's push naming the family,
	 * split by whether the board is on the node that stored the check-in or on the other
	 * one (the change crossed nodes through PostgreSQL's NOTIFY).
	 */
	private static void steadyPush(FaultLedger ledger, List<BoardWatch> boards, int seconds) {
		if (boards.isEmpty() || seconds <= 0) {
			return;
		}
		List<String> boardNodes = boards.stream().map(BoardWatch::node).toList();
		ledger.measuring = true;
		long until = System.nanoTime() + seconds * 1_000_000_000L;
		Phases.until(() -> System.nanoTime() >= until, Duration.ofSeconds(seconds + 1L));
		ledger.measuring = false;
		Phases.until(() -> ledger.allHeard(boards.size()), Duration.ofSeconds(10));
		long[] same = ledger.pushNanos(
				(nickname, board) -> boardNodes.get(board).equals(ledger.nodeOfCheckIn.getOrDefault(nickname, "?")));
		long[] across = ledger.pushNanos(
				(nickname, board) -> !boardNodes.get(board).equals(ledger.nodeOfCheckIn.getOrDefault(nickname, "?")));
		System.out.printf(
				"steady, %d s, boards on nodes %s: confirm → board push, same node p50 %.0f p95 %.0f ms (%d), "
						+ "across nodes p50 %.0f p95 %.0f ms (%d), %d pushes missing; check-ins heard by board %s%n",
				seconds, boardNodes, LoadRecord.percentileMillis(same, 0.5), LoadRecord.percentileMillis(same, 0.95),
				same.length, LoadRecord.percentileMillis(across, 0.5), LoadRecord.percentileMillis(across, 0.95),
				across.length, ledger.pushesMissing(boards.size()), ledger.heardPerBoard());
	}

	/**
	 * Every board has heard a family named after the fault (it follows the place again).
	 */
	private static void awaitEveryBoard(String fault, List<BoardWatch> boards, long faultAt, int seconds) {
		if (boards.isEmpty()) {
			return;
		}
		Phases.until(() -> boards.stream().allMatch(board -> board.lastHeardNanos() > faultAt),
				Phases.seconds(faultAt + seconds * 1_000_000_000L - System.nanoTime()));
		List<Long> back = boards.stream().map(BoardWatch::lastHeardNanos).filter(at -> at > faultAt).toList();
		System.out.printf(
				"  boards: %d of %d follow the place again, the last %.1f s after the fault; opened %s times%n",
				back.size(), boards.size(),
				(back.stream().mapToLong(Long::longValue).max().orElse(faultAt) - faultAt) / 1e9,
				boards.stream().map(BoardWatch::opened).toList());
	}

	/**
	 * The first kiosk's network goes for a while, then comes back: the others go on, and
	 * the kiosk checks families in again.
	 */
	private static void dropOneKiosk(CuttableLink link, FaultLedger ledger, Thread kiosk, int seconds, int back) {
		long cutAt = System.nanoTime();
		int othersBefore = ledger.total(ledger.confirmed);
		link.cut();
		long mendAt = cutAt + seconds * 1_000_000_000L;
		Phases.until(() -> System.nanoTime() >= mendAt, Duration.ofSeconds(seconds + 1L));
		link.mend();
		long mendedAt = System.nanoTime();
		Phases.until(() -> ledger.lastConfirmedByKiosk.getOrDefault(kiosk, 0L) > mendedAt, Duration.ofSeconds(back));
		long again = ledger.lastConfirmedByKiosk.getOrDefault(kiosk, 0L);
		System.out.printf("network drop to one kiosk for %d s: %s; %d check-ins confirmed at the others meanwhile%n",
				seconds,
				again > mendedAt ? String.format("it checked a family in again %.1f s after its network came back",
						(again - mendedAt) / 1e9) : "it did not check a family in again within " + back + " s",
				ledger.total(ledger.confirmed) - othersBefore);
	}

	private static EmbeddedPostgres startDatabase(Path dir, int port) throws java.io.IOException {
		return EmbeddedPostgres.builder()
			.setDataDirectory(dir.resolve("pgdata"))
			.setCleanDataDirectory(false)
			.setPort(port)
			// durable, as in production: a restart must not lose what was committed
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("max_connections", "200")
			.start();
	}

	/**
	 * Steady again before the next fault: every kiosk has had one more check-in
	 * confirmed.
	 */
	private static void settle(FaultLedger ledger, int kiosks, int seconds) {
		long from = System.nanoTime();
		Phases.until(() -> ledger.everyKioskConfirmedAfter(from, kiosks), Duration.ofSeconds(seconds));
	}

	private static void awaitEveryKiosk(String fault, FaultLedger ledger, long faultAt, int kiosks, int seconds)
			throws InterruptedException {
		Phases.until(() -> ledger.everyKioskConfirmedAfter(faultAt, kiosks),
				Phases.seconds(faultAt + seconds * 1_000_000_000L - System.nanoTime()));
		long last = ledger.lastConfirmedByKiosk.values().stream().mapToLong(Long::longValue).max().orElse(faultAt);
		long back = ledger.lastConfirmedByKiosk.values().stream().filter(at -> at > faultAt).count();
		List<Long> firstBack = ledger.lastConfirmedByKiosk.values()
			.stream()
			.filter(at -> at > faultAt)
			.sorted()
			.toList();
		System.out.printf("%s: %d of %d kiosks had a check-in confirmed again, the last %.1f s after the fault%s%n",
				fault, back, kiosks, (last - faultAt) / 1e9, back < kiosks ? " (gave up after " + seconds + " s)" : "");
		if (firstBack.isEmpty()) {
			System.out.println("  no kiosk came back");
		}
	}

	/**
	 * Holds what the families were told against the rows. Returning families were set up
	 * with one visit each before the drill.
	 */
	private static void count(FaultLedger ledger, DSLContext dsl) {
		Map<String, Integer> families = dsl.select(FAMILY.NICKNAME, org.jooq.impl.DSL.count())
			.from(FAMILY)
			.groupBy(FAMILY.NICKNAME)
			.fetchMap(FAMILY.NICKNAME, org.jooq.impl.DSL.count());
		Map<String, Integer> visits = dsl.select(FAMILY.NICKNAME, org.jooq.impl.DSL.count())
			.from(VISIT)
			.join(FAMILY)
			.on(FAMILY.ID.eq(VISIT.FAMILY_ID))
			.groupBy(FAMILY.NICKNAME)
			.fetchMap(FAMILY.NICKNAME, org.jooq.impl.DSL.count());
		int lost = 0;
		int doubledFamilies = 0;
		int extraVisits = 0;
		int storedUntold = 0;
		for (var entry : ledger.sent.entrySet()) {
			String nickname = entry.getKey();
			int sent = entry.getValue().get();
			int told = ledger.confirmed.getOrDefault(nickname, new AtomicInteger()).get();
			int before = nickname.startsWith("Terug") ? 1 : 0;
			int stored = visits.getOrDefault(nickname, 0) - before;
			lost += Math.max(0, told - stored);
			extraVisits += Math.max(0, stored - sent);
			storedUntold += Math.max(0, Math.min(stored, sent) - told);
			if (families.getOrDefault(nickname, 0) > 1) {
				doubledFamilies++;
			}
		}
		System.out.printf("check-ins: %d confirm taps sent, %d confirmed to the family%n", ledger.total(ledger.sent),
				ledger.total(ledger.confirmed));
		System.out.printf(
				"against the database: %d lost (confirmed, not stored), %d doubled (%d nicknames stored "
						+ "twice, %d visits more than taps), %d stored without the family seeing it confirmed%n",
				lost, doubledFamilies + extraVisits, doubledFamilies, extraVisits, storedUntold);
	}

}
