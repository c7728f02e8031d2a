package org.onthaal.staff;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.Record11;
import org.jooq.Records;
import org.jooq.SelectConditionStep;

import org.springframework.stereotype.Repository;

import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.lower;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.onthaal.db.Tables.LOCATION;
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
		if (username.indexOf('\u0000') >= 0) {
			// PostgreSQL refuses to compare it, and no username holds it: nobody's name
			return Optional.empty();
		}
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

	/**
	 * Staff working in at least one of the given places, and staff never scoped to a
	 * place (they work everywhere); active first, then by name.
	 */
	List<StaffMember> findSharing(Collection<Long> locationIds) {
		Condition sharing = exists(selectOne().from(STAFF_LOCATION)
			.where(STAFF_LOCATION.STAFF_USER_ID.eq(STAFF_USER.ID))
			.and(STAFF_LOCATION.LOCATION_ID.in(locationIds)))
			.or(notExists(selectOne().from(STAFF_LOCATION).where(STAFF_LOCATION.STAFF_USER_ID.eq(STAFF_USER.ID))));
		return selectMembers(sharing).orderBy(STAFF_USER.ACTIVE.desc(), lower(STAFF_USER.DISPLAY_NAME), STAFF_USER.ID)
			.fetch(Records.mapping(StaffMember::new));
	}

	Optional<StaffMember> findMember(long id) {
		return selectMembers(STAFF_USER.ID.eq(id)).fetchOptional(Records.mapping(StaffMember::new));
	}

	private SelectConditionStep<Record11<Long, String, String, String, Boolean, Boolean, Boolean, OffsetDateTime, Integer, Set<Role>, List<StaffMember.Place>>> selectMembers(
			Condition condition) {
		return dsl
			.select(STAFF_USER.ID, STAFF_USER.USERNAME, STAFF_USER.DISPLAY_NAME, STAFF_USER.UI_LANGUAGE,
					STAFF_USER.ACTIVE, STAFF_USER.DEMO, STAFF_USER.MUST_CHANGE_PASSWORD, STAFF_USER.LAST_LOGIN_AT,
					STAFF_USER.VERSION,
					multiset(select(STAFF_ROLE.ROLE).from(STAFF_ROLE).where(STAFF_ROLE.STAFF_USER_ID.eq(STAFF_USER.ID)))
						.convertFrom(r -> r.map(Record1::value1)
							.stream()
							.map(Role::valueOf)
							.collect(Collectors.toUnmodifiableSet())),
					multiset(select(LOCATION.ID, LOCATION.NAME).from(STAFF_LOCATION)
						.join(LOCATION)
						.on(LOCATION.ID.eq(STAFF_LOCATION.LOCATION_ID))
						.where(STAFF_LOCATION.STAFF_USER_ID.eq(STAFF_USER.ID))
						.orderBy(LOCATION.ID)).convertFrom(r -> r.map(Records.mapping(StaffMember.Place::new))))
			.from(STAFF_USER)
			.where(condition);
	}

	boolean existsRealStaff() {
		return dsl.fetchExists(STAFF_USER, STAFF_USER.DEMO.isFalse().and(STAFF_USER.ACTIVE.isTrue()));
	}

	boolean usernameTaken(String username) {
		return dsl.fetchExists(STAFF_USER, STAFF_USER.USERNAME.eq(username));
	}

	long create(String username, String passwordHash, String displayName, String uiLanguage, Set<Role> roles,
			Collection<Long> locationIds, boolean demo, boolean mustChangePassword) {
		long id = dsl.insertInto(STAFF_USER)
			.set(STAFF_USER.USERNAME, username)
			.set(STAFF_USER.PASSWORD_HASH, passwordHash)
			.set(STAFF_USER.DISPLAY_NAME, displayName)
			.set(STAFF_USER.UI_LANGUAGE, uiLanguage)
			.set(STAFF_USER.DEMO, demo)
			.set(STAFF_USER.MUST_CHANGE_PASSWORD, mustChangePassword)
			.returning(STAFF_USER.ID)
			.fetchSingle(STAFF_USER.ID);
		replaceRoles(id, roles);
		replaceLocations(id, locationIds);
		return id;
	}

	void replaceRoles(long id, Set<Role> roles) {
		dsl.deleteFrom(STAFF_ROLE).where(STAFF_ROLE.STAFF_USER_ID.eq(id)).execute();
		for (Role role : roles) {
			dsl.insertInto(STAFF_ROLE).set(STAFF_ROLE.STAFF_USER_ID, id).set(STAFF_ROLE.ROLE, role.name()).execute();
		}
	}

	void replaceLocations(long id, Collection<Long> locationIds) {
		dsl.deleteFrom(STAFF_LOCATION).where(STAFF_LOCATION.STAFF_USER_ID.eq(id)).execute();
		for (Long locationId : locationIds) {
			dsl.insertInto(STAFF_LOCATION)
				.set(STAFF_LOCATION.STAFF_USER_ID, id)
				.set(STAFF_LOCATION.LOCATION_ID, locationId)
				.execute();
		}
	}

	/**
	 * Name and language; false when someone else changed the user since {@code version}.
	 */
	boolean update(long id, int version, String displayName, String uiLanguage) {
		return dsl.update(STAFF_USER)
			.set(STAFF_USER.DISPLAY_NAME, displayName)
			.set(STAFF_USER.UI_LANGUAGE, uiLanguage)
			.set(STAFF_USER.VERSION, STAFF_USER.VERSION.plus(1))
			.where(STAFF_USER.ID.eq(id))
			.and(STAFF_USER.VERSION.eq(version))
			.execute() == 1;
	}

	boolean setActive(long id, int version, boolean active) {
		return dsl.update(STAFF_USER)
			.set(STAFF_USER.ACTIVE, active)
			.set(STAFF_USER.VERSION, STAFF_USER.VERSION.plus(1))
			.where(STAFF_USER.ID.eq(id))
			.and(STAFF_USER.VERSION.eq(version))
			.execute() == 1;
	}

	boolean setPassword(long id, int version, String passwordHash, boolean mustChange) {
		return dsl.update(STAFF_USER)
			.set(STAFF_USER.PASSWORD_HASH, passwordHash)
			.set(STAFF_USER.MUST_CHANGE_PASSWORD, mustChange)
			.set(STAFF_USER.VERSION, STAFF_USER.VERSION.plus(1))
			.where(STAFF_USER.ID.eq(id))
			.and(STAFF_USER.VERSION.eq(version))
			.execute() == 1;
	}

	/** A user's own password change: not a conflict with a manager's edit of the name. */
	void setOwnPassword(String username, String passwordHash) {
		dsl.update(STAFF_USER)
			.set(STAFF_USER.PASSWORD_HASH, passwordHash)
			.set(STAFF_USER.MUST_CHANGE_PASSWORD, false)
			.where(STAFF_USER.USERNAME.eq(username))
			.execute();
	}

	void setOwnLanguage(String username, String uiLanguage) {
		dsl.update(STAFF_USER)
			.set(STAFF_USER.UI_LANGUAGE, uiLanguage)
			.set(STAFF_USER.VERSION, STAFF_USER.VERSION.plus(1))
			.where(STAFF_USER.USERNAME.eq(username))
			.execute();
	}

	boolean mustChangePassword(String username) {
		return dsl.fetchExists(STAFF_USER,
				STAFF_USER.USERNAME.eq(username).and(STAFF_USER.MUST_CHANGE_PASSWORD.isTrue()));
	}

	void recordSignIn(String username, OffsetDateTime at) {
		dsl.update(STAFF_USER).set(STAFF_USER.LAST_LOGIN_AT, at).where(STAFF_USER.USERNAME.eq(username)).execute();
	}

	/**
	 * Active managers that can really sign in (not demo accounts), other than
	 * {@code exceptId}. Their rows are locked until the transaction ends, so two managers
	 * deactivating each other at the same moment cannot both succeed.
	 */
	int countOtherActiveManagers(long exceptId) {
		return dsl.select(STAFF_USER.ID)
			.from(STAFF_USER)
			.where(STAFF_USER.ACTIVE.isTrue())
			.and(STAFF_USER.DEMO.isFalse())
			.and(exists(selectOne().from(STAFF_ROLE)
				.where(STAFF_ROLE.STAFF_USER_ID.eq(STAFF_USER.ID))
				.and(STAFF_ROLE.ROLE.eq(Role.MANAGER.name()))))
			.forUpdate()
			.of(STAFF_USER)
			.fetch()
			.stream()
			.filter(r -> r.value1() != exceptId)
			.toList()
			.size();
	}

}
