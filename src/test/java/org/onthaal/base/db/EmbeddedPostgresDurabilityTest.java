package org.onthaal.base.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The zero-setup run keeps real families' data in the embedded server's folder, so it
 * must survive a power cut: fsync and synchronous commit on. Only tests may trade that
 * for speed, by saying so.
 */
class EmbeddedPostgresDurabilityTest {

	private Path dataDir;

	@AfterEach
	void stopServer() {
		if (dataDir != null) {
			EmbeddedPostgresEnvironment.stop(dataDir);
		}
	}

	@Test
	void theRunStartsTheEmbeddedServerDurable() throws Exception {
		ConfigurableEnvironment environment = environment(Map.of());

		assertThat(setting(environment, "fsync")).isEqualTo("on");
		assertThat(setting(environment, "synchronous_commit")).isEqualTo("on");
		assertThat(setting(environment, "full_page_writes")).isEqualTo("on");
	}

	@Test
	void testsMayAskForAFastServerInstead() throws Exception {
		ConfigurableEnvironment environment = environment(
				Map.of(EmbeddedPostgresEnvironment.DURABLE_PROPERTY, "false"));

		assertThat(setting(environment, "fsync")).isEqualTo("off");
		assertThat(setting(environment, "synchronous_commit")).isEqualTo("off");
	}

	/**
	 * An environment as the run has it: no system properties (the test JVM's say "not
	 * durable" for the other tests), a fresh data folder.
	 */
	private ConfigurableEnvironment environment(Map<String, Object> extra) throws Exception {
		dataDir = Files.createTempDirectory("onthaal-durable-pg");
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
		var properties = new java.util.HashMap<String, Object>(extra);
		properties.put(EmbeddedPostgresEnvironment.DATA_DIR_PROPERTY, dataDir.toString());
		properties.put(EmbeddedPostgresEnvironment.CLEAN_PROPERTY, "true");
		environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
		new EmbeddedPostgresEnvironment(Supplier::get).postProcessEnvironment(environment, new SpringApplication());
		return environment;
	}

	private static String setting(ConfigurableEnvironment environment, String name) throws Exception {
		try (Connection connection = DriverManager.getConnection(environment.getProperty("spring.datasource.url"),
				environment.getProperty("spring.datasource.username"),
				environment.getProperty("spring.datasource.password"));
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("show " + name)) {
			result.next();
			return result.getString(1);
		}
	}

}
