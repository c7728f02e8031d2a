package org.onthaal.staff;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onthaal.DatabaseTestBase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onthaal.db.Tables.LOGIN_FAILURE;
import static org.onthaal.db.Tables.STAFF_USER;

/** Sign-in through the application's real authentication manager, with its throttling. */
@SpringBootTest
class LoginThrottleTest extends DatabaseTestBase {

	private static final String PASSWORD = "koffie-en-thee-2026";

	private static final String HOME = "192.0.2.10";

	@Autowired
	private AuthenticationManager authenticationManager;

	@Autowired
	private LoginThrottle throttle;

	@BeforeEach
	void twoColleagues() {
		staff.create("test", "an", PASSWORD, "An", Set.of(Role.MANAGER), List.of(locationId), false);
		staff.create("test", "bert", PASSWORD, "Bert", Set.of(Role.HOST), List.of(locationId), false);
	}

	@Test
	void theRightPasswordSignsInAndIsNoted() {
		Authentication signedIn = signIn("an", PASSWORD, HOME);
		assertThat(signedIn.isAuthenticated()).isTrue();
		assertThat(signedIn.getAuthorities()).extracting(Object::toString).contains("ROLE_MANAGER");
		assertThat(dsl.fetchValue(STAFF_USER.LAST_LOGIN_AT, STAFF_USER.USERNAME.eq("an"))).isNotNull();
		assertThat(dsl.fetchCount(LOGIN_FAILURE)).isZero();
	}

	@Test
	void tenWrongPasswordsLockTheAccountEvenForTheRightOne() {
		for (int i = 0; i < 10; i++) {
			String guess = "wrong-password-" + i;
			assertThatThrownBy(() -> signIn("an", guess, HOME)).isInstanceOf(BadCredentialsException.class);
		}
		assertThat(dsl.fetchCount(LOGIN_FAILURE, LOGIN_FAILURE.USERNAME.eq("an"))).isEqualTo(10);

		assertThatThrownBy(() -> signIn("an", PASSWORD, HOME)).isInstanceOf(LoginThrottledException.class);
		// from elsewhere too: the account is locked, not only the address
		assertThatThrownBy(() -> signIn("an", PASSWORD, "198.51.100.7")).isInstanceOf(LoginThrottledException.class);
		// refused attempts test no password and are not counted
		assertThat(dsl.fetchCount(LOGIN_FAILURE, LOGIN_FAILURE.USERNAME.eq("an"))).isEqualTo(10);
		assertThat(dsl.fetchValue(STAFF_USER.LAST_LOGIN_AT, STAFF_USER.USERNAME.eq("an"))).isNull();
		// a colleague at the same address is not affected
		assertThat(signIn("bert", PASSWORD, HOME).isAuthenticated()).isTrue();
	}

	@Test
	void fiftyFailuresFromOneAddressLockEveryAccountFromIt() {
		// 49 guesses spread over many names, none reaching an account's own limit
		for (int i = 0; i < 49; i++) {
			addFailure("guess" + (i % 7), HOME, Duration.ofMinutes(1));
		}
		assertThatThrownBy(() -> signIn("nobody-here", "whatever-password", HOME))
			.isInstanceOf(BadCredentialsException.class);
		assertThat(dsl.fetchCount(LOGIN_FAILURE, LOGIN_FAILURE.ADDRESS.eq(HOME))).isEqualTo(50);

		assertThatThrownBy(() -> signIn("bert", PASSWORD, HOME)).isInstanceOf(LoginThrottledException.class);
		assertThat(signIn("bert", PASSWORD, "198.51.100.7").isAuthenticated()).isTrue();
	}

	@Test
	void failuresOutsideTheWindowsDoNotCount() {
		for (int i = 0; i < 10; i++) {
			addFailure("an", HOME, Duration.ofMinutes(16));
		}
		for (int i = 0; i < 60; i++) {
			addFailure("other" + i, HOME, Duration.ofMinutes(16));
		}
		assertThat(signIn("an", PASSWORD, HOME).isAuthenticated()).isTrue();

		// but 100 in the last hour do
		for (int i = 0; i < 90; i++) {
			addFailure("an", HOME, Duration.ofMinutes(30));
		}
		assertThatThrownBy(() -> signIn("an", PASSWORD, HOME)).isInstanceOf(LoginThrottledException.class);
	}

	@Test
	void unknownNamesAndDeactivatedAccountsCountToo() {
		String longName = "x".repeat(80);
		assertThatThrownBy(() -> signIn(longName, "whatever-password", HOME))
			.isInstanceOf(BadCredentialsException.class);
		assertThat(dsl.fetchValue(LOGIN_FAILURE.USERNAME, LOGIN_FAILURE.ADDRESS.eq(HOME))).isEqualTo("x".repeat(60));

		dsl.update(STAFF_USER).set(STAFF_USER.ACTIVE, false).where(STAFF_USER.USERNAME.eq("bert")).execute();
		assertThatThrownBy(() -> signIn("bert", PASSWORD, HOME)).isInstanceOf(DisabledException.class);
		assertThat(dsl.fetchCount(LOGIN_FAILURE, LOGIN_FAILURE.USERNAME.eq("bert"))).isEqualTo(1);
	}

	@Test
	void failuresOlderThanADayAreForgotten() {
		addFailure("an", HOME, Duration.ofHours(25));
		addFailure("an", HOME, Duration.ofHours(2));
		throttle.forgetOldFailures();
		assertThat(dsl.fetchCount(LOGIN_FAILURE)).isEqualTo(1);
	}

	private Authentication signIn(String username, String password, String address) {
		UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(username,
				password);
		attempt.setDetails(new WebAuthenticationDetails(address, null));
		return authenticationManager.authenticate(attempt);
	}

	private void addFailure(String username, String address, Duration ago) {
		dsl.insertInto(LOGIN_FAILURE)
			.set(LOGIN_FAILURE.USERNAME, username)
			.set(LOGIN_FAILURE.ADDRESS, address)
			.set(LOGIN_FAILURE.FAILED_AT, OffsetDateTime.ofInstant(clock.instant().minus(ago), ZoneOffset.UTC))
			.execute();
	}

}
