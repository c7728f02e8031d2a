package org.onthaal.space;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.onthaal.base.audit.AuditLog;
import org.onthaal.base.security.CurrentUser;
import org.onthaal.base.security.StaffRoles;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Managers set a location's weekly hours, closures and extra openings here; the kiosk and
 * the closing-time check-out read the result through {@link LocationService#schedule}.
 */
@Service
@Transactional(readOnly = true)
public class OpeningHoursService {

	/** How many days the back office previews. */
	public static final int PREVIEW_DAYS = 14;

	private static final String CLOSED = "CLOSED";

	private final OpeningHoursRepository hours;

	private final LocationService locations;

	private final AuditLog audit;

	private final Clock clock;

	OpeningHoursService(OpeningHoursRepository hours, LocationService locations, AuditLog audit, Clock clock) {
		this.hours = hours;
		this.locations = locations;
		this.audit = audit;
		this.clock = clock;
	}

	@RolesAllowed(StaffRoles.MANAGER)
	public List<OpeningSchedule.Slot> weeklySlots(long locationId) {
		locations.requireAccess(locationId);
		return hours.weeklySlots(locationId);
	}

	/**
	 * Replaces the whole week in one go. {@code expected} is the week the manager started
	 * from: if someone saved other hours in the meantime, nothing is stored and an
	 * {@link OptimisticLockingFailureException} says so.
	 */
	@Transactional
	@RolesAllowed(StaffRoles.MANAGER)
	public void replaceWeek(long locationId, List<OpeningSchedule.Slot> expected, List<OpeningSchedule.Slot> slots) {
		locations.requireAccess(locationId);
		OpeningHoursRules.weekProblem(slots).ifPresent(problem -> {
			throw new OpeningHoursRejected(problem);
		});
		hours.lockLocation(locationId);
		if (!sorted(hours.weeklySlots(locationId)).equals(sorted(expected))) {
			throw new OptimisticLockingFailureException("The opening hours of location " + locationId + " changed");
		}
		List<OpeningSchedule.Slot> week = sorted(slots);
		hours.replaceWeek(locationId, week);
		audit.record(CurrentUser.username(), "OPENING_HOURS_CHANGED", "location", locationId, locationId,
				Map.of("slots", week.stream().map(OpeningHoursService::describe).toList()));
	}

	@RolesAllowed(StaffRoles.MANAGER)
	public List<OpeningException> exceptions(long locationId) {
		locations.requireAccess(locationId);
		return hours.exceptions(locationId);
	}

	/** A closure ({@code closed}, no hours) or an extra opening with its own hours. */
	@Transactional
	@RolesAllowed(StaffRoles.MANAGER)
	public long addException(long locationId, LocalDate from, LocalDate to, boolean closed, @Nullable LocalTime opens,
			@Nullable LocalTime closes, @Nullable String reason) {
		locations.requireAccess(locationId);
		OpeningHoursRules.exceptionProblem(from, to, closed, opens, closes, reason).ifPresent(problem -> {
			throw new OpeningHoursRejected(problem);
		});
		String why = OpeningHoursRules.reason(reason);
		long id = closed ? hours.addException(locationId, from, to, null, null, why)
				: hours.addException(locationId, from, to, opens, closes, why);
		var added = new OpeningException(id, from, to, closed, closed ? null : opens, closed ? null : closes, why);
		audit.record(CurrentUser.username(), "OPENING_EXCEPTION_ADDED", "opening_exception", id, locationId,
				details(added));
		return id;
	}

	/** Removes a closure or extra opening; false if it was already gone. */
	@Transactional
	@RolesAllowed(StaffRoles.MANAGER)
	public boolean removeException(long locationId, long exceptionId) {
		locations.requireAccess(locationId);
		return hours.findException(locationId, exceptionId).map(removed -> {
			hours.deleteException(locationId, exceptionId);
			audit.record(CurrentUser.username(), "OPENING_EXCEPTION_REMOVED", "opening_exception", exceptionId,
					locationId, details(removed));
			return true;
		}).orElse(false);
	}

	/** The next {@value #PREVIEW_DAYS} days from today, today in the location's zone. */
	@RolesAllowed(StaffRoles.MANAGER)
	public HoursPreview preview(long locationId) {
		locations.requireAccess(locationId);
		OpeningSchedule schedule = hours.schedule(locationId);
		LocalDate today = LocalDate.now(clock.withZone(schedule.zone()));
		return new HoursPreview(schedule.zone(), today, schedule.days(today, PREVIEW_DAYS));
	}

	private static List<OpeningSchedule.Slot> sorted(List<OpeningSchedule.Slot> slots) {
		return slots.stream()
			.sorted(Comparator.comparing(OpeningSchedule.Slot::day).thenComparing(OpeningSchedule.Slot::opens))
			.toList();
	}

	private static String describe(OpeningSchedule.Slot slot) {
		return slot.day() + " " + slot.opens() + "-" + slot.closes();
	}

	private static Map<String, Object> details(OpeningException exception) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("kind", exception.closed() ? CLOSED : "OPEN");
		details.put("from", exception.from().toString());
		details.put("to", exception.to().toString());
		if (exception.opens() != null && exception.closes() != null) {
			details.put("hours", exception.opens() + "-" + exception.closes());
		}
		if (exception.reason() != null) {
			details.put("reason", exception.reason());
		}
		return details;
	}

}
