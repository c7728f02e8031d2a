package org.onthaal.space;

import java.time.LocalDate;
import java.time.LocalTime;

import org.jspecify.annotations.Nullable;

/**
 * A stored closure or extra opening, as the back office lists it. An extra opening has
 * its own hours; a closure has none.
 */
public record OpeningException(long id, LocalDate from, LocalDate to, boolean closed, @Nullable LocalTime opens,
		@Nullable LocalTime closes, @Nullable String reason) {
}
