package org.onthaal.staff;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Repository;

import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.selectOne;
import static org.onthaal.db.Tables.LOCATION;
import static org.onthaal.db.Tables.STAFF_LOCATION;
import static org.onthaal.db.Tables.STAFF_RECOVERY_CODE;
import static org.onthaal.db.Tables.STAFF_ROLE;
import static org.onthaal.db.Tables.STAFF_USER;

@Repository
class TwoFactorRepository {

	private final DSLContext dsl;

	TwoFactorRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	/** The user's sealed secret and last used step, when two-step sign-in is on. */
	Optional<Enrolled> findEnrolled(String username) {
		return dsl.select(STAFF_USER.ID, STAFF_USER.TOTP_SECRET, STAFF_USER.TOTP_LAST_STEP)
			.from(STAFF_USER)
			.where(STAFF_USER.USERNAME.eq(username))
			.and(STAFF_USER.TOTP_ENABLED_AT.isNotNull())
			.fetchOptional(r -> new Enrolled(r.value1(), r.value2(), r.value3() == null ? -1 : r.value3()));
	}

	boolean isEnabled(String username) {
		return dsl.fetchExists(STAFF_USER,
				STAFF_USER.USERNAME.eq(username).and(STAFF_USER.TOTP_ENABLED_AT.isNotNull()));
	}

	/**
	 * Whether the user is an active manager without two-step sign-in who works at a place
	 * that requires it of its managers (a user never scoped to a place works at all).
	 */
	boolean managerMustEnrol(String username) {
		var placeRequires = exists(selectOne().from(STAFF_LOCATION)
			.join(LOCATION)
			.on(LOCATION.ID.eq(STAFF_LOCATION.LOCATION_ID))
			.where(STAFF_LOCATION.STAFF_USER_ID.eq(STAFF_USER.ID))
			.and(LOCATION.MANAGERS_NEED_TWO_FACTOR.isTrue()));
		var unscoped = notExists(selectOne().from(STAFF_LOCATION).where(STAFF_LOCATION.STAFF_USER_ID.eq(STAFF_USER.ID)))
			.and(exists(selectOne().from(LOCATION).where(LOCATION.MANAGERS_NEED_TWO_FACTOR.isTrue())));
		return dsl.fetchExists(selectOne().from(STAFF_USER)
			.where(STAFF_USER.USERNAME.eq(username))
			.and(STAFF_USER.TOTP_ENABLED_AT.isNull())
			.and(exists(selectOne().from(STAFF_ROLE)
				.where(STAFF_ROLE.STAFF_USER_ID.eq(STAFF_USER.ID))
				.and(STAFF_ROLE.ROLE.eq(Role.MANAGER.name()))))
			.and(placeRequires.or(unscoped)));
	}

	void enable(long staffUserId, String sealedSecret, long usedStep, OffsetDateTime at, List<String> codeHashes) {
		dsl.update(STAFF_USER)
			.set(STAFF_USER.TOTP_SECRET, sealedSecret)
			.set(STAFF_USER.TOTP_ENABLED_AT, at)
			.set(STAFF_USER.TOTP_LAST_STEP, usedStep)
			.where(STAFF_USER.ID.eq(staffUserId))
			.execute();
		dsl.deleteFrom(STAFF_RECOVERY_CODE).where(STAFF_RECOVERY_CODE.STAFF_USER_ID.eq(staffUserId)).execute();
		var insert = dsl.insertInto(STAFF_RECOVERY_CODE, STAFF_RECOVERY_CODE.STAFF_USER_ID,
				STAFF_RECOVERY_CODE.CODE_HASH);
		for (String hash : codeHashes) {
			insert = insert.values(staffUserId, hash);
		}
		insert.execute();
	}

	void disable(long staffUserId) {
		dsl.update(STAFF_USER)
			.setNull(STAFF_USER.TOTP_SECRET)
			.setNull(STAFF_USER.TOTP_ENABLED_AT)
			.setNull(STAFF_USER.TOTP_LAST_STEP)
			.where(STAFF_USER.ID.eq(staffUserId))
			.execute();
		dsl.deleteFrom(STAFF_RECOVERY_CODE).where(STAFF_RECOVERY_CODE.STAFF_USER_ID.eq(staffUserId)).execute();
	}

	/**
	 * Moves the last used step forward; false when another request used this step (or a
	 * later one) first, so the same code cannot open two sessions.
	 */
	boolean useStep(long staffUserId, long step) {
		return dsl.update(STAFF_USER)
			.set(STAFF_USER.TOTP_LAST_STEP, step)
			.where(STAFF_USER.ID.eq(staffUserId))
			.and(STAFF_USER.TOTP_LAST_STEP.isNull().or(STAFF_USER.TOTP_LAST_STEP.lt(step)))
			.execute() == 1;
	}

	/** Marks an unused recovery code used; false when there is no such unused code. */
	boolean useRecoveryCode(long staffUserId, String codeHash, OffsetDateTime at) {
		return dsl.update(STAFF_RECOVERY_CODE)
			.set(STAFF_RECOVERY_CODE.USED_AT, at)
			.where(STAFF_RECOVERY_CODE.STAFF_USER_ID.eq(staffUserId))
			.and(STAFF_RECOVERY_CODE.CODE_HASH.eq(codeHash))
			.and(STAFF_RECOVERY_CODE.USED_AT.isNull())
			.execute() == 1;
	}

	record Enrolled(long staffUserId, @Nullable String sealedSecret, long lastStep) {
	}

}
