package org.onthaal.cluster;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.awaitility.Awaitility;

/**
 * Debian's HAProxy with the deployment's own configuration (ops/proxy/haproxy.cfg), in
 * front of two nodes on this machine. .ci/run installs the package.
 */
public final class ProxyProcess {

	static final Path HAPROXY = Path.of("/usr/sbin/haproxy");

	public static final String NODE_COOKIE = "ONTHAAL_NODE";

	private final int port;

	private final Process process;

	private ProxyProcess(int port, Process process) {
		this.port = port;
		this.process = process;
	}

	public static ProxyProcess start(int nodeA, int managementA, int nodeB, int managementB) throws IOException {
		if (!Files.isExecutable(HAPROXY)) {
			throw new IllegalStateException("HAProxy is missing: apt-get install haproxy (.ci/run does)");
		}
		int port = NodeProcess.freePort();
		Path log = Path.of("target", "cluster", "haproxy.log");
		Files.createDirectories(log.getParent());
		ProcessBuilder builder = new ProcessBuilder(HAPROXY.toString(), "-db", "-f", "ops/proxy/haproxy.cfg")
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		builder.environment()
			.putAll(Map.of("ONTHAAL_PROXY_BIND", "127.0.0.1:" + port, "ONTHAAL_NODE_A", "127.0.0.1:" + nodeA,
					"ONTHAAL_NODE_B", "127.0.0.1:" + nodeB, "ONTHAAL_NODE_A_HEALTH_PORT", String.valueOf(managementA),
					"ONTHAAL_NODE_B_HEALTH_PORT", String.valueOf(managementB)));
		return new ProxyProcess(port, builder.start());
	}

	/**
	 * Waits until the proxy sends a request that names {@code node} in its cookie to that
	 * node: a node the proxy holds for down gets the request redispatched, and the answer
	 * carries the other node's cookie.
	 */
	public ProxyProcess awaitServing(String node, Duration patience) {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		HttpRequest request = HttpRequest.newBuilder(URI.create(url("login")))
			.header("Cookie", NODE_COOKIE + "=" + node)
			.build();
		Awaitility.await("the proxy serving node " + node)
			.atMost(patience)
			.failFast("HAProxy stopped; see target/cluster/haproxy.log", () -> !process.isAlive())
			// HAProxy not listening yet: a ConnectException, which ignoreException (exact
			// type) let through
			.ignoreExceptionsInstanceOf(IOException.class)
			.until(() -> servedBy(client.send(request, HttpResponse.BodyHandlers.discarding())));
		return this;
	}

	/** Answered by the node asked for: the proxy sets a new cookie when it moves one. */
	private static boolean servedBy(HttpResponse<Void> response) {
		return response.statusCode() == 200 && response.headers()
			.allValues("Set-Cookie")
			.stream()
			.noneMatch(cookie -> cookie.startsWith(NODE_COOKIE + "="));
	}

	public String url(String path) {
		return "http://localhost:" + port + "/" + path;
	}

	public void stop() throws InterruptedException {
		process.destroy();
		process.waitFor();
	}

}
