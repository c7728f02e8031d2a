package org.onthaal.staff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Slows down password guessing (OWASP ASVS V2.2.1), for every instance at once since the
 * failures live in the database. An account with 10 failures in 15 minutes, or 100 in an
 * hour, is refused even with the right password until the oldest failure leaves the
 * window; so is anything signing in from an address with 50 failures in 15 minutes.
 * Unknown usernames count like real ones, so the answer never tells whether an account
 * exists.
 *
 * <p>
 * Refused attempts are not counted: they test no password, and counting them would let
 * anyone keep a colleague locked out for ever by knocking every few minutes. A successful
 * sign-in does not clear the failures either: an attacker who learns the password of
 * their own account must not be able to reset the count of the address they guess from,
 * and an owner who got in after nine typos loses nothing by waiting for the window. With
 * refused attempts uncounted, an account sees at most 10 guesses per 15 minutes (40 an
 * hour); the hourly limit of 100 stays as the rule ASVS states, should the short window
 * ever be widened.
 */
@Component
public class LoginThrottle {

	static final int ACCOUNT_LIMIT_SHORT = 10;

	static final int ACCOUNT_LIMIT_HOUR = 100;

	static final int ADDRESS_LIMIT_SHORT = 50;

	static final Duration SHORT_WINDOW = Duration.ofMinutes(15);

	static final Duration LONG_WINDOW = Duration.ofHours(1);

	static final Duration KEEP = Duration.ofDays(1);

	private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

	private final LoginFailureRepository failures;

	private final Clock clock;

	LoginThrottle(LoginFailureRepository failures, Clock clock) {
		this.failures = failures;
		this.clock = clock;
	}

	/** True when this sign-in must be refused whatever the password. */
	public boolean isThrottled(String username, String address) {
		Instant now = clock.instant();
		LoginFailureRepository.Counts counts = failures.countRecent(normalise(username, 60), normalise(address, 64),
				now.minus(SHORT_WINDOW), now.minus(LONG_WINDOW));
		boolean throttled = counts.accountShort() >= ACCOUNT_LIMIT_SHORT || counts.accountLong() >= ACCOUNT_LIMIT_HOUR
				|| counts.addressShort() >= ADDRESS_LIMIT_SHORT;
		if (throttled) {
			log.warn("Sign-in refused by throttling (account failures {} / {}, address failures {})",
					counts.accountShort(), counts.accountLong(), counts.addressShort());
		}
		return throttled;
	}

	public void recordFailure(String username, String address) {
		failures.add(normalise(username, 60), normalise(address, 64), clock.instant());
	}

	/** Failures older than a day say nothing any more. */
	@Scheduled(cron = "${onthaal.login-failure.cleanup-cron:0 40 * * * *}")
	public void forgetOldFailures() {
		int removed = failures.deleteBefore(clock.instant().minus(KEEP));
		if (removed > 0) {
			log.debug("Removed {} old sign-in failures", removed);
		}
	}

	/**
	 * The network address a sign-in comes from: the one Spring recorded with the attempt,
	 * else the current request's. Behind a reverse proxy this is the proxy unless
	 * {@code server.forward-headers-strategy} is set, and then everyone shares one
	 * address limit: configure the proxy headers in production.
	 */
	public static String addressOf(Authentication authentication) {
		if (authentication.getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null) {
			return details.getRemoteAddress();
		}
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return attributes.getRequest().getRemoteAddr();
		}
		return "unknown";
	}

	/**
	 * Cut to the column's length in characters, never in the middle of one; U+0000, which
	 * PostgreSQL text cannot hold (the query failed and the sign-in form answered with a
	 * server error, found by SignInFuzzIT), becomes U+FFFD.
	 */
	static String normalise(@Nullable String value, int maxLength) {
		if (value == null) {
			return "";
		}
		String storable = value.replace('\u0000', '\uFFFD');
		return storable.codePointCount(0, storable.length()) <= maxLength ? storable
				: storable.substring(0, storable.offsetByCodePoints(0, maxLength));
	}

}
