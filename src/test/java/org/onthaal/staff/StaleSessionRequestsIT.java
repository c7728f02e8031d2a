package org.onthaal.staff;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.onthaal.DatabaseTestBase;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in gives the session a new id. Requests the sign-in page still sends with the
 * old id (a push connection closing as the page is left, a last heartbeat) must not get a
 * new, empty session: its cookie would replace the signed-in one, and the host would land
 * on the kiosk and be asked to sign in again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaleSessionRequestsIT extends DatabaseTestBase {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

	@LocalServerPort
	private int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void requestsOfTheSignInPageWithTheOldSessionIdDoNotReplaceTheSignedInSession() throws Exception {
		staff.create("test", "an", "koffie-en-thee-2026", "An", Set.of(Role.HOST), List.of(locationId), false);
		HttpResponse<String> login = http.send(HttpRequest.newBuilder(uri("/login")).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		String before = sessionCookie(login).orElseThrow();
		Matcher csrf = CSRF.matcher(login.body());
		assertThat(csrf.find()).isTrue();
		HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", before)
			.POST(HttpRequest.BodyPublishers.ofString("username=an&password=koffie-en-thee-2026&_csrf="
					+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString());
		String after = sessionCookie(signedIn).orElseThrow();
		assertThat(after).isNotEqualTo(before);

		List<HttpRequest> late = List.of(
				HttpRequest
					.newBuilder(uri("/VAADIN/push?v-r=push&v-uiId=0&v-pushId=x&X-Atmosphere-Transport=close"
							+ "&X-Atmosphere-tracking-id=0"))
					.header("Cookie", before)
					.GET()
					.build(),
				HttpRequest.newBuilder(uri("/?v-r=heartbeat&v-uiId=0"))
					.header("Cookie", before)
					.POST(HttpRequest.BodyPublishers.noBody())
					.build(),
				HttpRequest.newBuilder(uri("/?v-r=uidl&v-uiId=0"))
					.header("Cookie", before)
					.header("Content-Type", "application/json; charset=UTF-8")
					.POST(HttpRequest.BodyPublishers
						.ofString("{\"csrfToken\":\"x\",\"rpc\":[],\"syncId\":1,\"clientId\":1}"))
					.build(),
				// what the page and its service worker fetch by themselves, while the
				// host may already be signing in: the icon, the app manifest, the
				// offline page and icons the service worker keeps, its own scripts
				resource("/favicon.ico", "image", before), resource("/manifest.webmanifest", "manifest", before),
				resource("/sw.js", "serviceworker", before), resource("/offline.html", "empty", before),
				resource("/sw-runtime-resources-precache.js", "empty", before),
				resource("/icons/icon.png", "empty", before), resource("/no-such-icon.png", "image", before));
		for (HttpRequest request : late) {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			assertThat(sessionCookie(response)).as("session cookie set by %s %s", request.method(), request.uri())
				.isEmpty();
			// the same request without any cookie (a closing connection may send none)
			HttpRequest.Builder bare = HttpRequest.newBuilder(request.uri());
			request.headers().map().forEach((name, values) -> {
				if (!name.equalsIgnoreCase("Cookie")) {
					values.forEach(value -> bare.header(name, value));
				}
			});
			HttpResponse<String> withoutCookie = http
				.send(bare.method(request.method(), request.bodyPublisher().orElse(HttpRequest.BodyPublishers.noBody()))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(sessionCookie(withoutCookie))
				.as("session cookie set by %s %s without a cookie", request.method(), request.uri())
				.isEmpty();
		}

		HttpResponse<String> board = http.send(
				HttpRequest.newBuilder(uri("/host")).header("Cookie", after).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(board.statusCode()).isEqualTo(200);
	}

	private HttpRequest resource(String path, String destination, String cookie) {
		return HttpRequest.newBuilder(uri(path))
			.header("Cookie", cookie)
			.header("Sec-Fetch-Dest", destination)
			.GET()
			.build();
	}

	private static Optional<String> sessionCookie(HttpResponse<?> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(cookie -> cookie.startsWith("JSESSIONID="))
			.map(cookie -> cookie.substring(0, cookie.indexOf(';')))
			.findFirst();
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

}
