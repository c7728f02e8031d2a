package org.onthaal.space;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * When a location is open: weekly slots in local time plus dated exceptions (closures,
 * extra openings), evaluated in the location's time zone so daylight-saving changes move
 * nothing. A location with no weekly slots and no extra openings has not been set up yet
 * and counts as always open: a fresh installation must not lock its kiosk or check
 * everyone out.
 */
public record OpeningSchedule(ZoneId zone, List<Slot> weekly, List<Exception> exceptions) {

	/** A weekly opening slot, e.g. Tuesday 09:00-12:00. */
	public record Slot(DayOfWeek day, LocalTime opens, LocalTime closes) {
	}

	/** A closure (no hours) or an extra opening (with hours) over a date range. */
	public record Exception(LocalDate from, LocalDate to, boolean closed, LocalTime opens, LocalTime closes) {

		boolean covers(LocalDate date) {
			return !date.isBefore(from) && !date.isAfter(to);
		}

	}

	/** One opening on a given day, as instants. */
	public record Opening(Instant opens, Instant closes) {
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
		if (exceptions.stream().anyMatch(e -> e.closed() && e.covers(date))) {
			return List.of();
		}
		List<Opening> openings = new ArrayList<>();
		weekly.stream()
			.filter(slot -> slot.day() == date.getDayOfWeek())
			.forEach(slot -> openings.add(opening(date, slot.opens(), slot.closes())));
		exceptions.stream()
			.filter(e -> !e.closed() && e.covers(date))
			.forEach(e -> openings.add(opening(date, e.opens(), e.closes())));
		openings.sort(Comparator.comparing(Opening::opens));
		return openings;
	}

	private Opening opening(LocalDate date, LocalTime opens, LocalTime closes) {
		return new Opening(ZonedDateTime.of(date, opens, zone).toInstant(),
				ZonedDateTime.of(date, closes, zone).toInstant());
	}

}
