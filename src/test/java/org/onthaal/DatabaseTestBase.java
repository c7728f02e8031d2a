package org.onthaal;

import java.time.ZoneId;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.onthaal.space.LocationRepository;
import org.onthaal.staff.StaffAccounts;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * What every Spring test starts from: the embedded PostgreSQL of this test JVM, emptied
 * before each test, one location, and the app's clock following the system clock again.
 * Subclasses add @SpringBootTest with the web environment they need.
 */
public abstract class DatabaseTestBase {

	static {
		TestDatabase.useTemporaryEmbeddedServer();
	}

	@Autowired
	protected DSLContext dsl;

	@Autowired
	protected LocationRepository locations;

	@Autowired
	protected StaffAccounts staff;

	/**
	 * The app's clock: follows the system clock until a test sets it; reset before each
	 * test.
	 */
	@Autowired
	protected MutableClock clock;

	protected long locationId;

	@BeforeEach
	void cleanDatabaseWithOneLocation() {
		clock.reset();
		TestDatabase.clean(dsl);
		locationId = locations.create("Baboes", ZoneId.of("Europe/Brussels"), false);
	}

}
