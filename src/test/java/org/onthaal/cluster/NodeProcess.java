package org.onthaal.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.awaitility.Awaitility;

/**
 * An Onthaal node in a process of its own (the test's classpath, the app's main class),
 * so that it can be killed with SIGKILL like a crashed server: no shutdown hook, no
 * goodbye to the database, its sockets cut by the kernel.
 */
public final class NodeProcess {

	private final String name;

	private final int port;

	private final int managementPort;

	private final Process process;

	private final Path log;

	private NodeProcess(String name, int port, int managementPort, Process process, Path log) {
		this.name = name;
		this.port = port;
		this.managementPort = managementPort;
		this.process = process;
		this.log = log;
	}

	public static NodeProcess start(String name, String jdbcUrl) throws IOException {
		int port = freePort();
		int managementPort = freePort();
		Path log = Path.of("target", "cluster", "node-" + name + ".log");
		Files.createDirectories(log.getParent());
		String java = ProcessHandle.current().info().command().orElse("java");
		List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
				"org.onthaal.OnthaalApplication", "--server.port=" + port, "--management.server.port=" + managementPort,
				"--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=postgres",
				"--spring.datasource.password=", "--onthaal.demo.enabled=false"));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		return new NodeProcess(name, port, managementPort, process, log);
	}

	/** Waits until the node says it is ready (database and LISTEN connection up). */
	public NodeProcess awaitReady(Duration patience) {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		URI readiness = URI.create("http://127.0.0.1:" + managementPort + "/actuator/health/readiness");
		Awaitility.await("node " + name + " ready; see " + log.toAbsolutePath())
			.atMost(patience)
			.failFast("node " + name + " stopped; see " + log.toAbsolutePath(), () -> !process.isAlive())
			.until(() -> status(client, readiness) == 200);
		return this;
	}

	/** The answer's status, or 0 while nothing listens yet. */
	static int status(HttpClient client, URI uri) throws InterruptedException {
		try {
			return client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding())
				.statusCode();
		}
		catch (IOException notYet) {
			return 0;
		}
	}

	/** SIGKILL, as a crash or the OOM killer would end it. */
	public void kill() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor();
	}

	public void stop() throws InterruptedException {
		if (process.isAlive()) {
			process.destroy();
			if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
				kill();
			}
		}
	}

	public int port() {
		return port;
	}

	public int managementPort() {
		return managementPort;
	}

	public static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
