package org.onthaal.base.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;

import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.ObjectMapper;

import org.springframework.stereotype.Repository;

import static org.onthaal.db.Tables.AUDIT_EVENT;

/**
 * Writes audit events in the caller's transaction, so an event exists exactly when its
 * change does.
 */
@Repository
public class AuditLog {

	private final DSLContext dsl;

	private final Clock clock;

	private final ObjectMapper json;

	AuditLog(DSLContext dsl, Clock clock, ObjectMapper json) {
		this.dsl = dsl;
		this.clock = clock;
		this.json = json;
	}

	public void record(String actor, String action, String entity, @Nullable Long entityId, @Nullable Long locationId,
			Map<String, ?> details) {
		dsl.insertInto(AUDIT_EVENT)
			.set(AUDIT_EVENT.OCCURRED_AT, OffsetDateTime.now(clock))
			.set(AUDIT_EVENT.ACTOR, actor)
			.set(AUDIT_EVENT.ACTION, action)
			.set(AUDIT_EVENT.ENTITY, entity)
			.set(AUDIT_EVENT.ENTITY_ID, entityId)
			.set(AUDIT_EVENT.LOCATION_ID, locationId)
			.set(AUDIT_EVENT.DETAILS, JSONB.valueOf(json.writeValueAsString(details)))
			.execute();
	}

}
