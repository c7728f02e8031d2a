package org.onthaal.staff;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.jooq.DSLContext;
import org.jooq.Record3;

import org.springframework.stereotype.Repository;

import org.jooq.impl.DSL;
import static org.onthaal.db.Tables.LOGIN_FAILURE;

@Repository
class LoginFailureRepository {

	private final DSLContext dsl;

	LoginFailureRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	void add(String username, String address, Instant at) {
		dsl.insertInto(LOGIN_FAILURE)
			.set(LOGIN_FAILURE.USERNAME, username)
			.set(LOGIN_FAILURE.ADDRESS, address)
			.set(LOGIN_FAILURE.FAILED_AT, OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.execute();
	}

	/**
	 * In one query: the account's failures since {@code shortSince} and since
	 * {@code longSince}, and the address's failures since {@code shortSince}.
	 */
	Counts countRecent(String username, String address, Instant shortSince, Instant longSince) {
		OffsetDateTime shortFrom = OffsetDateTime.ofInstant(shortSince, ZoneOffset.UTC);
		OffsetDateTime longFrom = OffsetDateTime.ofInstant(longSince, ZoneOffset.UTC);
		Record3<Integer, Integer, Integer> counts = dsl
			.select(DSL.count()
				.filterWhere(LOGIN_FAILURE.USERNAME.eq(username).and(LOGIN_FAILURE.FAILED_AT.gt(shortFrom))),
					DSL.count().filterWhere(LOGIN_FAILURE.USERNAME.eq(username)),
					DSL.count()
						.filterWhere(LOGIN_FAILURE.ADDRESS.eq(address).and(LOGIN_FAILURE.FAILED_AT.gt(shortFrom))))
			.from(LOGIN_FAILURE)
			.where(LOGIN_FAILURE.USERNAME.eq(username).and(LOGIN_FAILURE.FAILED_AT.gt(longFrom)))
			.or(LOGIN_FAILURE.ADDRESS.eq(address).and(LOGIN_FAILURE.FAILED_AT.gt(shortFrom)))
			.fetchSingle();
		return new Counts(counts.value1(), counts.value2(), counts.value3());
	}

	int deleteBefore(Instant before) {
		return dsl.deleteFrom(LOGIN_FAILURE)
			.where(LOGIN_FAILURE.FAILED_AT.lt(OffsetDateTime.ofInstant(before, ZoneOffset.UTC)))
			.execute();
	}

	record Counts(int accountShort, int accountLong, int addressShort) {
	}

}
