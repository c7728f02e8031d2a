package org.onthaal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onthaal.db.Tables.LOCATION;

/**
 * Emptying the database between tests holds even when work of the test before is still
 * running: a host board computed in the background after a late live update took a lock
 * on one table and wanted another that the truncate already held (CI of 2026-12-03:
 * HostCheckOutTest lost a deadlock in its clean-up).
 */
@SpringBootTest
class TestDatabaseCleanTest extends DatabaseTestBase {

	@Autowired
	private DataSource dataSource;

	@Test
	void cleaningSurvivesADeadlockWithWorkStillRunning() throws Exception {
		List<String> tables = dsl.fetch("""
				select table_name::text from information_schema.tables
				where table_schema = 'public' and table_type = 'BASE TABLE'
				  and table_name not in ('databasechangelog', 'databasechangeloglock', 'interest')
				""").getValues(0, String.class);
		String lastLocked = tables.getLast();
		String firstLocked = tables.getFirst();
		try (Connection lateWork = dataSource.getConnection(); Statement statement = lateWork.createStatement()) {
			lateWork.setAutoCommit(false);
			statement.execute("lock table " + lastLocked + " in row exclusive mode");

			CompletableFuture<Void> cleaning = CompletableFuture.runAsync(() -> TestDatabase.clean(dsl));
			awaitATruncateWaiting();
			// the cycle: the truncate waits for this transaction, which now waits for it
			statement.execute("lock table " + firstLocked + " in row exclusive mode");
			lateWork.commit();

			cleaning.get(30, TimeUnit.SECONDS);
		}
		assertThat(dsl.fetchCount(LOCATION)).as("everything went, the test's location too").isZero();
	}

	private void awaitATruncateWaiting() {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (!dsl.fetchExists(dsl.selectOne()
			.from("pg_locks")
			.where("not granted and mode = 'AccessExclusiveLock' and locktype = 'relation'"))) {
			assertThat(System.nanoTime()).as("the truncate waits for the late work").isLessThan(deadline);
			Thread.onSpinWait();
		}
	}

}
