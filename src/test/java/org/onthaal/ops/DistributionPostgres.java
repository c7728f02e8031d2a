package org.onthaal.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.awaitility.Awaitility;

/**
 * The Linux distribution's PostgreSQL (Debian's {@code postgresql} package, which .ci/run
 * installs): a throw-away server in a folder of its own, and that same version's client
 * tools, pg_dump and pg_restore among them. The embedded PostgreSQL bundles only the
 * server, and a pg_dump refuses a server of a newer major version than its own.
 */
final class DistributionPostgres implements AutoCloseable {

	private static final Path PACKAGES = Path.of("/usr/lib/postgresql");

	/** PostgreSQL refuses to run as root; CI runs as root. */
	private static final boolean ROOT = "root".equals(System.getProperty("user.name"));

	private final Path bin;

	private final Path folder;

	private final int port;

	private final Process server;

	private DistributionPostgres(Path bin, Path folder, int port, Process server) {
		this.bin = bin;
		this.folder = folder;
		this.port = port;
		this.server = server;
	}

	/**
	 * The newest installed version that has the server and the tools the backup scripts
	 * use.
	 */
	static Path binaries() {
		List<String> needed = List.of("initdb", "postgres", "pg_dump", "pg_restore", "createdb");
		try (Stream<Path> versions = Files.list(PACKAGES)) {
			return versions.map(version -> version.resolve("bin"))
				.filter(bin -> needed.stream().allMatch(tool -> Files.isExecutable(bin.resolve(tool))))
				.max(Comparator.comparing(bin -> Integer.parseInt(bin.getParent().getFileName().toString())))
				.orElseThrow(DistributionPostgres::notInstalled);
		}
		catch (IOException ex) {
			throw notInstalled();
		}
	}

	private static IllegalStateException notInstalled() {
		return new IllegalStateException("No PostgreSQL server with pg_dump and pg_restore under " + PACKAGES
				+ ": install Debian's package postgresql (.ci/run does)");
	}

	static DistributionPostgres start() throws IOException {
		Path bin = binaries();
		Path folder = Files.createTempDirectory("onthaal-drill-source");
		// the server's own user (nobody, when this runs as root) makes its data folder
		// here
		Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwxrwx"));
		Path data = folder.resolve("data");
		run(folder.resolve("initdb.log"), Map.of(), asServerUser(bin.resolve("initdb").toString(), "-D",
				data.toString(), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync"));
		int port = freePort();
		Process server = new ProcessBuilder(
				asServerUser(bin.resolve("postgres").toString(), "-D", data.toString(), "-p", Integer.toString(port),
						"-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-F"))
			.redirectErrorStream(true)
			.redirectOutput(folder.resolve("server.log").toFile())
			.start();
		DistributionPostgres postgres = new DistributionPostgres(bin, folder, port, server);
		Awaitility.await("PostgreSQL from " + bin + " accepts connections")
			.atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(100))
			.ignoreExceptions()
			.until(() -> {
				if (!server.isAlive()) {
					throw new IllegalStateException("the server stopped: " + folder.resolve("server.log"));
				}
				try (var connection = DriverManager.getConnection(postgres.jdbcUrl("postgres"), "postgres", "")) {
					return connection.isValid(1);
				}
			});
		return postgres;
	}

	private static List<String> asServerUser(String... command) {
		List<String> line = new ArrayList<>();
		if (ROOT) {
			line.addAll(List.of("setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"));
		}
		line.addAll(List.of(command));
		return line;
	}

	private static int freePort() throws IOException {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/**
	 * Runs a command to its end, its output in a log file that the failure names; extra
	 * environment on top of this JVM's.
	 */
	static void run(Path log, Map<String, String> environment, List<String> command) throws IOException {
		var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		builder.environment().putAll(environment);
		Process process = builder.start();
		try {
			if (!process.waitFor(120, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException("Still running after 2 minutes: " + command);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			process.destroyForcibly();
			throw new IllegalStateException(ex);
		}
		if (process.exitValue() != 0) {
			throw new IllegalStateException(
					"Failed (exit " + process.exitValue() + "): " + command + "\n" + Files.readString(log));
		}
	}

	Path bin() {
		return bin;
	}

	int port() {
		return port;
	}

	String jdbcUrl(String database) {
		return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
	}

	String version() throws SQLException {
		try (var connection = DriverManager.getConnection(jdbcUrl("postgres"), "postgres", "");
				var result = connection.createStatement().executeQuery("show server_version")) {
			result.next();
			return result.getString(1);
		}
	}

	@Override
	public void close() throws IOException, InterruptedException {
		// SIGINT: PostgreSQL's fast shutdown
		new ProcessBuilder("kill", "-INT", Long.toString(server.pid())).start().waitFor();
		if (!server.waitFor(30, TimeUnit.SECONDS)) {
			server.destroyForcibly();
		}
		deleteRecursively(folder);
	}

	static void deleteRecursively(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			files.sorted(Comparator.reverseOrder()).forEach(file -> {
				try {
					Files.delete(file);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
	}

}
