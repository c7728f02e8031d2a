package org.onthaal;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.onthaal.base.db.JobLocks;

/**
 * Another node in the middle of a background job: a transaction of its own on the shared
 * database that holds the job's lock until closed.
 */
public final class AnotherNodeRunsJob implements AutoCloseable {

	private final Connection connection;

	private AnotherNodeRunsJob(Connection connection) {
		this.connection = connection;
	}

	public static AnotherNodeRunsJob start(DataSource dataSource, String job) throws SQLException {
		Connection connection = dataSource.getConnection();
		connection.setAutoCommit(false);
		try (var statement = connection.prepareStatement("select pg_advisory_xact_lock(hashtextextended(?, 0))")) {
			statement.setString(1, JobLocks.key(job));
			statement.execute();
		}
		return new AnotherNodeRunsJob(connection);
	}

	@Override
	public void close() throws SQLException {
		connection.rollback();
		connection.close();
	}

}
