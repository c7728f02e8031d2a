package org.onthaal.base.audit;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A change staff made, published as a Spring application event. The audit log listens
 * synchronously, so the event is written in the publisher's transaction: it exists
 * exactly when the change does. Details never hold family data beyond ids.
 */
public record StaffChange(String actor, String action, String entity, @Nullable Long entityId,
		@Nullable Long locationId, Map<String, ?> details) {

	public StaffChange {
		details = Map.copyOf(details);
	}

}
