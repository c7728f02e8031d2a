package org.onthaal.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The load harness: starts Onthaal in a JVM of its own on 127.0.0.1 ({@link LoadTarget}),
 * opens M host boards (signed in, listening on the push channel) and N kiosks that check
 * families in over Vaadin's own protocol ({@link VaadinTab}), new and returning ones, and
 * families leave again, so that about {@code --present} families are here at a time. It
 * warms up, measures for a fixed time or a fixed number of check-ins, whichever comes
 * first, then (unless {@code --heap-uis=0}) opens that many kiosk screens and boards more
 * to weigh them on the heap, prints its figures and stops the app. Run:
 * {@code ./mvnw -Pproduction test-compile exec:exec@load} (README, "Load harness").
 */
public final class LoadHarness {

	/** The knobs, with defaults for a run of about two minutes. */
	record Options(int kiosks, int boards, int seconds, int checkIns, int thinkMillis, int warmupSeconds, int heapUis,
			int present, int browsers) {

		static Options parse(String... args) {
			Map<String, Integer> values = new LinkedHashMap<>();
			values.put("kiosks", 5);
			values.put("boards", 2);
			values.put("seconds", 60);
			values.put("checkins", 500);
			values.put("think-ms", 1000);
			values.put("warmup-seconds", 10);
			values.put("heap-uis", 100);
			values.put("present", 30);
			values.put("browsers", 0);
			for (String arg : args) {
				String[] pair = arg.replaceFirst("^--", "").split("=", 2);
				if (pair.length != 2 || pair[1].isBlank()) {
					continue; // an unset Maven property passes an empty value
				}
				if (!values.containsKey(pair[0])) {
					throw new IllegalArgumentException("Unknown option " + arg + "; known: " + values.keySet());
				}
				values.put(pair[0], Integer.parseInt(pair[1].strip()));
			}
			Options options = new Options(values.get("kiosks"), values.get("boards"), values.get("seconds"),
					values.get("checkins"), values.get("think-ms"), values.get("warmup-seconds"),
					values.get("heap-uis"), values.get("present"), values.get("browsers"));
			if (options.kiosks < 1 || options.boards < 0 || options.seconds < 1 || options.checkIns < 1
					|| options.thinkMillis < 0 || options.warmupSeconds < 0 || options.heapUis < 0
					|| options.present < 0 || options.kiosks > 500 || options.boards > 500 || options.seconds > 1800
					|| options.heapUis > 500 || options.browsers < 0 || options.browsers > 4) {
				throw new IllegalArgumentException("Out of bounds: " + options);
			}
			return options;
		}

	}

	private static final Path RUNS = Path.of("target", "load");

	private LoadHarness() {
	}

	public static void main(String[] args) throws Exception {
		Options options = Options.parse(args);
		System.out.println("Load harness: " + options);
		LoadReport report = run(options, null);
		System.out.println(report.table());
		System.exit(report.errors() == 0 ? 0 : 1);
	}

	/**
	 * Runs the load; {@code afterwards}, when given, sees the app before it stops (the
	 * smoke test looks into its database).
	 */
	static LoadReport run(Options options, AppCheck afterwards) throws Exception {
		int minutes = options.warmupSeconds() / 60 + options.seconds() / 60 + 10;
		int returningFamilies = 2 * options.kiosks() + 4;
		try (LoadTargetProcess app = LoadTargetProcess.start(RUNS, options.kiosks(), returningFamilies, minutes)) {
			HttpClient http = HttpClient.newBuilder()
				.version(HttpClient.Version.HTTP_1_1)
				.connectTimeout(Duration.ofSeconds(10))
				.build();
			URI base = URI.create("http://127.0.0.1:" + app.port() + "/");
			AppProbe probe = new AppProbe(http, app.managementPort(), app.pid(), app.dataDir(),
					app.get("datasource.url"));
			LoadReport report = new LoadReport(options, app.get("vaadin.mode"));
			LoadRecord record = new LoadRecord();

			List<VaadinTab> boards = new ArrayList<>();
			for (int i = 0; i < options.boards(); i++) {
				int board = i;
				VaadinTab tab = openBoard(http, base, app);
				tab.listen((message, arrived) -> record.pushed(board, message, arrived));
				boards.add(tab);
			}
			String[] tokens = app.get("kiosk.tokens").split(",");
			Queue<KioskScenario.Card> away = new ConcurrentLinkedQueue<>();
			Arrays.stream(app.get("returning.cards").split(",")).map(KioskScenario.Card::parse).forEach(away::add);
			Queue<KioskScenario.Card> present = new ConcurrentLinkedQueue<>();
			AtomicInteger names = new AtomicInteger();
			KioskLoop.Shared shared = new KioskLoop.Shared(away, present, names, options.present());
			List<KioskLoop> kiosks = new ArrayList<>();
			for (int i = 0; i < options.kiosks(); i++) {
				kiosks.add(new KioskLoop(() -> openKiosk(http, base, tokens[kiosks.size() % tokens.length]),
						options.thinkMillis(), record, shared));
			}
			List<Thread> threads = new ArrayList<>(
					kiosks.stream().map(kiosk -> Thread.ofVirtual().start(kiosk)).toList());
			List<BrowserKiosk> browsers = new ArrayList<>();
			for (int i = 0; i < options.browsers(); i++) {
				BrowserKiosk browser = new BrowserKiosk(base.toString(), tokens[i % tokens.length],
						options.thinkMillis(), record, names);
				browsers.add(browser);
				threads.add(Thread.ofPlatform().start(browser));
			}

			// warm: the time asked for has passed and every kiosk went round once (the
			// JIT, pools and caches have seen each screen)
			long warm = System.nanoTime() + options.warmupSeconds() * 1_000_000_000L;
			Phases.until(() -> System.nanoTime() >= warm && kiosks.stream().allMatch(kiosk -> kiosk.rounds() > 0),
					Duration.ofSeconds(options.warmupSeconds() + 180L));
			String metricsBefore = probe.metrics();
			long appBefore = probe.appTicks();
			long databaseBefore = probe.databaseTicks();
			long clientBefore = ProcessCpu.ticks(ProcessHandle.current().pid());
			long browsersBefore = ProcessCpu.browserTicks(app.pid());
			long start = System.nanoTime();
			record.measuring = true;
			Phases.until(() -> record.measuredCheckIns() >= options.checkIns() || record.errors() >= 20,
					Duration.ofSeconds(options.seconds()));
			record.measuring = false;
			double seconds = (System.nanoTime() - start) / 1e9;
			String metricsAfter = probe.metrics();
			report.cpu(seconds, probe.appTicks() - appBefore, probe.databaseTicks() - databaseBefore,
					ProcessCpu.ticks(ProcessHandle.current().pid()) - clientBefore,
					ProcessCpu.browserTicks(app.pid()) - browsersBefore);
			kiosks.forEach(KioskLoop::stop);
			browsers.forEach(BrowserKiosk::stop);
			for (Thread thread : threads) {
				thread.join(Duration.ofSeconds(60));
			}
			// the last pushes may still be on their way
			Phases.until(() -> record.allHeard(options.boards()), Duration.ofSeconds(10));
			report.client(record, seconds);
			TreeMap<Double, Double> before = AppProbe.tapBuckets(metricsBefore);
			TreeMap<Double, Double> after = AppProbe.tapBuckets(metricsAfter);
			report.server(AppProbe.quantile(before, after, 0.5), AppProbe.quantile(before, after, 0.95),
					AppProbe.quantile(before, after, 0.99),
					AppProbe.value(metricsAfter, "onthaal_board_update_latency_seconds{quantile=\"0.95\"}"),
					AppProbe.value(metricsAfter, "onthaal_board_refresh_seconds{quantile=\"0.5\"}"),
					AppProbe.value(metricsAfter, "onthaal_board_refresh_seconds{quantile=\"0.95\"}"),
					AppProbe.value(metricsAfter, "onthaal_checkins_total{source=\"kiosk\"}")
							- AppProbe.value(metricsBefore, "onthaal_checkins_total{source=\"kiosk\"}"));
			if (options.heapUis() > 0) {
				HeapPerUi.measure(options.heapUis(), probe, () -> openKiosk(http, base, tokens[0]),
						() -> openBoard(http, base, app), report);
			}
			if (afterwards != null) {
				afterwards.check(app, record);
			}
			boards.forEach(VaadinTab::close);
			return report;
		}
	}

	/** What the smoke test looks at before the app stops. */
	interface AppCheck {

		void check(LoadTargetProcess app, LoadRecord record) throws Exception;

	}

	static VaadinTab openKiosk(HttpClient http, URI base, String token) throws Exception {
		VaadinTab tab = new VaadinTab(http, base);
		tab.cookie("onthaal-kiosk", token);
		tab.open("kiosk");
		if (!tab.has("kiosk-start")) {
			throw new IllegalStateException("The kiosk did not show its welcome screen");
		}
		return tab;
	}

	static VaadinTab openBoard(HttpClient http, URI base, LoadTargetProcess app) throws Exception {
		VaadinTab tab = new VaadinTab(http, base);
		tab.signIn(app.get("host.username"), app.get("host.password"));
		tab.open("host");
		return tab;
	}

}
