package org.onthaal.staff;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

import static org.onthaal.db.Tables.SHARED_SECRET;

/**
 * Secrets all nodes of a deployment share, kept in the one database they share: the first
 * node to need one makes it, every node reads the same. A configured key would work too,
 * but a deployment that forgot to set it alike on every node would sign cookies no other
 * node accepts.
 */
@Repository
class SharedSecrets {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final DSLContext dsl;

	private final Map<String, String> known = new ConcurrentHashMap<>();

	SharedSecrets(DSLContext dsl) {
		this.dsl = dsl;
	}

	String secret(String name) {
		return known.computeIfAbsent(name, this::readOrMake);
	}

	private String readOrMake(String name) {
		byte[] fresh = new byte[32];
		RANDOM.nextBytes(fresh);
		// two nodes making it at once: the first insert wins, both read the winner
		dsl.insertInto(SHARED_SECRET)
			.set(SHARED_SECRET.NAME, name)
			.set(SHARED_SECRET.SECRET, HexFormat.of().formatHex(fresh))
			.onConflictDoNothing()
			.execute();
		return dsl.select(SHARED_SECRET.SECRET)
			.from(SHARED_SECRET)
			.where(SHARED_SECRET.NAME.eq(name))
			.fetchSingle()
			.value1();
	}

}
