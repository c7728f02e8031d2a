package org.onthaal.load;

import java.util.Locale;

/** The figures of one run, and the table the harness prints. */
final class LoadReport {

	private final LoadHarness.Options options;

	private final String vaadinMode;

	private double seconds;

	private double appCpu;

	private double databaseCpu;

	private double clientCpu;

	private double browserCpu;

	private long[] taps = new long[0];

	private long[] confirms = new long[0];

	private long[] browserTaps = new long[0];

	private long[] pushes = new long[0];

	private int checkIns;

	private int pushesMissing;

	private int errors;

	private java.util.List<String> firstErrors = java.util.List.of();

	private java.util.List<String> slowestTaps = java.util.List.of();

	private double serverP50 = Double.NaN;

	private double serverP95 = Double.NaN;

	private double serverP99 = Double.NaN;

	private double boardUpdateP95 = Double.NaN;

	private double serverCheckIns;

	private double boardComputeP50 = Double.NaN;

	private double boardComputeP95 = Double.NaN;

	private int heapUis;

	private long heapKioskWelcome;

	private long heapKioskMidForm;

	private long heapBoard;

	private int familiesPresent;

	LoadReport(LoadHarness.Options options, String vaadinMode) {
		this.options = options;
		this.vaadinMode = vaadinMode;
	}

	void cpu(double seconds, long appTicks, long databaseTicks, long clientTicks, long browserTicks) {
		browserCpu = percent(browserTicks, seconds);
		this.seconds = seconds;
		appCpu = percent(appTicks, seconds);
		databaseCpu = percent(databaseTicks, seconds);
		clientCpu = percent(clientTicks, seconds);
	}

	void client(LoadRecord record, double seconds) {
		taps = record.tapNanos();
		confirms = record.confirmNanos();
		browserTaps = record.browserTapNanos();
		pushes = record.pushNanos();
		checkIns = record.measuredCheckIns();
		pushesMissing = record.pushesMissing(options.boards());
		errors = record.errors();
		firstErrors = record.firstErrors();
		slowestTaps = record.slowestTaps(4);
	}

	void server(double p50, double p95, double p99, double boardUpdateP95, double boardComputeP50,
			double boardComputeP95, double checkInsCounted) {
		this.boardComputeP50 = boardComputeP50 * 1000;
		this.boardComputeP95 = boardComputeP95 * 1000;
		serverP50 = p50 * 1000;
		serverP95 = p95 * 1000;
		serverP99 = p99 * 1000;
		this.boardUpdateP95 = boardUpdateP95 * 1000;
		serverCheckIns = checkInsCounted;
	}

	void heap(int uis, long kioskWelcome, long kioskMidForm, long board, int familiesPresent) {
		this.familiesPresent = familiesPresent;
		heapUis = uis;
		heapKioskWelcome = kioskWelcome;
		heapKioskMidForm = kioskMidForm;
		heapBoard = board;
	}

	int errors() {
		return errors;
	}

	int checkIns() {
		return checkIns;
	}

	int pushesMissing() {
		return pushesMissing;
	}

	int pushesHeard() {
		return pushes.length;
	}

	String table() {
		StringBuilder table = new StringBuilder();
		line(table, "Onthaal under load", "%d kiosks, %d boards, %d ms between taps, ~%d families here, Vaadin %s mode",
				options.kiosks(), options.boards(), options.thinkMillis(), options.present(), vaadinMode);
		line(table, "measured", "%.1f s after %d s warm-up, %d check-ins (%.2f/s), %d taps, %d errors", seconds,
				options.warmupSeconds(), checkIns, checkIns / seconds, taps.length, errors);
		line(table, "kiosk tap, client (ms)", "p50 %s  p95 %s  p99 %s", ms(taps, 0.5), ms(taps, 0.95), ms(taps, 0.99));
		if (options.browsers() > 0) {
			line(table, "kiosk tap, Chromium (ms)", "p50 %s  p95 %s  p99 %s  (%d taps in %d browsers)",
					ms(browserTaps, 0.5), ms(browserTaps, 0.95), ms(browserTaps, 0.99), browserTaps.length,
					options.browsers());
		}
		line(table, "kiosk tap, server (ms)", "p50 %.1f  p95 %.1f  p99 %.1f  (onthaal_ui_request_seconds)", serverP50,
				serverP95, serverP99);
		line(table, "slowest taps, client p95 (ms)", "%s", String.join(", ", slowestTaps));
		line(table, "confirm tap, client (ms)", "p50 %s  p95 %s  p99 %s", ms(confirms, 0.5), ms(confirms, 0.95),
				ms(confirms, 0.99));
		line(table, "confirm → board push (ms)", "p50 %s  p95 %s  p99 %s  (%d pushes, %d missing)", ms(pushes, 0.5),
				ms(pushes, 0.95), ms(pushes, 0.99), pushes.length, pushesMissing);
		line(table, "board update, server (ms)", "p95 %.1f  (onthaal_board_update_latency_seconds, last minutes)",
				boardUpdateP95);
		line(table, "board computation, server (ms)",
				"p50 %.1f  p95 %.1f  (onthaal_board_refresh_seconds, once per change for all boards)", boardComputeP50,
				boardComputeP95);
		line(table, "check-ins counted by app", "%.0f", serverCheckIns);
		line(table, "CPU, % of one core",
				"app %.0f %%  database %.0f %%  load client %.0f %%  browsers %.0f %%  (2 cores = 200 %%)", appCpu,
				databaseCpu, clientCpu, browserCpu);
		if (heapUis > 0) {
			line(table, "heap per UI (kB, after GC)",
					"kiosk welcome %d  kiosk mid-form %d  board %d  (%d of each, %d families present)",
					heapKioskWelcome / 1024, heapKioskMidForm / 1024, heapBoard / 1024, heapUis, familiesPresent);
		}
		firstErrors.forEach(error -> line(table, "error", "%s", error));
		return table.toString();
	}

	private static void line(StringBuilder table, String what, String format, Object... values) {
		table.append(String.format(Locale.ROOT, "| %-27s | " + format + " |%n", prepend(what, values)));
	}

	private static Object[] prepend(Object first, Object[] rest) {
		Object[] all = new Object[rest.length + 1];
		all[0] = first;
		System.arraycopy(rest, 0, all, 1, rest.length);
		return all;
	}

	private static String ms(long[] sortedNanos, double q) {
		return String.format(Locale.ROOT, "%.1f", LoadRecord.percentileMillis(sortedNanos, q));
	}

	private static double percent(long ticks, double seconds) {
		return seconds <= 0 ? 0 : 100.0 * ticks / ProcessCpu.TICKS_PER_SECOND / seconds;
	}

}
