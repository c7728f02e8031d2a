package org.onthaal.audit;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What a manager narrows the audit log to; null means "any". Dates are days at the
 * meeting place, both included.
 */
public record AuditFilter(@Nullable String action, @Nullable String actor, @Nullable LocalDate from,
		@Nullable LocalDate to) {

	public static final AuditFilter NONE = new AuditFilter(null, null, null, null);

}
