package org.onthaal.base.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;

import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.ObjectMapper;

import org.springframework.stereotype.Repository;

import static org.onthaal.db.Tables.AUDIT_EVENT;

/**
 * Writes audit events in the caller's transaction, so an event exists exactly when its
 * change does. The one class that writes the audit log: recording events, and redacting
 * details that name someone who was erased.
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

	/**
	 * Replaces the details of every event that names {@code name} in any of its string
	 * values, as a whole word and in any case, with {@code {"redacted": reason}}. The
	 * event itself (who, what, when) stays. Returns how many events were redacted.
	 */
	public int redactMentionsOf(String name, String reason) {
		// every regular-expression character in the name stands for itself
		String literal = name.replaceAll("[\\\\.^$|?*+()\\[\\]{}]", "\\\\$0");
		String word = "(^|[^[:alnum:]])" + literal + "($|[^[:alnum:]])";
		return dsl.update(AUDIT_EVENT)
			.set(AUDIT_EVENT.DETAILS, JSONB.valueOf(json.writeValueAsString(Map.of("redacted", reason))))
			.where(DSL.exists(DSL.selectOne()
				.from(DSL.table("jsonb_path_query({0}, 'strict $.** ? (@.type() == \"string\")')", AUDIT_EVENT.DETAILS)
					.as("v", "value"))
				.where(DSL.condition("{0}::text ~* {1}", DSL.field(DSL.name("v", "value")), DSL.val(word)))))
			.execute();
	}

}
