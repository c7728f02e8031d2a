package org.onthaal.kiosksetup;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kiosk watchdog asks the proxy's /healthz (ops/proxy/haproxy.cfg) whether a node is
 * ready, and falls back on the kiosk page where no such proxy answers. Run as the kiosk
 * service runs it before Chromium starts: {@code --wait-for-server}.
 */
class KioskWatchdogHealthTest {

	private final AtomicInteger health = new AtomicInteger();

	private final AtomicInteger kiosk = new AtomicInteger(200);

	private HttpServer server;

	private Path config;

	@BeforeEach
	void startServer() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/healthz", exchange -> {
			exchange.sendResponseHeaders(health.get(), -1);
			exchange.close();
		});
		server.createContext("/kiosk", exchange -> {
			exchange.sendResponseHeaders(kiosk.get(), -1);
			exchange.close();
		});
		server.start();
		config = Files.createTempFile("onthaal-kiosk", ".conf");
		Files.writeString(config, "ONTHAAL_KIOSK_URL=http://127.0.0.1:" + server.getAddress().getPort()
				+ "/kiosk\nONTHAAL_KIOSK_USER=nobody\n");
	}

	@AfterEach
	void stopServer() throws IOException {
		server.stop(0);
		Files.deleteIfExists(config);
	}

	@Test
	void aReadyProxyLetsTheKioskStart() throws Exception {
		health.set(200);
		assertThat(waitForServer()).doesNotContain("did not answer");
	}

	@Test
	void noReadyNodeBehindTheProxyIsNoServerEvenIfThePageAnswers() throws Exception {
		health.set(503);
		assertThat(waitForServer()).contains("did not answer within 1 s");
	}

	@Test
	void withoutTheProxyThePageDecides() throws Exception {
		health.set(404);
		assertThat(waitForServer()).doesNotContain("did not answer");
		kiosk.set(502);
		assertThat(waitForServer()).contains("did not answer within 1 s");
	}

	private String waitForServer() throws Exception {
		ProcessBuilder builder = new ProcessBuilder("bash", "kiosk-setup/onthaal-kiosk-watchdog.sh",
				"--wait-for-server", "1")
			.redirectErrorStream(true);
		builder.environment().put("ONTHAAL_KIOSK_CONF", config.toString());
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(output).isZero();
		return output;
	}

}
