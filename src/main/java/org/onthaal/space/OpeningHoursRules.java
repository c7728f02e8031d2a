package org.onthaal.space;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.onthaal.base.text.TypedName;

/**
 * What makes opening hours valid, in one place: the service refuses what breaks these
 * rules and the screen uses them to point at the field to fix.
 */
public final class OpeningHoursRules {

	/** The longest reason a closure or extra opening can carry (the column's size). */
	public static final int MAX_REASON = 200;

	/** Why hours were refused; each has a message in the back-office bundle. */
	public enum Problem {

		CLOSES_BEFORE_OPENS("space.hours.error.closesBeforeOpens"), OVERLAP("space.hours.error.overlap"),
		END_BEFORE_START("space.hours.error.endBeforeStart"), OPEN_NEEDS_HOURS("space.hours.error.openNeedsHours"),
		REASON_TOO_LONG("space.hours.error.reasonTooLong"),
		REASON_HIDDEN_CHARACTERS(SpaceRuleException.HIDDEN_CHARACTERS);

		private final String key;

		Problem(String key) {
			this.key = key;
		}

		public String key() {
			return key;
		}

	}

	private OpeningHoursRules() {
	}

	public static Optional<Problem> slotProblem(LocalTime opens, LocalTime closes) {
		return closes.isAfter(opens) ? Optional.empty() : Optional.of(Problem.CLOSES_BEFORE_OPENS);
	}

	/** The first of {@code others} that shares a moment with {@code slot}. */
	public static Optional<OpeningSchedule.Slot> overlap(OpeningSchedule.Slot slot, List<OpeningSchedule.Slot> others) {
		return others.stream().filter(other -> other != slot && slot.overlaps(other)).findFirst();
	}

	public static Optional<Problem> weekProblem(List<OpeningSchedule.Slot> slots) {
		for (OpeningSchedule.Slot slot : slots) {
			Optional<Problem> problem = slotProblem(slot.opens(), slot.closes());
			if (problem.isPresent()) {
				return problem;
			}
		}
		for (int i = 0; i < slots.size(); i++) {
			if (overlap(slots.get(i), slots.subList(i + 1, slots.size())).isPresent()) {
				return Optional.of(Problem.OVERLAP);
			}
		}
		return Optional.empty();
	}

	public static Optional<Problem> exceptionProblem(LocalDate from, LocalDate to, boolean closed,
			@Nullable LocalTime opens, @Nullable LocalTime closes, @Nullable String reason) {
		if (to.isBefore(from)) {
			return Optional.of(Problem.END_BEFORE_START);
		}
		if (!closed) {
			if (opens == null || closes == null) {
				return Optional.of(Problem.OPEN_NEEDS_HOURS);
			}
			Optional<Problem> hours = slotProblem(opens, closes);
			if (hours.isPresent()) {
				return hours;
			}
		}
		String why = reason(reason);
		if (why != null && why.length() > MAX_REASON) {
			return Optional.of(Problem.REASON_TOO_LONG);
		}
		if (why != null && TypedName.hidesSomething(why)) {
			return Optional.of(Problem.REASON_HIDDEN_CHARACTERS);
		}
		return Optional.empty();
	}

	/**
	 * The reason as stored: made as {@link TypedName} makes typed text (a pasted line
	 * break becomes a space), none when blank.
	 */
	public static @Nullable String reason(@Nullable String typed) {
		String why = typed == null ? "" : TypedName.normalise(typed);
		return why.isEmpty() ? null : why;
	}

}
