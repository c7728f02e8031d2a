package org.onthaal.staff;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.Records;

import org.springframework.stereotype.Repository;

import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static org.onthaal.db.Tables.STAFF_LOCATION;
import static org.onthaal.db.Tables.STAFF_ROLE;
import static org.onthaal.db.Tables.STAFF_USER;

@Repository
class StaffRepository {

	private final DSLContext dsl;

	StaffRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	Optional<StaffAccount> findByUsername(String username) {
		return dsl
			.select(STAFF_USER.ID, STAFF_USER.USERNAME, STAFF_USER.PASSWORD_HASH, STAFF_USER.DISPLAY_NAME,
					STAFF_USER.UI_LANGUAGE, STAFF_USER.ACTIVE, STAFF_USER.DEMO,
					multiset(select(STAFF_ROLE.ROLE).from(STAFF_ROLE).where(STAFF_ROLE.STAFF_USER_ID.eq(STAFF_USER.ID)))
						.convertFrom(r -> r.map(Record1::value1)
							.stream()
							.map(Role::valueOf)
							.collect(Collectors.toUnmodifiableSet())))
			.from(STAFF_USER)
			.where(STAFF_USER.USERNAME.eq(username))
			.fetchOptional(Records.mapping(StaffAccount::new));
	}

	boolean existsRealStaff() {
		return dsl.fetchExists(STAFF_USER, STAFF_USER.DEMO.isFalse().and(STAFF_USER.ACTIVE.isTrue()));
	}

	boolean usernameTaken(String username) {
		return dsl.fetchExists(STAFF_USER, STAFF_USER.USERNAME.eq(username));
	}

	long create(String username, String passwordHash, String displayName, String uiLanguage, Set<Role> roles,
			Collection<Long> locationIds, boolean demo) {
		long id = dsl.insertInto(STAFF_USER)
			.set(STAFF_USER.USERNAME, username)
			.set(STAFF_USER.PASSWORD_HASH, passwordHash)
			.set(STAFF_USER.DISPLAY_NAME, displayName)
			.set(STAFF_USER.UI_LANGUAGE, uiLanguage)
			.set(STAFF_USER.DEMO, demo)
			.returning(STAFF_USER.ID)
			.fetchSingle(STAFF_USER.ID);
		for (Role role : roles) {
			dsl.insertInto(STAFF_ROLE).set(STAFF_ROLE.STAFF_USER_ID, id).set(STAFF_ROLE.ROLE, role.name()).execute();
		}
		for (Long locationId : locationIds) {
			dsl.insertInto(STAFF_LOCATION)
				.set(STAFF_LOCATION.STAFF_USER_ID, id)
				.set(STAFF_LOCATION.LOCATION_ID, locationId)
				.execute();
		}
		return id;
	}

}
