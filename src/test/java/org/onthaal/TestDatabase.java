package org.onthaal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jooq.DSLContext;
import org.onthaal.base.db.EmbeddedPostgresEnvironment;

import org.springframework.dao.PessimisticLockingFailureException;

/**
 * Tests run on a real embedded PostgreSQL, one per test JVM, in a temporary folder
 * removed at the end. Each test starts from a clean state: every table is truncated
 * except the Liquibase bookkeeping and the interest catalogue, which is reference data
 * the migrations bring.
 */
public final class TestDatabase {

	private static final Path DATA_DIR;

	private static final int MAX_ATTEMPTS = 5;

	static {
		try {
			DATA_DIR = Files.createTempDirectory("onthaal-test-pg");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private TestDatabase() {
	}

	/**
	 * Call before the Spring context starts (a static initialiser of the test base
	 * class).
	 */
	public static void useTemporaryEmbeddedServer() {
		System.setProperty(EmbeddedPostgresEnvironment.DATA_DIR_PROPERTY, DATA_DIR.toString());
		System.setProperty(EmbeddedPostgresEnvironment.CLEAN_PROPERTY, "true");
		// a test database is thrown away: speed over surviving a power cut
		System.setProperty(EmbeddedPostgresEnvironment.DURABLE_PROPERTY, "false");
		System.setProperty("onthaal.demo.enabled", "false");
	}

	public static void clean(DSLContext dsl) {
		var tables = dsl.fetchValues("""
				select string_agg(format('%I', table_name), ', ')
				from information_schema.tables
				where table_schema = 'public' and table_type = 'BASE TABLE'
				  and table_name not in ('databasechangelog', 'databasechangeloglock', 'interest')
				""");
		String truncate = "truncate table " + tables.get(0) + " restart identity cascade";
		for (int attempt = 1;; attempt++) {
			try {
				dsl.execute(truncate);
				return;
			}
			catch (PessimisticLockingFailureException ex) {
				// work of the test before may still run (a host board computed after a
				// late
				// live update) and lock tables in its own order; PostgreSQL then chose
				// the
				// truncate to give way, so it goes again once that work is through
				if (attempt == MAX_ATTEMPTS) {
					throw ex;
				}
			}
		}
	}

}
