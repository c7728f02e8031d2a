package org.onthaal.base.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jspecify.annotations.Nullable;
import org.apache.commons.logging.Log;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * The zero-setup database: when no {@code spring.datasource.url} is configured, start a
 * real PostgreSQL 17 whose data lives in a folder that survives restarts, and point the
 * datasource at it. Done as an environment post-processor so that the datasource,
 * Liquibase, jOOQ and the LISTEN/NOTIFY connection all read the same ordinary
 * {@code spring.datasource.*} properties.
 */
public class EmbeddedPostgresEnvironment implements EnvironmentPostProcessor, Ordered {

	public static final String DATA_DIR_PROPERTY = "onthaal.database.embedded.data-dir";

	/** Tests set this: the data folder is deleted when the server stops. */
	public static final String CLEAN_PROPERTY = "onthaal.database.embedded.clean";

	/**
	 * Tells the rest of the app (e.g. demo defaults) that the embedded database is in
	 * use.
	 */
	/**
	 * Tests set this to false: the library's defaults (fsync and synchronous commit off)
	 * are fast but lose committed check-ins on a power cut, so the run keeps them on.
	 */
	public static final String DURABLE_PROPERTY = "onthaal.database.embedded.durable";

	public static final String ACTIVE_PROPERTY = "onthaal.database.embedded.active";

	/**
	 * Logging is not set up yet this early: Spring Boot replays these lines once it is.
	 */
	private final Log log;

	/** One server per data folder per JVM: tests may build several Spring contexts. */
	private static final Map<Path, EmbeddedPostgres> servers = new HashMap<>();

	public EmbeddedPostgresEnvironment(DeferredLogFactory logFactory) {
		this.log = logFactory.getLog(EmbeddedPostgresEnvironment.class);
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
			return;
		}
		Path dataDir = dataDirectory(environment);
		boolean clean = environment.getProperty(CLEAN_PROPERTY, Boolean.class, false);
		boolean durable = environment.getProperty(DURABLE_PROPERTY, Boolean.class, true);
		EmbeddedPostgres server = start(dataDir, clean, durable);
		Map<String, Object> properties = new HashMap<>();
		properties.put("spring.datasource.url", "jdbc:postgresql://localhost:" + server.getPort() + "/postgres");
		properties.put("spring.datasource.username", "postgres");
		properties.put("spring.datasource.password", "");
		properties.put(ACTIVE_PROPERTY, "true");
		environment.getPropertySources().addFirst(new MapPropertySource("onthaalEmbeddedPostgres", properties));
	}

	static Path dataDirectory(ConfigurableEnvironment environment) {
		@Nullable String configured = environment.getProperty(DATA_DIR_PROPERTY);
		if (StringUtils.hasText(configured)) {
			return Path.of(configured).toAbsolutePath().normalize();
		}
		return Path.of(System.getProperty("user.home"), ".onthaal", "pgdata");
	}

	private EmbeddedPostgres start(Path dataDir, boolean clean, boolean durable) {
		synchronized (servers) {
			return servers.containsKey(dataDir) ? servers.get(dataDir) : startNew(dataDir, clean, durable);
		}
	}

	private EmbeddedPostgres startNew(Path dataDir, boolean clean, boolean durable) {
		try {
			Files.createDirectories(dataDir);
			boolean fresh = !Files.exists(dataDir.resolve("postgresql.conf"));
			log.info("Starting embedded PostgreSQL 17 with its data in " + dataDir
					+ (fresh ? " (new folder)" : " (existing data kept)")
					+ ". Set ONTHAAL_DATA_DIR to move it, or SPRING_DATASOURCE_URL to use another server.");
			EmbeddedPostgres server = EmbeddedPostgres.builder()
				.setDataDirectory(dataDir)
				.setCleanDataDirectory(clean)
				.setPGStartupWait(Duration.ofSeconds(60))
				.setServerConfig("max_connections", "100")
				// the library starts postgres with -F (fsync off) and synchronous_commit
				// off; a later -c wins over -F
				.setServerConfig("fsync", durable ? "on" : "off")
				.setServerConfig("synchronous_commit", durable ? "on" : "off")
				.setServerConfig("full_page_writes", durable ? "on" : "off")
				.start();
			if (!durable) {
				log.info("Embedded PostgreSQL runs without fsync (" + DURABLE_PROPERTY + "=false): for tests only.");
			}
			log.info("Embedded PostgreSQL is listening on localhost:" + server.getPort());
			servers.put(dataDir, server);
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir
					+ ". Set SPRING_DATASOURCE_URL to use an external server instead.", ex);
		}
	}

	/** Stops the server of a data folder (tests that start their own). */
	static void stop(Path dataDir) {
		synchronized (servers) {
			EmbeddedPostgres server = servers.remove(dataDir.toAbsolutePath().normalize());
			if (server != null) {
				try {
					server.close();
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
		}
	}

	@Override
	public int getOrder() {
		// after application.properties and the environment have been read, so both can
		// name the folder
		return Ordered.LOWEST_PRECEDENCE;
	}

}
