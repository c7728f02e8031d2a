package org.onthaal.audit;

import java.time.OffsetDateTime;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** One audit event as managers read it; {@code details} as stored, never family data. */
public record AuditEntry(long id, OffsetDateTime occurredAt, String actor, String action, String entity,
		@Nullable Long entityId, @Nullable Long locationId, Map<String, Object> details) {
}
