package org.onthaal.audit;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

import org.springframework.stereotype.Repository;

import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.selectOne;
import static org.onthaal.db.Tables.AUDIT_EVENT;
import static org.onthaal.db.Tables.STAFF_LOCATION;
import static org.onthaal.db.Tables.STAFF_USER;

/**
 * Reads the audit log for one meeting place.
 *
 * <p>
 * Which events belong to a place: those recorded with its {@code location_id}, and the
 * organisation-wide ones ({@code location_id} null, e.g. a staff account created, the
 * nightly retention) when they were written by someone who works there (assigned to the
 * place, or to no place, which means every place) or by the system itself (an actor that
 * is not a staff account, such as "retention"). A manager of one place thus sees what
 * their colleagues and the system did, not what a manager elsewhere did to their own
 * place.
 */
@Repository
class AuditRepository {

	private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() {
	};

	private final DSLContext dsl;

	private final ObjectMapper json;

	AuditRepository(DSLContext dsl, ObjectMapper json) {
		this.dsl = dsl;
		this.json = json;
	}

	List<AuditEntry> find(long locationId, ZoneId zone, AuditFilter filter, int offset, int limit) {
		return dsl
			.select(AUDIT_EVENT.ID, AUDIT_EVENT.OCCURRED_AT, AUDIT_EVENT.ACTOR, AUDIT_EVENT.ACTION, AUDIT_EVENT.ENTITY,
					AUDIT_EVENT.ENTITY_ID, AUDIT_EVENT.LOCATION_ID, AUDIT_EVENT.DETAILS)
			.from(AUDIT_EVENT)
			.where(belongingTo(locationId))
			.and(matching(filter, zone))
			.orderBy(AUDIT_EVENT.OCCURRED_AT.desc(), AUDIT_EVENT.ID.desc())
			.offset(offset)
			.limit(limit)
			.fetch(r -> new AuditEntry(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
					r.value7(), json.readValue(r.value8().data(), DETAILS)));
	}

	int count(long locationId, ZoneId zone, AuditFilter filter) {
		return dsl.fetchCount(AUDIT_EVENT, belongingTo(locationId).and(matching(filter, zone)));
	}

	List<String> actions(long locationId) {
		return dsl.selectDistinct(AUDIT_EVENT.ACTION)
			.from(AUDIT_EVENT)
			.where(belongingTo(locationId))
			.orderBy(AUDIT_EVENT.ACTION)
			.fetch(AUDIT_EVENT.ACTION);
	}

	List<String> actors(long locationId) {
		return dsl.selectDistinct(AUDIT_EVENT.ACTOR)
			.from(AUDIT_EVENT)
			.where(belongingTo(locationId))
			.orderBy(AUDIT_EVENT.ACTOR)
			.fetch(AUDIT_EVENT.ACTOR);
	}

	private static Condition belongingTo(long locationId) {
		Condition staffAccount = STAFF_USER.USERNAME.eq(AUDIT_EVENT.ACTOR);
		Condition worksHere = exists(selectOne().from(STAFF_USER)
			.where(staffAccount)
			.and(exists(selectOne().from(STAFF_LOCATION)
				.where(STAFF_LOCATION.STAFF_USER_ID.eq(STAFF_USER.ID))
				.and(STAFF_LOCATION.LOCATION_ID.eq(locationId)))
				.or(notExists(
						selectOne().from(STAFF_LOCATION).where(STAFF_LOCATION.STAFF_USER_ID.eq(STAFF_USER.ID))))));
		Condition system = notExists(selectOne().from(STAFF_USER).where(staffAccount));
		return AUDIT_EVENT.LOCATION_ID.eq(locationId).or(AUDIT_EVENT.LOCATION_ID.isNull().and(worksHere.or(system)));
	}

	private static Condition matching(AuditFilter filter, ZoneId zone) {
		Condition condition = DSL.trueCondition();
		if (filter.action() != null) {
			condition = condition.and(AUDIT_EVENT.ACTION.eq(filter.action()));
		}
		if (filter.actor() != null) {
			condition = condition.and(AUDIT_EVENT.ACTOR.eq(filter.actor()));
		}
		if (filter.from() != null) {
			condition = condition
				.and(AUDIT_EVENT.OCCURRED_AT.ge(OffsetDateTime.from(filter.from().atStartOfDay(zone))));
		}
		if (filter.to() != null) {
			condition = condition
				.and(AUDIT_EVENT.OCCURRED_AT.lt(OffsetDateTime.from(filter.to().plusDays(1).atStartOfDay(zone))));
		}
		return condition;
	}

}
