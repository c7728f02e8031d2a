package org.onthaal.staff;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.onthaal.DatabaseTestBase;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onthaal.db.Tables.LOGIN_FAILURE;
import static org.onthaal.db.Tables.STAFF_USER;

/**
 * The sign-in form as a browser posts it: the security filter chain uses the throttled
 * authentication manager.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "vaadin.devmode.devTools.enabled=false")
class SignInOverHttpIT extends DatabaseTestBase {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

	@LocalServerPort
	private int port;

	@Test
	void theLoginFormIsThrottled() throws Exception {
		provisioning.create("test", "an", "koffie-en-thee-2026", "An", Set.of(Role.MANAGER), List.of(locationId),
				false);
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

		HttpResponse<String> wrong = post(browser, "an", "niet-het-wachtwoord");
		assertThat(wrong.headers().firstValue("Location").orElse("")).endsWith("/login?error");
		assertThat(dsl.fetchCount(LOGIN_FAILURE, LOGIN_FAILURE.USERNAME.eq("an"))).isEqualTo(1);
		assertThat(dsl.fetchValue(LOGIN_FAILURE.ADDRESS, LOGIN_FAILURE.USERNAME.eq("an"))).isNotBlank();

		for (int i = 1; i < 10; i++) {
			post(browser, "an", "niet-het-wachtwoord");
		}
		HttpResponse<String> locked = post(browser, "an", "koffie-en-thee-2026");
		assertThat(locked.headers().firstValue("Location").orElse("")).endsWith("/login?error");
		assertThat(dsl.fetchValue(STAFF_USER.LAST_LOGIN_AT, STAFF_USER.USERNAME.eq("an"))).isNull();

		dsl.deleteFrom(LOGIN_FAILURE).execute();
		HttpResponse<String> right = post(browser, "an", "koffie-en-thee-2026");
		assertThat(right.headers().firstValue("Location").orElse("")).doesNotContain("error");
		assertThat(dsl.fetchValue(STAFF_USER.LAST_LOGIN_AT, STAFF_USER.USERNAME.eq("an"))).isNotNull();
	}

	private HttpResponse<String> post(HttpClient browser, String username, String password) throws Exception {
		HttpResponse<String> page = browser.send(HttpRequest.newBuilder(uri("/login")).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher csrf = CSRF.matcher(page.body());
		String form = "username=" + encode(username) + "&password=" + encode(password)
				+ (csrf.find() ? "&_csrf=" + encode(csrf.group(1)) : "");
		return browser.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
