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
	public ProxyProcess awaitServing(String node, Duration patience) throws InterruptedException {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		HttpRequest request = HttpRequest.newBuilder(URI.create(url("login")))
			.header("Cookie", NODE_COOKIE + "=" + node)
			.build();
		long deadline = System.nanoTime() + patience.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("HAProxy stopped; see target/cluster/haproxy.log");
			}
			try {
				HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
				boolean movedElsewhere = response.headers()
					.allValues("Set-Cookie")
					.stream()
					.anyMatch(cookie -> cookie.startsWith(NODE_COOKIE + "="));
				if (response.statusCode() == 200 && !movedElsewhere) {
					return this;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(200);
		}
		throw new IllegalStateException("The proxy does not serve node " + node + " after " + patience);
	}

	public String url(String path) {
		return "http://localhost:" + port + "/" + path;
	}

	public void stop() throws InterruptedException {
		process.destroy();
		process.waitFor();
	}

}
