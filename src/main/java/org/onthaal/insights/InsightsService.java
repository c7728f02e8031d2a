package org.onthaal.insights;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import org.onthaal.base.audit.AuditLog;
import org.onthaal.base.security.CurrentUser;
import org.onthaal.base.security.StaffRoles;
import org.onthaal.space.LocationService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Insights and the team's reflection for managers of a location, and the CSV exports for
 * funders (audit logged).
 */
@Service
public class InsightsService {

	private final InsightsRepository repository;

	private final LocationService locations;

	private final AuditLog audit;

	InsightsService(InsightsRepository repository, LocationService locations, AuditLog audit) {
		this.repository = repository;
		this.locations = locations;
		this.audit = audit;
	}

	/** Every figure of the insights screen, in one read-only transaction. */
	@RolesAllowed(StaffRoles.MANAGER)
	@Transactional(readOnly = true)
	public Insights insights(long locationId, Period period) {
		ZoneId zone = locations.requireAccess(locationId).timeZone();
		return collect(locationId, period, zone);
	}

	/** The anonymised look back for a team's intervision meeting: counts only. */
	@RolesAllowed(StaffRoles.MANAGER)
	@Transactional(readOnly = true)
	public Reflection reflection(long locationId, Period period) {
		ZoneId zone = locations.requireAccess(locationId).timeZone();
		return new Reflection(period, repository.introductions(locationId, period, zone),
				repository.reasonOutcomes(locationId, period, zone),
				repository.languages(locationId, period, zone).families(),
				repository.neverIntroduced(locationId, period, zone));
	}

	/**
	 * One row per day of the period, with totals; see {@link CsvExport} for the format.
	 */
	@RolesAllowed(StaffRoles.MANAGER)
	@Transactional
	public CsvFile exportDays(long locationId, Period period) {
		ZoneId zone = locations.requireAccess(locationId).timeZone();
		byte[] csv = CsvExport.days(collect(locationId, period, zone));
		exported(locationId, period, "days");
		return new CsvFile(fileName("visits", period), csv);
	}

	/** One row per active corner: snapshots, average and peak headcount, capacity. */
	@RolesAllowed(StaffRoles.MANAGER)
	@Transactional
	public CsvFile exportCorners(long locationId, Period period) {
		ZoneId zone = locations.requireAccess(locationId).timeZone();
		byte[] csv = CsvExport.corners(repository.corners(locationId, period, zone));
		exported(locationId, period, "corners");
		return new CsvFile(fileName("corners", period), csv);
	}

	private Insights collect(long locationId, Period period, ZoneId zone) {
		var visits = repository.visitsPerDay(locationId, period, zone);
		var introductions = repository.introductionsPerDay(locationId, period, zone);
		List<Insights.Day> days = period.days().stream().map(date -> {
			var v = visits.getOrDefault(date, new InsightsRepository.VisitDay(0, 0, 0, 0));
			var i = introductions.getOrDefault(date, new InsightsRepository.IntroductionDay(0, 0, 0, 0));
			return new Insights.Day(date, v.visits(), v.adults(), v.children(), v.firstVisits(),
					v.visits() - v.firstVisits(), i.suggested(), i.introduced(), i.talked(), i.bridging());
		}).toList();
		return new Insights(period, days, repository.checkInHeatMap(locationId, period, zone),
				repository.languages(locationId, period, zone), repository.introductions(locationId, period, zone),
				repository.corners(locationId, period, zone));
	}

	private void exported(long locationId, Period period, String what) {
		audit.record(CurrentUser.username(), "INSIGHTS_EXPORTED", "location", locationId, locationId,
				Map.of("export", what, "from", period.from().toString(), "to", period.to().toString()));
	}

	private static String fileName(String what, Period period) {
		LocalDate from = period.from();
		return "onthaal-" + what + "-" + from + "_" + period.to() + ".csv";
	}

}
