package org.onthaal.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the harness reads from the app's side: its Prometheus metrics (management port,
 * 127.0.0.1), its used heap after a full collection (jcmd of this JDK) and the CPU time
 * of its JVM and of its PostgreSQL.
 */
final class AppProbe {

	private static final Pattern BUCKET = Pattern
		.compile("^onthaal_ui_request_seconds_bucket\\{le=\"([^\"]+)\"\\} ([0-9.eE+]+)$", Pattern.MULTILINE);

	private static final Pattern TOTAL = Pattern.compile("(?m)^Total\\s+\\d+\\s+(\\d+)\\s*$");

	private final HttpClient http;

	private final URI prometheus;

	final long pid;

	private final Path dataDir;

	private final String jdbcUrl;

	AppProbe(HttpClient http, int managementPort, long appPid, Path dataDir, String jdbcUrl) {
		this.jdbcUrl = jdbcUrl;
		this.http = http;
		this.prometheus = URI.create("http://127.0.0.1:" + managementPort + "/actuator/prometheus");
		this.pid = appPid;
		this.dataDir = dataDir;
	}

	String metrics() throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(prometheus).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
	}

	/** The server's tap histogram: upper bound in seconds → count so far. */
	static TreeMap<Double, Double> tapBuckets(String metrics) {
		TreeMap<Double, Double> buckets = new TreeMap<>();
		Matcher bucket = BUCKET.matcher(metrics);
		while (bucket.find()) {
			double bound = "+Inf".equals(bucket.group(1)) ? Double.POSITIVE_INFINITY
					: Double.parseDouble(bucket.group(1));
			buckets.put(bound, Double.parseDouble(bucket.group(2)));
		}
		return buckets;
	}

	/**
	 * One line's value, e.g. {@code onthaal_checkins_total{source="kiosk"}}; 0 if absent.
	 */
	static double value(String metrics, String series) {
		for (String line : metrics.split("\n")) {
			if (line.startsWith(series + " ")) {
				return Double.parseDouble(line.substring(series.length() + 1).strip());
			}
		}
		return 0;
	}

	/**
	 * The quantile of what happened between two readings of a cumulative histogram,
	 * interpolated linearly inside its bucket (Prometheus's histogram_quantile).
	 */
	static double quantile(TreeMap<Double, Double> before, TreeMap<Double, Double> after, double q) {
		List<double[]> deltas = new ArrayList<>();
		for (Map.Entry<Double, Double> bucket : after.entrySet()) {
			deltas.add(new double[] { bucket.getKey(), bucket.getValue() - before.getOrDefault(bucket.getKey(), 0.0) });
		}
		if (deltas.isEmpty() || deltas.get(deltas.size() - 1)[1] <= 0) {
			return Double.NaN;
		}
		double rank = q * deltas.get(deltas.size() - 1)[1];
		double lowerBound = 0;
		double lowerCount = 0;
		for (double[] bucket : deltas) {
			if (bucket[1] >= rank) {
				if (Double.isInfinite(bucket[0])) {
					return lowerBound;
				}
				double share = bucket[1] == lowerCount ? 0 : (rank - lowerCount) / (bucket[1] - lowerCount);
				return lowerBound + (bucket[0] - lowerBound) * share;
			}
			lowerBound = bucket[0];
			lowerCount = bucket[1];
		}
		return lowerBound;
	}

	/**
	 * The bytes of the objects alive on the heap, after a full collection: the total of
	 * jcmd's class histogram (which collects first). The heap's "used" would also count
	 * the unused rest of regions that hold one large object.
	 */
	long heapAfterGc() throws IOException, InterruptedException {
		jcmd("GC.run");
		Matcher total = TOTAL.matcher(jcmd("GC.class_histogram"));
		if (!total.find()) {
			throw new IllegalStateException("jcmd GC.class_histogram gave no total");
		}
		return Long.parseLong(total.group(1));
	}

	/** Families checked in and not out yet: the rows every board shows. */
	int familiesPresent() throws SQLException {
		try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "");
				ResultSet rows = connection.createStatement()
					.executeQuery("select count(*) from visit where checked_out_at is null")) {
			rows.next();
			return rows.getInt(1);
		}
	}

	long appTicks() {
		return ProcessCpu.ticks(pid);
	}

	/** PostgreSQL: its postmaster (first line of postmaster.pid) and its backends. */
	long databaseTicks() throws IOException {
		Path pidFile = dataDir.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return 0;
		}
		long postmaster = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
		return ProcessCpu.ticksWithChildren(postmaster);
	}

	private String jcmd(String command) throws IOException, InterruptedException {
		Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
		Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), command).redirectErrorStream(true)
			.start();
		String out = new String(process.getInputStream().readAllBytes());
		if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
			throw new IllegalStateException("jcmd " + command + " failed: " + out);
		}
		return out;
	}

}
