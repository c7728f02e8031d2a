package org.onthaal.staff;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.onthaal.DatabaseTestBase;
import org.onthaal.base.security.SecurityHeaders;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The security headers as a browser receives them from the running server, on every kind
 * of response: a page, the sign-in page, a static file, the redirect to sign-in, Vaadin's
 * own request and a file that does not exist. And the session cookie: HttpOnly and
 * SameSite always, Secure when the request came over https through the trusted proxy
 * (127.0.0.1 by default), never because an untrusted address says so. 127.0.0.2 plays the
 * untrusted one: on Linux every 127.x address is the loopback. The device cookie follows
 * the same answer (KioskPairingTest).
 */
// the same configuration as the other started servers: the context cache shares it
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityHeadersIT extends DatabaseTestBase {

	private static final String TRUSTED_PROXY = "127.0.0.1";

	private static final String UNTRUSTED = "127.0.0.2";

	@LocalServerPort
	private int port;

	@Test
	void everyKindOfResponseCarriesTheSecurityHeaders() throws Exception {
		HttpClient client = client(TRUSTED_PROXY);
		Map<String, HttpResponse<String>> responses = new LinkedHashMap<>();
		responses.put("kiosk page", get(client, "/kiosk"));
		responses.put("login page", get(client, "/login"));
		responses.put("static file", get(client, "/styles/onthaal.css"));
		responses.put("redirect to login", get(client, "/office"));
		// Vaadin's own request that builds the screen, which Spring Security does not see
		responses.put("Vaadin request", get(client, "/?v-r=init&location=kiosk&query="));
		// unknown routes are Vaadin pages (200) or need a sign-in (302); this file is
		// served outside Spring Security
		responses.put("not found", get(client, "/favicon.ico"));

		assertThat(responses.get("kiosk page").statusCode()).isEqualTo(200);
		assertThat(responses.get("login page").statusCode()).isEqualTo(200);
		assertThat(responses.get("static file").statusCode()).isEqualTo(200);
		assertThat(responses.get("redirect to login").statusCode()).isEqualTo(302);
		assertThat(responses.get("redirect to login").headers().firstValue("Location").orElse("")).endsWith("/login");
		assertThat(responses.get("Vaadin request").statusCode()).isEqualTo(200);
		assertThat(responses.get("not found").statusCode()).isEqualTo(404);

		responses.forEach((what, response) -> {
			System.out.println("SECURITY HEADERS " + what + " (" + response.statusCode() + " " + response.uri() + ")");
			for (String name : List.of("Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options",
					"Referrer-Policy", "Permissions-Policy", "Set-Cookie")) {
				response.headers().allValues(name).forEach(value -> System.out.println("  " + name + ": " + value));
			}
			assertThat(header(response, "Content-Security-Policy")).as(what)
				.isEqualTo(SecurityHeaders.CONTENT_SECURITY_POLICY)
				.contains("frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'");
			assertThat(header(response, "X-Content-Type-Options")).as(what).isEqualTo("nosniff");
			assertThat(header(response, "X-Frame-Options")).as(what).isEqualTo("DENY");
			assertThat(header(response, "Referrer-Policy")).as(what).isEqualTo(SecurityHeaders.REFERRER_POLICY);
			assertThat(header(response, "Permissions-Policy")).as(what)
				.isEqualTo(SecurityHeaders.PERMISSIONS_POLICY)
				.contains("camera=()", "microphone=()", "geolocation=()");
		});
	}

	@Test
	void theSessionCookieIsHttpOnlyAndSameSiteAndNotSecureOverPlainHttp() throws Exception {
		HttpResponse<String> page = get(client(TRUSTED_PROXY), "/login");

		String session = cookie(page, "JSESSIONID").orElseThrow();
		assertThat(session).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
		assertThat(session).doesNotContainIgnoringCase("Secure");
	}

	@Test
	void overHttpsThroughTheTrustedProxyTheSessionCookieIsSecure() throws Exception {
		HttpResponse<String> page = getOverHttps(client(TRUSTED_PROXY), "/login");

		assertThat(cookie(page, "JSESSIONID").orElseThrow()).containsIgnoringCase("Secure")
			.containsIgnoringCase("HttpOnly")
			.containsIgnoringCase("SameSite=Lax");
		// Spring Security's HSTS follows the same answer
		assertThat(header(page, "Strict-Transport-Security")).startsWith("max-age=");
	}

	@Test
	void theForwardedProtocolFromAnUntrustedAddressChangesNothing() throws Exception {
		HttpResponse<String> page = getOverHttps(client(UNTRUSTED), "/login");

		assertThat(cookie(page, "JSESSIONID").orElseThrow()).doesNotContainIgnoringCase("Secure")
			.containsIgnoringCase("HttpOnly")
			.containsIgnoringCase("SameSite=Lax");
		assertThat(header(page, "Strict-Transport-Security")).isEmpty();
	}

	/** A request through a proxy that says the browser came over https. */
	private HttpResponse<String> getOverHttps(HttpClient client, String path) throws Exception {
		return client.send(HttpRequest.newBuilder(uri(path)).header("X-Forwarded-Proto", "https").GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/** A client whose requests come from this loopback address. */
	private static HttpClient client(String from) throws Exception {
		return HttpClient.newBuilder().localAddress(InetAddress.getByName(from)).build();
	}

	private HttpResponse<String> get(HttpClient client, String path) throws Exception {
		return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://" + TRUSTED_PROXY + ":" + port + path);
	}

	private static String header(HttpResponse<?> response, String name) {
		List<String> values = response.headers().allValues(name);
		return String.join(", ", values);
	}

	private static Optional<String> cookie(HttpResponse<?> response, String name) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(value -> value.startsWith(name + "="))
			.findFirst();
	}

}
