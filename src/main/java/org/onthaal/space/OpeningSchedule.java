package org.onthaal.space;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * When a location is open: weekly slots in local time plus dated exceptions (closures,
 * extra openings), evaluated in the location's time zone so daylight-saving changes move
 * nothing. A location with no weekly slots and no extra openings has not been set up yet
 * and counts as always open: a fresh installation must not lock its kiosk or check
 * everyone out.
 * <p>
 * Local times are wall-clock times. On the night the clocks go forward, a time that does
 * not exist (02:30 in Brussels) means the moment the clock jumps past it (03:00), so a
 * slot 01:30-03:30 lasts one real hour and a slot 02:15-02:45 does not happen. On the
 * night they go back, a time that happens twice means its first occurrence.
 */
public record OpeningSchedule(ZoneId zone, List<Slot> weekly, List<Exception> exceptions) {

	/** A weekly opening slot, e.g. Tuesday 09:00-12:00. */
	public record Slot(DayOfWeek day, LocalTime opens, LocalTime closes) {

		/** Whether the two slots share a moment (touching end to start is fine). */
		public boolean overlaps(Slot other) {
			return day == other.day && opens.isBefore(other.closes) && other.opens.isBefore(closes);
		}

	}

	/** A closure (no hours) or an extra opening (with hours) over a date range. */
	public record Exception(LocalDate from, LocalDate to, boolean closed, @Nullable LocalTime opens,
			@Nullable LocalTime closes, @Nullable String reason) {

		public Exception(LocalDate from, LocalDate to, boolean closed, @Nullable LocalTime opens,
				@Nullable LocalTime closes) {
			this(from, to, closed, opens, closes, null);
		}

		boolean covers(LocalDate date) {
			return !date.isBefore(from) && !date.isAfter(to);
		}

	}

	/** One opening on a given day, as instants. */
	public record Opening(Instant opens, Instant closes) {
	}

	/** Opening hours as the clock on the wall shows them. */
	public record Hours(LocalTime opens, LocalTime closes) {
	}

	/**
	 * One date as a person reads it: its opening hours in local time, whether a closure
	 * covers it, and the reason of the closure or extra opening that applies.
	 */
	public record Day(LocalDate date, List<Hours> hours, boolean closure, @Nullable String reason) {

		public Day {
			hours = List.copyOf(hours);
		}

		public boolean open() {
			return !hours.isEmpty();
		}

	}

	private static final int DAYS_AHEAD = 28;

	public OpeningSchedule {
		weekly = List.copyOf(weekly);
		exceptions = List.copyOf(exceptions);
	}

	public boolean isConfigured() {
		return !weekly.isEmpty() || exceptions.stream().anyMatch(e -> !e.closed());
	}

	public boolean isOpen(Instant now) {
		if (!isConfigured()) {
			return true;
		}
		LocalDate today = now.atZone(zone).toLocalDate();
		return openingsOn(today).stream().anyMatch(o -> !now.isBefore(o.opens()) && now.isBefore(o.closes()));
	}

	/** The next time the location opens after {@code now}, within four weeks. */
	public Optional<Instant> nextOpening(Instant now) {
		LocalDate day = now.atZone(zone).toLocalDate();
		for (int i = 0; i <= DAYS_AHEAD; i++) {
			Optional<Instant> next = openingsOn(day.plusDays(i)).stream()
				.map(Opening::opens)
				.filter(opens -> opens.isAfter(now))
				.min(Comparator.naturalOrder());
			if (next.isPresent()) {
				return next;
			}
		}
		return Optional.empty();
	}

	/** The most recent closing time at or before {@code now}, within four weeks. */
	public Optional<Instant> lastClosing(Instant now) {
		LocalDate day = now.atZone(zone).toLocalDate();
		for (int i = 0; i <= DAYS_AHEAD; i++) {
			Optional<Instant> last = openingsOn(day.minusDays(i)).stream()
				.map(Opening::closes)
				.filter(closes -> !closes.isAfter(now))
				.max(Comparator.naturalOrder());
			if (last.isPresent()) {
				return last;
			}
		}
		return Optional.empty();
	}

	/**
	 * The openings of one local date: a closure wins over everything, extra openings add
	 * to the week.
	 */
	public List<Opening> openingsOn(LocalDate date) {
		if (closureOn(date).isPresent()) {
			return List.of();
		}
		List<Opening> openings = new ArrayList<>();
		weekly.stream()
			.filter(slot -> slot.day() == date.getDayOfWeek())
			.forEach(slot -> openings.add(opening(date, slot.opens(), slot.closes())));
		extraOpeningsOn(date).forEach(e -> openings.add(opening(date, hour(e.opens()), hour(e.closes()))));
		openings.removeIf(opening -> !opening.closes().isAfter(opening.opens()));
		openings.sort(Comparator.comparing(Opening::opens));
		return openings;
	}

	/**
	 * {@code count} dates from {@code from} on, as the back office previews them: the
	 * hours are the real openings read back on the location's clock.
	 */
	public List<Day> days(LocalDate from, int count) {
		List<Day> days = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			LocalDate date = from.plusDays(i);
			Optional<Exception> closure = closureOn(date);
			List<Hours> hours = openingsOn(date).stream()
				.map(o -> new Hours(o.opens().atZone(zone).toLocalTime(), o.closes().atZone(zone).toLocalTime()))
				.toList();
			String reason = closure.map(Exception::reason)
				.orElseGet(() -> extraOpeningsOn(date).stream()
					.map(Exception::reason)
					.filter(r -> r != null && !r.isBlank())
					.findFirst()
					.orElse(null));
			days.add(new Day(date, hours, closure.isPresent(), reason));
		}
		return days;
	}

	private Optional<Exception> closureOn(LocalDate date) {
		return exceptions.stream().filter(e -> e.closed() && e.covers(date)).findFirst();
	}

	private List<Exception> extraOpeningsOn(LocalDate date) {
		return exceptions.stream().filter(e -> !e.closed() && e.covers(date)).toList();
	}

	private Opening opening(LocalDate date, LocalTime opens, LocalTime closes) {
		return new Opening(instant(date, opens), instant(date, closes));
	}

	/**
	 * The first moment the location's clock shows {@code time} or later on {@code date}.
	 */
	private Instant instant(LocalDate date, LocalTime time) {
		LocalDateTime local = date.atTime(time);
		ZoneOffsetTransition transition = zone.getRules().getTransition(local);
		if (transition != null && transition.isGap()) {
			return transition.getInstant();
		}
		// outside a transition, or the first of two occurrences when the clocks go back
		return local.atZone(zone).toInstant();
	}

	private static LocalTime hour(@Nullable LocalTime time) {
		if (time == null) {
			throw new IllegalStateException("An extra opening needs its hours");
		}
		return time;
	}

}
