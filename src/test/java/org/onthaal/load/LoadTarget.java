package org.onthaal.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.onthaal.OnthaalApplication;
import org.onthaal.checkin.CheckIn;
import org.onthaal.checkin.CheckInService;
import org.onthaal.checkin.VisitSource;
import org.onthaal.family.NewFamily;
import org.onthaal.kiosk.KioskDeviceService;
import org.onthaal.kiosk.KioskPairing;
import org.onthaal.kiosk.PairingCodeIssued;
import org.onthaal.kiosk.PairingResult;
import org.onthaal.space.LocationRepository;
import org.onthaal.staff.Role;
import org.onthaal.staff.StaffAccounts;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The app under load, in a JVM of its own (so its CPU and heap are its own): Onthaal as
 * in production (Vaadin production mode, its own durable embedded PostgreSQL in a fresh
 * folder, scheduling on, no demo data), on 127.0.0.1 and random ports, set up through its
 * own services: one place, paired kiosks, a host and returning families with their cards.
 * Writes what the load client needs to a properties file, then runs until its standard
 * input closes (the client ended, or died) or its time is up.
 *
 * <p>
 * Arguments: {@code <ready file> <data dir> <kiosks> <returning families> <max minutes>}.
 */
public final class LoadTarget {

	static final String HOST_USERNAME = "load-host";

	static final String HOST_PASSWORD = "koffie-onder-last-2026";

	private static final String SETUP_MANAGER = "load-setup";

	private static final String PRODUCTION_BUNDLE = "META-INF/VAADIN/webapp/VAADIN/build";

	private LoadTarget() {
	}

	public static void main(String[] args) throws Exception {
		Path readyFile = Path.of(args[0]);
		Path dataDir = Path.of(args[1]);
		int kiosks = Integer.parseInt(args[2]);
		int returning = Integer.parseInt(args[3]);
		int maxMinutes = Integer.parseInt(args[4]);
		// production mode needs the front-end bundle that ./mvnw -Pproduction copies into
		// target/classes; without it (a plain test build) the app runs as in the tests
		boolean production = LoadTarget.class.getClassLoader().getResource(PRODUCTION_BUNDLE) != null;
		ConfigurableApplicationContext app = new SpringApplicationBuilder(OnthaalApplication.class).run(
				"--server.address=127.0.0.1", "--server.port=0", "--management.server.port=0",
				"--onthaal.demo.enabled=false", "--onthaal.database.embedded.data-dir=" + dataDir,
				"--onthaal.database.embedded.clean=true", "--vaadin.productionMode=" + production,
				"--spring.main.banner-mode=off");
		Properties ready = setUp(app, kiosks, returning);
		ready.setProperty("port", app.getEnvironment().getProperty("local.server.port", ""));
		ready.setProperty("management.port", app.getEnvironment().getProperty("local.management.port", ""));
		ready.setProperty("pid", Long.toString(ProcessHandle.current().pid()));
		ready.setProperty("data.dir", dataDir.toString());
		ready.setProperty("vaadin.mode", production ? "production" : "development");
		ready.setProperty("datasource.url", app.getEnvironment().getProperty("spring.datasource.url", ""));
		Path partial = readyFile.resolveSibling(readyFile.getFileName() + ".part");
		try (var out = Files.newOutputStream(partial)) {
			ready.store(out, "Onthaal under load");
		}
		Files.move(partial, readyFile, StandardCopyOption.ATOMIC_MOVE);
		System.out.println("LOAD TARGET READY on 127.0.0.1:" + ready.getProperty("port"));

		Thread watchdog = Thread.ofPlatform().daemon().start(() -> drain(System.in));
		watchdog.join(TimeUnit.MINUTES.toMillis(maxMinutes));
		app.close();
		System.exit(0);
	}

	/** Returns when the stream ends: the load client closed it or is gone. */
	private static void drain(InputStream in) {
		try {
			while (in.read() >= 0) {
				// nothing to read: the stream is a lifeline
			}
		}
		catch (IOException ex) {
			// gone is gone
		}
	}

	static Properties setUp(ConfigurableApplicationContext app, int kiosks, int returning) {
		Properties ready = new Properties();
		long locationId = app.getBean(LocationRepository.class)
			.create("Speelhuis onder last", ZoneId.of("Europe/Brussels"), false);
		ready.setProperty("location", Long.toString(locationId));
		StaffAccounts staff = app.getBean(StaffAccounts.class);
		staff.create("load", SETUP_MANAGER, "a-long-setup-password", SETUP_MANAGER, Set.of(Role.MANAGER),
				List.of(locationId), false);
		staff.create("load", HOST_USERNAME, HOST_PASSWORD, "Host", Set.of(Role.HOST), List.of(locationId), false);
		ready.setProperty("host.username", HOST_USERNAME);
		ready.setProperty("host.password", HOST_PASSWORD);

		KioskDeviceService devices = app.getBean(KioskDeviceService.class);
		KioskPairing pairing = app.getBean(KioskPairing.class);
		List<String> tokens = new ArrayList<>();
		for (int i = 0; i < kiosks; i++) {
			String name = "Load kiosk " + (i + 1);
			PairingCodeIssued issued = asManager(app, () -> devices.register(locationId, name));
			PairingResult paired = pairing.pair(issued.code(), "load-setup-" + issued.deviceId());
			if (!paired.succeeded() || paired.token() == null) {
				throw new IllegalStateException("Pairing " + name + " failed");
			}
			tokens.add(paired.token());
		}
		ready.setProperty("kiosk.tokens", String.join(",", tokens));

		// families that were here before and left: their cards are what a returning
		// family types at the kiosk
		CheckInService checkIns = app.getBean(CheckInService.class);
		List<String> cards = new ArrayList<>();
		for (int i = 0; i < returning; i++) {
			String nickname = "Terug" + LoadNames.letters(i);
			CheckIn first = checkIns.checkInNewFamily(locationId,
					new NewFamily(nickname, List.of("nl", "ar"), List.of(), List.of("2-3"), true, false), true,
					VisitSource.KIOSK);
			checkIns.checkOut(locationId, first.familyId());
			cards.add(nickname + ":" + first.card().pictogram() + ":" + first.card().digits());
		}
		ready.setProperty("returning.cards", String.join(",", cards));
		return ready;
	}

	/**
	 * Runs the action signed in as the set-up manager, in the holder the services ask
	 * (Vaadin's, bound to the context) and the static one.
	 */
	private static <T> T asManager(ConfigurableApplicationContext app, Supplier<T> action) {
		SecurityContextHolderStrategy beanHolder = app.getBeanProvider(SecurityContextHolderStrategy.class)
			.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
		SecurityContext manager = SecurityContextHolder.createEmptyContext();
		manager.setAuthentication(new UsernamePasswordAuthenticationToken(SETUP_MANAGER, "n/a",
				List.of(new SimpleGrantedAuthority("ROLE_MANAGER"))));
		beanHolder.setContext(manager);
		SecurityContextHolder.setContext(manager);
		try {
			return action.get();
		}
		finally {
			beanHolder.clearContext();
			SecurityContextHolder.clearContext();
		}
	}

}
