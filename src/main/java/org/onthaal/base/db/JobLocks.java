package org.onthaal.base.db;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import org.springframework.stereotype.Component;

/**
 * One node at a time for the background jobs: every node behind the proxy has the same
 * schedule, so at 03:15 each would start the same retention run and every minute the same
 * closing-time check-out. A transaction-scoped PostgreSQL advisory lock lets the first
 * one work; the others find it taken and skip that round (the next round comes anyway).
 * It ends with the transaction, so a node that dies mid-run holds nothing.
 */
@Component
public class JobLocks {

	private final DSLContext dsl;

	JobLocks(DSLContext dsl) {
		this.dsl = dsl;
	}

	/**
	 * Takes the job's lock for the current transaction; false when another transaction
	 * (another node) holds it.
	 */
	public boolean takeForThisTransaction(String job) {
		return dsl.select(DSL.field("pg_try_advisory_xact_lock(hashtextextended({0}, 0))", Boolean.class, key(job)))
			.fetchSingle()
			.value1();
	}

	/** The lock's name; the key is its 64-bit hash. */
	public static String key(String job) {
		return "onthaal-job:" + job;
	}

}
