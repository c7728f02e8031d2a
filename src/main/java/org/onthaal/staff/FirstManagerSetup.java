package org.onthaal.staff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.onthaal.space.LocationService;
import org.onthaal.space.LocationSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * There is never a default password. The first manager comes either from
 * ONTHAAL_ADMIN_USERNAME and ONTHAAL_ADMIN_PASSWORD, or from a one-time set-up link
 * printed in the log while no (non-demo) staff user exists. The link's token lives only
 * in memory: a restart prints a new one.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
public class FirstManagerSetup implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstManagerSetup.class);

	private final StaffAccounts staff;

	private final LocationService locations;

	private final String adminUsername;

	private final String adminPassword;

	private final String baseUrl;

	private final AtomicReference<@Nullable String> token = new AtomicReference<>();

	FirstManagerSetup(StaffAccounts staff, LocationService locations,
			@Value("${onthaal.admin.username:}") String adminUsername,
			@Value("${onthaal.admin.password:}") String adminPassword,
			@Value("${onthaal.public-url:http://localhost:${server.port:8080}}") String baseUrl) {
		this.staff = staff;
		this.locations = locations;
		this.adminUsername = adminUsername;
		this.adminPassword = adminPassword;
		this.baseUrl = baseUrl;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (staff.hasRealStaff()) {
			return;
		}
		if (StringUtils.hasText(adminUsername) && StringUtils.hasText(adminPassword)) {
			createManager("environment", adminUsername, adminPassword, adminUsername);
			log.info("Created the first manager '{}' from ONTHAAL_ADMIN_USERNAME/ONTHAAL_ADMIN_PASSWORD",
					adminUsername);
			return;
		}
		log.warn("No staff account exists yet. Create the first manager once, at: {}/setup/{}", baseUrl, issueToken());
	}

	/** A new one-time token (192 random bits); the previous one stops working. */
	public String issueToken() {
		byte[] bytes = new byte[24];
		new SecureRandom().nextBytes(bytes);
		String newToken = HexFormat.of().formatHex(bytes);
		token.set(newToken);
		return newToken;
	}

	/** True for the token printed in the log, while no staff user exists yet. */
	public boolean isValidToken(String candidate) {
		String current = token.get();
		return current != null && MessageDigest.isEqual(current.getBytes(StandardCharsets.UTF_8),
				candidate.getBytes(StandardCharsets.UTF_8)) && !staff.hasRealStaff();
	}

	/**
	 * Creates the first manager with the set-up link; the link stops working as soon as
	 * it is used.
	 */
	public synchronized void createWithToken(String candidate, String username, String password, String displayName) {
		if (!isValidToken(candidate)) {
			throw new IllegalStateException("The set-up link is not valid any more");
		}
		createManager("setup-link", username, password, displayName);
		token.set(null);
	}

	/**
	 * The first manager works at every place there is. There is always at least one:
	 * {@code DefaultLocationBootstrap} (or the demo seeder) makes it before this runs,
	 * and the set-up link is used later still. Without a place they would see nothing.
	 */
	private void createManager(String actor, String username, String password, String displayName) {
		List<Long> all = locations.allLocations().stream().map(LocationSummary::id).toList();
		staff.create(actor, username, password, displayName, Set.of(Role.MANAGER, Role.HOST), all, false);
	}

}
