package org.onthaal.live;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onthaal.OnthaalApplication;
import org.onthaal.checkin.CheckIn;
import org.onthaal.checkin.CheckInService;
import org.onthaal.checkin.VisitSource;
import org.onthaal.family.NewFamily;
import org.onthaal.host.HostBoardService;
import org.onthaal.host.PresentFamily;
import org.onthaal.space.LocationRepository;
import org.onthaal.staff.Role;
import org.onthaal.staff.StaffAccounts;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application instances on one database stay in sync through LISTEN/NOTIFY alone: a
 * check-in on instance A reaches the screens of instance B, also after B's listening
 * connection was cut.
 */
class TwoInstancesLiveIT {

	private static EmbeddedPostgres database;

	private static ConfigurableApplicationContext instanceA;

	private static ConfigurableApplicationContext instanceB;

	private static Path dataDir;

	private static int databasePort;

	@BeforeAll
	static void startDatabaseAndTwoInstances() throws Exception {
		dataDir = Files.createTempDirectory("onthaal-two-instances");
		database = startDatabase(0);
		databasePort = database.getPort();
		instanceA = start();
		instanceB = start();
	}

	/**
	 * Keeps its data folder, so the server can be stopped and started again like a real
	 * restart.
	 */
	private static EmbeddedPostgres startDatabase(int port) throws IOException {
		var builder = EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false);
		return (port == 0 ? builder : builder.setPort(port)).start();
	}

	private static ConfigurableApplicationContext start() {
		// command-line arguments outrank application.properties, as they would in a real
		// deployment
		return new SpringApplicationBuilder(OnthaalApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + database.getJdbcUrl("postgres", "postgres"),
				"--spring.datasource.username=postgres", "--spring.datasource.password=",
				"--onthaal.demo.enabled=false", "--management.server.port=0");
	}

	@AfterAll
	static void stopAll() throws Exception {
		if (instanceA != null) {
			instanceA.close();
		}
		if (instanceB != null) {
			instanceB.close();
		}
		if (database != null) {
			database.close();
		}
	}

	@Test
	void checkInOnOneInstanceReachesTheOtherAlsoAfterItsListenerReconnects() throws InterruptedException {
		long locationId = instanceA.getBean(LocationRepository.class)
			.create("Baboes", ZoneId.of("Europe/Brussels"), false);
		BlockingQueue<LiveChange> heardOnB = new LinkedBlockingQueue<>();
		instanceB.getBean(LiveUpdates.class).subscribe(locationId, heardOnB::add);

		CheckIn first = checkInOnA(locationId, "Kasia");
		LiveChange change = heardOnB.poll(10, TimeUnit.SECONDS);
		assertThat(change).usingRecursiveComparison()
			.ignoringFields("sentAtMillis")
			.isEqualTo(new LiveChange(LiveChange.Kind.CHECK_IN, locationId, first.visitId()));
		assertThat(presentOnB(locationId)).containsExactly("Kasia");

		// cut every listening connection, as a database restart or network drop would
		long cutAt = System.nanoTime();
		int cut = instanceA.getBean(DSLContext.class)
			.fetchSingle("select count(pg_terminate_backend(pid)) from pg_stat_activity "
					+ "where application_name = 'onthaal-live-listener'")
			.get(0, Integer.class);
		assertThat(cut).isEqualTo(2);
		LiveChange resync = heardOnB.poll(15, TimeUnit.SECONDS);
		assertThat(resync).as("B re-listens and asks its screens to re-query").isNotNull();
		assertThat(resync.kind()).isEqualTo(LiveChange.Kind.RESYNC);
		System.out.printf("LIVE RECONNECT after the listener connection was cut: %d ms%n",
				Duration.ofNanos(System.nanoTime() - cutAt).toMillis());

		CheckIn second = checkInOnA(locationId, "Olena");
		assertThat(heardOnB.poll(10, TimeUnit.SECONDS)).usingRecursiveComparison()
			.ignoringFields("sentAtMillis")
			.isEqualTo(new LiveChange(LiveChange.Kind.CHECK_IN, locationId, second.visitId()));
		assertThat(presentOnB(locationId)).containsExactly("Kasia", "Olena");
	}

	@Test
	void afterADatabaseRestartLiveUpdatesComeBackAndNothingStoredIsLost() throws Exception {
		long locationId = instanceA.getBean(LocationRepository.class)
			.create("Baboes", ZoneId.of("Europe/Brussels"), false);
		BlockingQueue<LiveChange> heardOnB = new LinkedBlockingQueue<>();
		instanceB.getBean(LiveUpdates.class).subscribe(locationId, heardOnB::add);
		checkInOnA(locationId, "Marie");
		assertThat(heardOnB.poll(10, TimeUnit.SECONDS)).isNotNull();

		database.close();
		database = startDatabase(databasePort);
		long upAt = System.nanoTime();
		LiveChange resync = null;
		while (resync == null || resync.kind() != LiveChange.Kind.RESYNC) {
			resync = heardOnB.poll(30, TimeUnit.SECONDS);
			assertThat(resync).as("B listens again after the database restart").isNotNull();
		}
		long listeningAt = System.nanoTime();
		// a pooled connection from before the restart fails once; the kiosk then says
		// "try again"
		CheckIn afterRestart = null;
		int attempts = 0;
		while (afterRestart == null && attempts < 5) {
			attempts++;
			try {
				afterRestart = checkInOnA(locationId, "Fatima");
			}
			catch (RuntimeException ex) {
				Thread.sleep(500);
			}
		}
		assertThat(afterRestart).as("check-in stored after %d attempt(s)", attempts).isNotNull();
		assertThat(heardOnB.poll(10, TimeUnit.SECONDS)).usingRecursiveComparison()
			.ignoringFields("sentAtMillis")
			.isEqualTo(new LiveChange(LiveChange.Kind.CHECK_IN, locationId, afterRestart.visitId()));
		System.out.printf(
				"LIVE UPDATES BACK after a database restart: listening %d ms after the database was up, "
						+ "check-in stored on attempt %d and delivered %d ms after it%n",
				Duration.ofNanos(listeningAt - upAt).toMillis(), attempts,
				Duration.ofNanos(System.nanoTime() - upAt).toMillis());
		assertThat(presentOnB(locationId)).containsExactly("Marie", "Fatima");
	}

	private static CheckIn checkInOnA(long locationId, String nickname) {
		return instanceA.getBean(CheckInService.class)
			.checkInNewFamily(locationId, new NewFamily(nickname, List.of("pl"), List.of(), List.of(), true, false),
					true, VisitSource.KIOSK);
	}

	/** What a host of the place reads on B's board; only a host of the place may. */
	private static List<String> presentOnB(long locationId) {
		String host = "host-" + locationId;
		if (instanceA.getBean(DSLContext.class)
			.fetchCount(org.onthaal.db.Tables.STAFF_USER, org.onthaal.db.Tables.STAFF_USER.USERNAME.eq(host)) == 0) {
			instanceA.getBean(StaffAccounts.class)
				.create("test", host, "a-long-test-password", host, Set.of(Role.HOST), List.of(locationId), false);
		}
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(host, "n/a",
					List.of(new SimpleGrantedAuthority("ROLE_HOST"))));
		try {
			return instanceB.getBean(HostBoardService.class)
				.presentFamilies(locationId)
				.stream()
				.map(PresentFamily::nickname)
				.toList();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
