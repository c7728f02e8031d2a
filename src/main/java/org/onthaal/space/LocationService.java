package org.onthaal.space;

import java.util.List;

import org.onthaal.base.security.CurrentUser;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class LocationService {

	private final LocationRepository locations;

	private final OpeningHoursRepository hours;

	LocationService(LocationRepository locations, OpeningHoursRepository hours) {
		this.locations = locations;
		this.hours = hours;
	}

	public OpeningSchedule schedule(long locationId) {
		return hours.schedule(locationId);
	}

	/**
	 * Where a staff user works: the assigned locations, or all of them when none is
	 * assigned.
	 */
	public List<LocationSummary> locationsFor(String username) {
		List<LocationSummary> assigned = locations.findForStaff(username);
		return assigned.isEmpty() ? locations.findAll() : assigned;
	}

	public List<LocationSummary> allLocations() {
		return locations.findAll();
	}

	/**
	 * The location, if the signed-in staff user works there; every back-office service
	 * that reads or changes a location's data asks this first.
	 */
	public LocationSummary requireAccess(long locationId) {
		return locationsFor(CurrentUser.username()).stream()
			.filter(location -> location.id() == locationId)
			.findFirst()
			.orElseThrow(() -> new AccessDeniedException("No access to location " + locationId));
	}

}
