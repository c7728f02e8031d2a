package org.onthaal.staff;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onthaal.DatabaseTestBase;
import org.onthaal.base.fuzz.Fuzz;
import org.onthaal.base.fuzz.HostileText;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onthaal.db.Tables.LOGIN_FAILURE;
import static org.onthaal.db.Tables.STAFF_USER;

/**
 * Generated sign-ins posted to the sign-in form as a browser posts them (the page first,
 * for its CSRF token): usernames and passwords from every Unicode category, near misses
 * of the real ones, very long ones, from a few network addresses (behind the trusted
 * proxy), with earlier failures another node recorded and minutes passing between tries.
 * Properties: the server never answers with an error page; nobody gets in but the right
 * password for the right account, and that only while neither the account nor the address
 * is throttled; each attempt that is not throttled counts as one failure of the account
 * and the address, as the README's throttling rule says, and a throttled one counts
 * nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInFuzzIT extends DatabaseTestBase {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

	private static final String USERNAME = "an";

	private static final String PASSWORD = "koffie-en-thee-2026";

	/**
	 * What the server sees as the address without a proxy header (the test connects to
	 * this).
	 */
	private static final String OWN_ADDRESS = "127.0.0.1";

	private static final List<String> ADDRESSES = List.of(OWN_ADDRESS, "203.0.113.7", "198.51.100.23", "2001:db8::17");

	private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

	@LocalServerPort
	private int port;

	/**
	 * A run is a list of steps, so shrinking can drop earlier failures and attempts
	 * alike.
	 */
	sealed interface Step permits Earlier, Attempt {

	}

	/** One sign-in as a stranger types it, and the minutes that passed before it. */
	record Attempt(String username, String password, String address, int minutesBefore,
			String acceptLanguage) implements Step {
	}

	/** A failure recorded before the attempts (by this or another node). */
	record Earlier(String username, String address, Instant at) implements Step {
	}

	/** What happened so far, as the throttling rule says it must have. */
	private final List<Earlier> failures = new ArrayList<>();

	@BeforeEach
	void anAccount() {
		staff.create("test", USERNAME, PASSWORD, "An", Set.of(Role.MANAGER), List.of(locationId), false);
	}

	@Test
	void noGeneratedSignInFailsOnTheServerOrGetsInAndEachCountsAsTheRuleSays() {
		// a sign-in costs a bcrypt check and three requests: 1/2000 of the tries (5 runs
		// in CI, 50 with -Donthaal.fuzz.tries=100000), each a run of up to ten sign-ins
		Fuzz.check(20261215L, Fuzz.tries(2000), this::aRunOfSignIns, List::of, SignInFuzzIT::show, run -> {
			startAfresh();
			for (Step step : run) {
				switch (step) {
					case Earlier failure -> recordedEarlier(failure);
					case Attempt attempt -> signIn(attempt);
				}
			}
		});
	}

	private void startAfresh() {
		clock.setTo(START);
		dsl.deleteFrom(LOGIN_FAILURE).execute();
		dsl.update(STAFF_USER).setNull(STAFF_USER.LAST_LOGIN_AT).execute();
		failures.clear();
	}

	private void recordedEarlier(Earlier failure) {
		dsl.insertInto(LOGIN_FAILURE)
			.set(LOGIN_FAILURE.USERNAME, failure.username())
			.set(LOGIN_FAILURE.ADDRESS, failure.address())
			.set(LOGIN_FAILURE.FAILED_AT, OffsetDateTime.ofInstant(failure.at(), ZoneOffset.UTC))
			.execute();
		failures.add(failure);
	}

	private void signIn(Attempt attempt) {
		clock.advance(Duration.ofMinutes(attempt.minutesBefore()));
		String username = LoginThrottle.normalise(asServerReads(attempt.username()).trim(), 60);
		String address = attempt.address();
		boolean throttled = throttled(username, address);
		boolean right = username.equals(USERNAME) && asServerReads(attempt.password()).equals(PASSWORD);

		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		HttpResponse<String> answer = post(browser, attempt);
		String location = answer.headers().firstValue("Location").orElse("");
		assertThat(answer.statusCode()).as("the form's answer: a redirect, never an error page").isEqualTo(302);
		boolean signedIn = dsl.fetchValue(STAFF_USER.LAST_LOGIN_AT, STAFF_USER.USERNAME.eq(USERNAME)) != null;
		if (right && !throttled) {
			assertThat(location).as("the right password, not throttled").doesNotContain("error");
			assertThat(signedIn).isTrue();
			assertThat(open(browser, "/office").statusCode()).isEqualTo(200);
			dsl.update(STAFF_USER).setNull(STAFF_USER.LAST_LOGIN_AT).execute();
		}
		else {
			assertThat(location).as(throttled ? "throttled" : "wrong").endsWith("/login?error");
			assertThat(signedIn).as("nobody got in").isFalse();
			assertThat(open(browser, "/office").headers().firstValue("Location").orElse(""))
				.as("the browser is not signed in")
				.endsWith("/login");
			if (!throttled) {
				failures.add(new Earlier(username, address, clock.instant()));
			}
		}
		assertThat(dsl.select(LOGIN_FAILURE.USERNAME, LOGIN_FAILURE.ADDRESS)
			.from(LOGIN_FAILURE)
			.fetch(row -> Fuzz.escape(row.value1()) + " from " + row.value2()))
			.as("one failure for each attempt that was not throttled, none for a throttled one")
			.containsExactlyInAnyOrderElementsOf(failures.stream()
				.map(failure -> Fuzz.escape(failure.username()) + " from " + failure.address())
				.toList());
	}

	/**
	 * The README's rule: 10 failures of the account in 15 minutes, or 100 in an hour, or
	 * 50 from the address in 15 minutes.
	 */
	private boolean throttled(String username, String address) {
		Instant now = clock.instant();
		Instant shortFrom = now.minus(LoginThrottle.SHORT_WINDOW);
		Instant longFrom = now.minus(LoginThrottle.LONG_WINDOW);
		long accountShort = failures.stream()
			.filter(failure -> failure.username().equals(username) && failure.at().isAfter(shortFrom))
			.count();
		long accountLong = failures.stream()
			.filter(failure -> failure.username().equals(username) && failure.at().isAfter(longFrom))
			.count();
		long addressShort = failures.stream()
			.filter(failure -> failure.address().equals(address) && failure.at().isAfter(shortFrom))
			.count();
		return accountShort >= LoginThrottle.ACCOUNT_LIMIT_SHORT || accountLong >= LoginThrottle.ACCOUNT_LIMIT_HOUR
				|| addressShort >= LoginThrottle.ADDRESS_LIMIT_SHORT;
	}

	// ---- the generator ----

	/** Failures recorded earlier, then the attempts. */
	private List<Step> aRunOfSignIns(Random random) {
		List<Step> run = new ArrayList<>();
		// sometimes the account or an address is near (or at) one of its limits already
		int accountFailures = switch (random.nextInt(4)) {
			case 0 -> 0;
			case 1 -> 5 + random.nextInt(6);
			case 2 -> 90 + random.nextInt(12);
			default -> random.nextInt(12);
		};
		for (int i = 0; i < accountFailures; i++) {
			run.add(new Earlier(USERNAME, pick(random, ADDRESSES), START.minusSeconds(1 + random.nextInt(3600))));
		}
		int addressFailures = random.nextInt(3) == 0 ? 40 + random.nextInt(12) : 0;
		for (int i = 0; i < addressFailures; i++) {
			run.add(new Earlier("someone-" + i, pick(random, ADDRESSES), START.minusSeconds(1 + random.nextInt(900))));
		}
		int count = 1 + random.nextInt(10);
		for (int i = 0; i < count; i++) {
			int minutes = random.nextInt(5) == 0 ? 1 + random.nextInt(20) : 0;
			run.add(new Attempt(username(random), password(random), pick(random, ADDRESSES), minutes,
					acceptLanguage(random)));
		}
		return run;
	}

	private static String username(Random random) {
		return switch (random.nextInt(9)) {
			case 0, 1 -> USERNAME;
			// PostgreSQL refuses U+0000 in text: it must not reach a query
			case 8 -> "a\u0000n";
			case 2 -> " " + USERNAME + "\t";
			case 3 -> USERNAME.toUpperCase(Locale.ROOT);
			case 4 -> USERNAME + HostileText.piece(random);
			case 5 -> HostileText.piece(random) + USERNAME;
			case 6 -> "x".repeat(55 + random.nextInt(20));
			default -> String.join("", HostileText.nickname(random));
		};
	}

	private static String password(Random random) {
		return switch (random.nextInt(10)) {
			case 0, 1 -> PASSWORD;
			case 2 -> oneCharacterChanged(random, PASSWORD);
			case 3 -> PASSWORD.toUpperCase(Locale.ROOT);
			case 4 -> PASSWORD.substring(0, random.nextInt(PASSWORD.length()));
			case 5 -> PASSWORD + HostileText.piece(random);
			case 6 -> " " + PASSWORD;
			// beyond the 72 bytes bcrypt reads
			case 7 -> PASSWORD.repeat(4 + random.nextInt(500));
			default -> String.join("", HostileText.nickname(random));
		};
	}

	private static String acceptLanguage(Random random) {
		return switch (random.nextInt(4)) {
			case 0 -> "nl-BE,nl;q=0.9,fr;q=0.8";
			case 1 -> "";
			case 2 -> "ar;q=" + random.nextInt(5) + ",*;q=x";
			default -> asHeader(String.join("", HostileText.nickname(random)));
		};
	}

	/** Only visible ASCII and spaces pass as a header value. */
	private static String asHeader(String text) {
		return text.chars()
			.filter(c -> c >= 0x20 && c < 0x7F)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString()
			.strip();
	}

	private static String oneCharacterChanged(Random random, String text) {
		int at = random.nextInt(text.length());
		return text.substring(0, at) + HostileText.anyCategory(random) + text.substring(at + 1);
	}

	private static <T> T pick(Random random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	private static String show(List<Step> run) {
		StringBuilder shown = new StringBuilder();
		for (Step step : run) {
			if (!(step instanceof Attempt attempt)) {
				Earlier earlier = (Earlier) step;
				shown.append("\n    earlier failure of ")
					.append(Fuzz.escape(earlier.username()))
					.append(" from ")
					.append(earlier.address())
					.append(" at ")
					.append(earlier.at());
				continue;
			}
			shown.append("\n    +")
				.append(attempt.minutesBefore())
				.append(" min ")
				.append(Fuzz.escape(attempt.username()))
				.append(" / ")
				.append(Fuzz.escape(attempt.password().length() > 200
						? attempt.password().substring(0, 200) + "…(" + attempt.password().length() + ")"
						: attempt.password()))
				.append(" from ")
				.append(attempt.address())
				.append(" Accept-Language ")
				.append(Fuzz.escape(attempt.acceptLanguage()));
		}
		return shown.toString();
	}

	// ---- the browser ----

	/** The sign-in page for its CSRF token, then the form's post. */
	private HttpResponse<String> post(HttpClient browser, Attempt attempt) {
		HttpRequest.Builder page = HttpRequest.newBuilder(uri("/login")).header("Accept", "text/html");
		if (!attempt.acceptLanguage().isEmpty()) {
			page.header("Accept-Language", attempt.acceptLanguage());
		}
		HttpResponse<String> form = send(browser, page.GET());
		assertThat(form.statusCode()).as("the sign-in page").isEqualTo(200);
		Matcher csrf = CSRF.matcher(form.body());
		assertThat(csrf.find()).as("the sign-in page's CSRF token").isTrue();
		String body = "username=" + encode(attempt.username()) + "&password=" + encode(attempt.password()) + "&_csrf="
				+ encode(csrf.group(1));
		HttpRequest.Builder post = HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (!attempt.address().equals(OWN_ADDRESS)) {
			// the trusted proxy (127.0.0.1) says whom it forwards
			post.header("X-Forwarded-For", attempt.address());
		}
		return send(browser, post);
	}

	private HttpResponse<String> open(HttpClient browser, String path) {
		return send(browser, HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET());
	}

	private static HttpResponse<String> send(HttpClient browser, HttpRequest.Builder request) {
		try {
			return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private URI uri(String path) {
		return URI.create("http://" + OWN_ADDRESS + ":" + port + path);
	}

	/** A lone surrogate cannot be sent: the form encoding makes it "?", as a browser. */
	private static String asServerReads(String text) {
		return URLDecoder.decode(encode(text), StandardCharsets.UTF_8);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
