package org.onthaal.staff;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.onthaal.DatabaseTestBase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onthaal.db.Tables.LOGIN_FAILURE;
import static org.onthaal.db.Tables.STAFF_USER;
import static org.onthaal.db.Tables.STAFF_ROLE;

/**
 * The sign-in form as a browser posts it: the security filter chain uses the throttled
 * authentication manager, and a two-step user gets in only with the code.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInOverHttpIT extends DatabaseTestBase {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

	@Autowired
	private org.springframework.context.ApplicationContext applicationContext;

	@LocalServerPort
	private int port;

	@Autowired
	private TwoFactorEnrolment enrolment;

	@Autowired
	private Clock clock;

	@Test
	void theLoginFormIsThrottled() throws Exception {
		staff.create("test", "an", "koffie-en-thee-2026", "An", Set.of(Role.MANAGER), List.of(locationId), false);
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

	/**
	 * The form is read as UTF-8: a filter before the encoding filter once read a request
	 * parameter, and the body was taken as ISO-8859-1 (found by SignInFuzzIT), so a
	 * password or name with any letter beyond ASCII never matched.
	 */
	@Test
	void aPasswordAndANameBeyondAsciiSignIn() throws Exception {
		staff.create("test", "zoë", "thé-en-koffie-ŝ-سلام-2026", "Zoë", Set.of(Role.MANAGER), List.of(locationId),
				false);
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

		HttpResponse<String> right = post(browser, "zoë", "thé-en-koffie-ŝ-سلام-2026");
		assertThat(right.headers().firstValue("Location").orElse("")).doesNotContain("error");
		assertThat(dsl.fetchValue(STAFF_USER.LAST_LOGIN_AT, STAFF_USER.USERNAME.eq("zoë"))).isNotNull();

		post(HttpClient.newBuilder().cookieHandler(new CookieManager()).build(), "zoë", "thé-en-koffie");
		assertThat(dsl.fetchValues(LOGIN_FAILURE.USERNAME)).containsExactly("zoë");
	}

	/**
	 * U+0000 in the name once reached a query PostgreSQL refuses: a server error, and the
	 * try was not counted (found by SignInFuzzIT).
	 */
	@Test
	void aNameWithANullCharacterIsAWrongNameAndCounts() throws Exception {
		staff.create("test", "an", "koffie-en-thee-2026", "An", Set.of(Role.MANAGER), List.of(locationId), false);
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

		HttpResponse<String> wrong = post(browser, "a\u0000n", "koffie-en-thee-2026");
		assertThat(wrong.headers().firstValue("Location").orElse("")).endsWith("/login?error");
		assertThat(dsl.fetchValues(LOGIN_FAILURE.USERNAME)).containsExactly("a\uFFFDn");
	}

	@Test
	void aTwoStepUserReachesNoScreenWithThePasswordAlone() throws Exception {
		Instant enrolled = enrol("an");
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

		HttpResponse<String> password = post(browser, "an", "koffie-en-thee-2026");
		assertThat(password.headers().firstValue("Location").orElse("")).doesNotContain("error");
		// the password alone is no sign-in yet
		assertThat(dsl.fetchValue(STAFF_USER.LAST_LOGIN_AT, STAFF_USER.USERNAME.eq("an"))).isNull();
		assertThat(open(browser, "/host").headers().firstValue("Location").orElse("")).endsWith("/login/code");
		assertThat(open(browser, "/office").headers().firstValue("Location").orElse("")).endsWith("/login/code");

		// the code form is behind the CSRF check, like the password form
		HttpResponse<String> forged = browser.send(HttpRequest.newBuilder(uri("/login/code"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("code=" + Totp.code(secret, enrolled.plusSeconds(30))))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(dsl.fetchValue(STAFF_USER.TOTP_LAST_STEP, STAFF_USER.USERNAME.eq("an")))
			.isEqualTo(Totp.stepOf(enrolled));

		HttpResponse<String> wrong = postCode(browser, Totp.code(secret, enrolled.plusSeconds(300)));
		assertThat(wrong.headers().firstValue("Location").orElse("")).endsWith("/login/code?error");
		assertThat(dsl.fetchCount(LOGIN_FAILURE, LOGIN_FAILURE.USERNAME.eq("an"))).isEqualTo(1);
		assertThat(open(browser, "/host").headers().firstValue("Location").orElse("")).endsWith("/login/code");

		// the app's next code (the one used to switch it on is spent)
		HttpResponse<String> right = postCode(browser, Totp.code(secret, enrolled.plusSeconds(30)));
		assertThat(right.headers().firstValue("Location").orElse("")).doesNotContain("error").doesNotContain("code");
		assertThat(open(browser, "/host").statusCode()).isEqualTo(200);
		assertThat(open(browser, "/office").statusCode()).isEqualTo(200);
		assertThat(dsl.fetchValue(STAFF_USER.LAST_LOGIN_AT, STAFF_USER.USERNAME.eq("an"))).isNotNull();
	}

	@Test
	void wrongCodesAreThrottledLikeWrongPasswords() throws Exception {
		Instant enrolled = enrol("an");
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		post(browser, "an", "koffie-en-thee-2026");
		for (int i = 0; i < 10; i++) {
			postCode(browser, Totp.code(secret, enrolled.plusSeconds(300)));
		}
		assertThat(dsl.fetchCount(LOGIN_FAILURE, LOGIN_FAILURE.USERNAME.eq("an"))).isEqualTo(10);

		HttpResponse<String> right = postCode(browser, Totp.code(secret, enrolled.plusSeconds(30)));
		assertThat(right.headers().firstValue("Location").orElse("")).endsWith("/login/code?throttled");
		assertThat(open(browser, "/host").headers().firstValue("Location").orElse("")).endsWith("/login/code");
		assertThat(dsl.fetchValue(STAFF_USER.LAST_LOGIN_AT, STAFF_USER.USERNAME.eq("an"))).isNull();
	}

	@Test
	void aRecoveryCodeWorksOnce() throws Exception {
		enrol("an");
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		post(browser, "an", "koffie-en-thee-2026");
		HttpResponse<String> right = postCode(browser, recoveryCodes.get(0).toLowerCase(java.util.Locale.ROOT));
		assertThat(right.headers().firstValue("Location").orElse("")).doesNotContain("code");
		assertThat(open(browser, "/host").statusCode()).isEqualTo(200);

		HttpClient again = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		post(again, "an", "koffie-en-thee-2026");
		HttpResponse<String> reused = postCode(again, recoveryCodes.get(0));
		assertThat(reused.headers().firstValue("Location").orElse("")).endsWith("/login/code?error");
	}

	@Test
	void aHostsBoardSignsInAgainWhereItsSessionIsGoneAManagersScreenDoesNot() throws Exception {
		staff.create("test", "bo", "koffie-en-thee-2026", "Bo", Set.of(Role.HOST), List.of(locationId), false);
		staff.create("test", "an", "koffie-en-thee-2026", "An", Set.of(Role.MANAGER, Role.HOST), List.of(locationId),
				false);
		CookieManager hostJar = new CookieManager();
		post(HttpClient.newBuilder().cookieHandler(hostJar).build(), "bo", "koffie-en-thee-2026");
		CookieManager managerJar = new CookieManager();
		post(HttpClient.newBuilder().cookieHandler(managerJar).build(), "an", "koffie-en-thee-2026");
		assertThat(remembered(managerJar)).as("a manager's sign-in is not remembered").isNull();

		// the node that held the session is gone: only the remembered cookie is left
		HttpClient hostElsewhere = onlyRemembered(hostJar);
		assertThat(open(hostElsewhere, "/host").statusCode()).isEqualTo(200);

		// a host made manager since then is not signed in by the old cookie
		dsl.insertInto(STAFF_ROLE)
			.set(STAFF_ROLE.STAFF_USER_ID, dsl.fetchValue(STAFF_USER.ID, STAFF_USER.USERNAME.eq("bo")))
			.set(STAFF_ROLE.ROLE, Role.MANAGER.name())
			.execute();
		assertThat(open(onlyRemembered(hostJar), "/host").headers().firstValue("Location").orElse(""))
			.endsWith("/login");
	}

	@Test
	void aNewPasswordOrADeactivatedAccountEndsTheRememberedBoard() throws Exception {
		staff.create("test", "bo", "koffie-en-thee-2026", "Bo", Set.of(Role.HOST), List.of(locationId), false);
		CookieManager jar = new CookieManager();
		post(HttpClient.newBuilder().cookieHandler(jar).build(), "bo", "koffie-en-thee-2026");
		assertThat(open(onlyRemembered(jar), "/host").statusCode()).isEqualTo(200);

		dsl.update(STAFF_USER).set(STAFF_USER.ACTIVE, false).where(STAFF_USER.USERNAME.eq("bo")).execute();
		assertThat(open(onlyRemembered(jar), "/host").headers().firstValue("Location").orElse("")).endsWith("/login");
		dsl.update(STAFF_USER).set(STAFF_USER.ACTIVE, true).where(STAFF_USER.USERNAME.eq("bo")).execute();
		assertThat(open(onlyRemembered(jar), "/host").statusCode()).isEqualTo(200);

		String newHash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode("een-nieuw-wachtwoord");
		dsl.update(STAFF_USER).set(STAFF_USER.PASSWORD_HASH, newHash).where(STAFF_USER.USERNAME.eq("bo")).execute();
		assertThat(open(onlyRemembered(jar), "/host").headers().firstValue("Location").orElse("")).endsWith("/login");
	}

	@Test
	void aTwoStepHostIsRememberedOnlyOnceTheCodeIsRight() throws Exception {
		Instant enrolled = enrol("bo", Set.of(Role.HOST));
		CookieManager jar = new CookieManager();
		HttpClient browser = HttpClient.newBuilder().cookieHandler(jar).build();
		post(browser, "bo", "koffie-en-thee-2026");
		assertThat(remembered(jar)).as("not after the password alone").isNull();
		postCode(browser, Totp.code(secret, enrolled.plusSeconds(30)));
		assertThat(remembered(jar)).isNotNull();
		assertThat(open(onlyRemembered(jar), "/host").statusCode()).isEqualTo(200);
	}

	@Test
	void signingOutForgetsTheBoard() throws Exception {
		staff.create("test", "bo", "koffie-en-thee-2026", "Bo", Set.of(Role.HOST), List.of(locationId), false);
		CookieManager jar = new CookieManager();
		HttpClient browser = HttpClient.newBuilder().cookieHandler(jar).build();
		post(browser, "bo", "koffie-en-thee-2026");
		assertThat(remembered(jar)).isNotNull();

		HttpResponse<String> board = open(browser, "/host");
		Matcher csrf = CSRF.matcher(board.body());
		assertThat(csrf.find()).isTrue();
		browser.send(HttpRequest.newBuilder(uri("/logout"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + encode(csrf.group(1))))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(remembered(jar)).isNull();
		assertThat(open(browser, "/host").headers().firstValue("Location").orElse("")).endsWith("/login");
	}

	private static java.net.@org.jspecify.annotations.Nullable HttpCookie remembered(CookieManager jar) {
		return jar.getCookieStore()
			.getCookies()
			.stream()
			.filter(cookie -> cookie.getName().equals(RememberedHostBoards.COOKIE) && !cookie.hasExpired())
			.findFirst()
			.orElse(null);
	}

	/** A browser that kept the remembered cookie and nothing else (no session). */
	private HttpClient onlyRemembered(CookieManager signedIn) {
		java.net.HttpCookie cookie = remembered(signedIn);
		assertThat(cookie).as("the board's remembered sign-in").isNotNull();
		CookieManager jar = new CookieManager();
		jar.getCookieStore().add(uri("/"), cookie);
		return HttpClient.newBuilder().cookieHandler(jar).build();
	}

	private byte[] secret = new byte[0];

	private List<String> recoveryCodes = List.of();

	/** "an" switches two-step sign-in on, as on the account screen; answers when. */
	private Instant enrol(String username) {
		return enrol(username, Set.of(Role.MANAGER, Role.HOST));
	}

	private Instant enrol(String username, Set<Role> roles) {
		staff.create("test", username, "koffie-en-thee-2026", "An", roles, List.of(locationId), false);
		var authorities = List.of(new SimpleGrantedAuthority("ROLE_MANAGER"));
		SecurityContext signedIn = SecurityContextHolder.createEmptyContext();
		signedIn.setAuthentication(new UsernamePasswordAuthenticationToken(username, "n/a", authorities));
		// each server started in this JVM installs its own holder: set the one this
		// context's method security asks, and the static one
		SecurityContextHolderStrategy beanHolder = applicationContext
			.getBeanProvider(SecurityContextHolderStrategy.class)
			.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
		beanHolder.setContext(signedIn);
		SecurityContextHolder.setContext(signedIn);
		try {
			Instant now = clock.instant();
			secret = enrolment.start().secret();
			recoveryCodes = enrolment.enable(secret, Totp.code(secret, now));
			return now;
		}
		finally {
			beanHolder.clearContext();
			SecurityContextHolder.clearContext();
		}
	}

	/** A page as the browser opens it (not one of Vaadin's own requests). */
	private HttpResponse<String> open(HttpClient browser, String path) throws Exception {
		return browser.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> postCode(HttpClient browser, String code) throws Exception {
		HttpResponse<String> page = open(browser, "/login/code");
		assertThat(page.statusCode()).isEqualTo(200);
		Matcher csrf = CSRF.matcher(page.body());
		assertThat(csrf.find()).isTrue();
		String form = "code=" + encode(code) + "&_csrf=" + encode(csrf.group(1));
		return browser.send(HttpRequest.newBuilder(uri("/login/code"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
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
