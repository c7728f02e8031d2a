package org.onthaal.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.awaitility.Awaitility;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onthaal.OnthaalApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onthaal.db.Tables.FAMILY;
import static org.onthaal.db.Tables.VISIT;

/**
 * The restore drill of README, "Backups and restore", on every build: a database that the
 * app migrated and filled with its demo place (families, weeks of visits, introductions,
 * staff, audit) is backed up by ops/backup/backup.sh (pg_dump), restored by
 * ops/backup/restore.sh (pg_restore) into new databases, and compared: every table's
 * rows, every sequence, every definition. Then the app starts on a restored copy.
 * <p>
 * The backup's source is the Linux distribution's PostgreSQL, because only there is a
 * pg_dump of the server's own version: the embedded PostgreSQL 17 comes without one, and
 * Debian's pg_dump (15) refuses a newer server. One copy goes onto that same server, as
 * in docker-compose.yml (pg_dump and server of one version, postgres:17 there); one onto
 * a fresh embedded PostgreSQL 17, the version the app is made for.
 */
class BackupRestoreDrillIT {

	private static final Path BACKUP_SCRIPT = Path.of("ops/backup/backup.sh");

	private static final Path RESTORE_SCRIPT = Path.of("ops/backup/restore.sh");

	private static DistributionPostgres source;

	private static EmbeddedPostgres target;

	private static Path work;

	private static Path backup;

	private static DatabaseFingerprint original;

	/** Restored on the backup's own server. */
	private static DatabaseFingerprint sameVersionCopy;

	/**
	 * Restored on the embedded PostgreSQL 17, taken before the app starts on it (which
	 * may write).
	 */
	private static DatabaseFingerprint embeddedCopy;

	@BeforeAll
	static void backUpAFilledDatabaseAndRestoreIt() throws Exception {
		long started = System.nanoTime();
		work = Files.createTempDirectory("onthaal-drill");
		source = DistributionPostgres.start();
		try (Connection connection = DriverManager.getConnection(source.jdbcUrl("postgres"), "postgres", "")) {
			connection.createStatement().execute("create database onthaal");
		}
		// the app migrates the empty database and seeds its demo place, as at a first
		// start
		startApp(source.jdbcUrl("onthaal"), true).close();
		long filled = System.nanoTime();

		Path backups = work.resolve("backups");
		DistributionPostgres.run(work.resolve("backup.log"),
				tools(source.port(), "onthaal", Map.of("ONTHAAL_BACKUP_DIR", backups.toString())),
				List.of("bash", BACKUP_SCRIPT.toString(), "--once"));
		try (Stream<Path> files = Files.list(backups)) {
			backup = files.filter(file -> file.getFileName().toString().matches("onthaal-\\d{8}-\\d{6}\\.dump"))
				.findFirst()
				.orElseThrow();
		}
		long backedUp = System.nanoTime();

		DistributionPostgres.run(work.resolve("restore-same-version.log"),
				tools(source.port(), "onthaal_restored", Map.of()),
				List.of("bash", RESTORE_SCRIPT.toString(), backup.toString()));
		long restoredSameVersion = System.nanoTime();

		target = EmbeddedPostgres.builder().start();
		long targetUp = System.nanoTime();
		DistributionPostgres.run(work.resolve("restore.log"), tools(target.getPort(), "onthaal", Map.of()),
				List.of("bash", RESTORE_SCRIPT.toString(), backup.toString()));
		long restored = System.nanoTime();

		original = fingerprint(source.jdbcUrl("onthaal"));
		sameVersionCopy = fingerprint(source.jdbcUrl("onthaal_restored"));
		embeddedCopy = fingerprint(target.getJdbcUrl("postgres", "onthaal"));
		System.out.printf(
				"BACKUP DRILL: PostgreSQL %s -> same server and embedded %s; %d tables (%d with rows, %d rows), "
						+ "%d sequences, %d definitions; backup %s %d KB; fill %d ms, backup %d ms, restore %d ms "
						+ "(same version) and %d ms (embedded 17, its start %d ms more); drill in all %d ms%n",
				source.version(), serverVersion(target), original.tables().size(), original.tablesWithRows(),
				original.rowCount(), original.sequences().size(), original.definitions().size(), backup.getFileName(),
				Files.size(backup) / 1024, millis(started, filled), millis(filled, backedUp),
				millis(backedUp, restoredSameVersion), millis(targetUp, restored),
				millis(restoredSameVersion, targetUp), millis(started, System.nanoTime()));
	}

	@Test
	void theBackupHoldsALivingPlace() {
		// a drill on an empty database proves nothing
		assertThat(original.tablesWithRows()).isGreaterThanOrEqualTo(10);
		assertThat(original.tables().get("family").count()).isPositive();
		assertThat(original.tables().get("visit").count()).isPositive();
		assertThat(original.sequences()).isNotEmpty();
		assertThat(original.definitions()).containsKey("constraint visit_family_id_fkey on visit");
	}

	@Test
	void aRestoreOnAServerOfTheBackupsVersionIsWholeWordForWord() {
		assertThat(sameVersionCopy.majorVersion()).isEqualTo(original.majorVersion());
		assertThat(original.differencesIn(sameVersionCopy)).isEmpty();
	}

	@Test
	void aRestoreOnAFreshEmbeddedPostgres17IsWhole() {
		assertThat(embeddedCopy.majorVersion()).isEqualTo(17);
		assertThat(original.differencesIn(embeddedCopy)).isEmpty();
	}

	@Test
	void theDrillCatchesARestoreThatLeavesATableOut() throws Exception {
		String table = tableWithRowsThatNothingReferences();
		long rows = original.tables().get(table).count();
		// the backup's table of contents without that table's rows
		Path contents = work.resolve("contents.list");
		DistributionPostgres.run(contents, Map.of(),
				List.of(source.bin().resolve("pg_restore").toString(), "--list", backup.toString()));
		List<String> kept = Files.readAllLines(contents)
			.stream()
			.filter(line -> !line.contains(" TABLE DATA public " + table + " "))
			.toList();
		Files.write(contents, kept);
		try (Connection connection = DriverManager.getConnection(target.getJdbcUrl("postgres", "postgres"))) {
			connection.createStatement().execute("create database onthaal_partial");
		}
		DistributionPostgres.run(work.resolve("partial-restore.log"),
				tools(target.getPort(), "onthaal_partial", Map.of()),
				List.of(source.bin().resolve("pg_restore").toString(), "--exit-on-error", "--single-transaction",
						"--no-owner", "--use-list=" + contents, "--dbname=onthaal_partial", backup.toString()));

		List<String> differences = original
			.differencesIn(fingerprint(target.getJdbcUrl("postgres", "onthaal_partial")));
		System.out.println("BACKUP DRILL: a restore without the rows of " + table + " differs: " + differences);
		assertThat(differences).containsExactly("table " + table + ": " + rows + " rows, restored 0");
	}

	@Test
	void theAppStartsOnTheRestoredDatabase() throws SQLException {
		long families = original.tables().get("family").count();
		long visits = original.tables().get("visit").count();
		long changeSets = original.tables().get("databasechangelog").count();
		try (ConfigurableApplicationContext app = startApp(target.getJdbcUrl("postgres", "onthaal"), false)) {
			DSLContext dsl = app.getBean(DSLContext.class);
			assertThat((long) dsl.fetchCount(FAMILY)).isEqualTo(families);
			assertThat((long) dsl.fetchCount(VISIT)).isEqualTo(visits);
			// Liquibase found every change set of the backup applied and ran none again
			assertThat((long) dsl.fetchCount(DSL.table("databasechangelog"))).isEqualTo(changeSets);
		}
	}

	@Test
	void aNewDumpPushesTheOldestOutAndLeavesOtherFilesAlone() throws IOException {
		Path backups = Files.createDirectories(work.resolve("retention"));
		for (String old : List.of("onthaal-20200101-013000.dump", "onthaal-20200102-013000.dump", "notes.txt")) {
			Files.writeString(backups.resolve(old), "");
		}
		DistributionPostgres.run(work.resolve("retention.log"),
				tools(source.port(), "onthaal",
						Map.of("ONTHAAL_BACKUP_DIR", backups.toString(), "ONTHAAL_BACKUP_KEEP", "2")),
				List.of("bash", BACKUP_SCRIPT.toString(), "--once"));

		assertThat(names(backups)).hasSize(3)
			.contains("onthaal-20200102-013000.dump", "notes.txt")
			.anyMatch(name -> name.matches("onthaal-\\d{8}-\\d{6}\\.dump") && !name.startsWith("onthaal-2020"));
	}

	@Test
	void theNightlyServiceDumpsAtItsFirstStartAndStopsWhenAsked() throws Exception {
		Path backups = work.resolve("nightly");
		var builder = new ProcessBuilder("bash", BACKUP_SCRIPT.toString()).redirectErrorStream(true)
			.redirectOutput(work.resolve("nightly.log").toFile());
		// a time that has not come yet today: the dump comes from the first start alone
		builder.environment()
			.putAll(tools(source.port(), "onthaal",
					Map.of("ONTHAAL_BACKUP_DIR", backups.toString(), "ONTHAAL_BACKUP_AT", "23:59")));
		Process service = builder.start();
		try {
			Awaitility.await("the first dump")
				.atMost(Duration.ofSeconds(30))
				.until(() -> Files.isDirectory(backups) && names(backups).stream().anyMatch(n -> n.endsWith(".dump")));
			// what docker stop sends
			service.destroy();
			assertThat(service.waitFor(10, TimeUnit.SECONDS)).isTrue();
			assertThat(service.exitValue()).isZero();
		}
		finally {
			service.destroyForcibly();
		}
		assertThat(names(backups)).singleElement().asString().matches("onthaal-\\d{8}-\\d{6}\\.dump");
	}

	private static List<String> names(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(file -> file.getFileName().toString()).toList();
		}
	}

	@AfterAll
	static void stopServers() throws Exception {
		if (target != null) {
			target.close();
		}
		if (source != null) {
			source.close();
		}
		if (work != null) {
			DistributionPostgres.deleteRecursively(work);
		}
	}

	private static ConfigurableApplicationContext startApp(String jdbcUrl, boolean demo) {
		// Vaadin looks for routes in its own and the app's packages only: the drill needs
		// Liquibase, the data and the database beans, not every jar's classes
		return new SpringApplicationBuilder(OnthaalApplication.class).run("--server.port=0",
				"--management.server.port=0", "--vaadin.allowed-packages=com.vaadin,org.vaadin,org.onthaal",
				"--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=postgres",
				"--spring.datasource.password=", "--onthaal.demo.enabled=" + demo,
				"--onthaal.scheduling.enabled=false");
	}

	/**
	 * The scripts' environment: libpq's variables, and the distribution's PostgreSQL
	 * tools first on the PATH.
	 */
	private static Map<String, String> tools(int port, String database, Map<String, String> more) {
		var environment = new HashMap<>(more);
		environment.putAll(Map.of("PGHOST", "127.0.0.1", "PGPORT", Integer.toString(port), "PGUSER", "postgres",
				"PGDATABASE", database, "PATH", source.bin() + ":" + System.getenv("PATH")));
		return environment;
	}

	private static DatabaseFingerprint fingerprint(String jdbcUrl) throws SQLException {
		try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
			return DatabaseFingerprint.of(connection);
		}
	}

	private static String tableWithRowsThatNothingReferences() throws SQLException {
		try (Connection connection = DriverManager.getConnection(source.jdbcUrl("onthaal"), "postgres", "");
				var result = connection.createStatement().executeQuery("""
						select c.relname from pg_class c
						where c.relnamespace = 'public'::regnamespace and c.relkind = 'r'
						  and not exists (select 1 from pg_constraint f where f.contype = 'f' and f.confrelid = c.oid)
						order by c.relname
						""")) {
			while (result.next()) {
				String table = result.getString(1);
				if (original.tables().get(table).count() > 0) {
					return table;
				}
			}
		}
		throw new IllegalStateException("no table with rows that no other table references");
	}

	private static String serverVersion(EmbeddedPostgres server) throws SQLException {
		try (Connection connection = DriverManager.getConnection(server.getJdbcUrl("postgres", "postgres"));
				var result = connection.createStatement().executeQuery("show server_version")) {
			result.next();
			return result.getString(1);
		}
	}

	private static long millis(long from, long to) {
		return Duration.ofNanos(to - from).toMillis();
	}

}
