package org.onthaal.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@link LoadTarget} as a child process of the harness, on this JDK and the harness's own
 * class path: started, waited for until it wrote what it set up, and stopped again with
 * its database and data folder. Its output goes to {@code app.log} in its run folder.
 */
final class LoadTargetProcess implements AutoCloseable {

	private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

	private final Process process;

	private final Path runDir;

	private final Properties ready;

	private LoadTargetProcess(Process process, Path runDir, Properties ready) {
		this.process = process;
		this.runDir = runDir;
		this.ready = ready;
	}

	/**
	 * Starts the app with this many paired kiosks and returning families; gives up after
	 * {@code maxMinutes} even if nobody stops it.
	 */
	static LoadTargetProcess start(Path parent, int kiosks, int returningFamilies, int maxMinutes)
			throws IOException, InterruptedException {
		Files.createDirectories(parent);
		Path runDir = Files.createTempDirectory(parent, "run-");
		Path readyFile = runDir.resolve("ready.properties");
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
				LoadTarget.class.getName(), readyFile.toString(), runDir.resolve("pgdata").toString(),
				Integer.toString(kiosks), Integer.toString(returningFamilies), Integer.toString(maxMinutes))
			.redirectErrorStream(true)
			.redirectOutput(runDir.resolve("app.log").toFile())
			.start();
		if (!Phases.until(() -> Files.exists(readyFile) || !process.isAlive(), START_TIMEOUT)
				|| !Files.exists(readyFile)) {
			process.destroyForcibly();
			throw new IllegalStateException("The app under load did not start; see " + runDir.resolve("app.log"));
		}
		Properties ready = new Properties();
		try (var in = Files.newInputStream(readyFile)) {
			ready.load(in);
		}
		return new LoadTargetProcess(process, runDir, ready);
	}

	String get(String key) {
		String value = ready.getProperty(key);
		if (value == null) {
			throw new IllegalStateException("The app under load did not say " + key);
		}
		return value;
	}

	int port() {
		return Integer.parseInt(get("port"));
	}

	int managementPort() {
		return Integer.parseInt(get("management.port"));
	}

	long pid() {
		return process.pid();
	}

	Path dataDir() {
		return Path.of(get("data.dir"));
	}

	Path log() {
		return runDir.resolve("app.log");
	}

	/**
	 * Closes its lifeline (standard input): it stops the app and its database and ends;
	 * if it does not within a minute, it is ended.
	 */
	@Override
	public void close() throws IOException, InterruptedException {
		process.getOutputStream().close();
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			process.destroy();
			if (!process.waitFor(20, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		}
		// the app's embedded database deletes its folder itself when it stops cleanly
		if (Files.exists(dataDir()) && !Files.exists(dataDir().resolve("postmaster.pid"))) {
			deleteDataDir();
		}
	}

	private void deleteDataDir() {
		try (Stream<Path> files = Files.walk(dataDir())) {
			files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
