package org.onthaal.space;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import org.onthaal.base.security.CurrentUser;
import org.onthaal.base.security.StaffRoles;

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

	/** A place's opening hours; the kiosk asks too, so nobody needs to be signed in. */
	public OpeningSchedule schedule(long locationId) {
		return hours.schedule(locationId);
	}

	/**
	 * Whether the kiosk prints a new family's card, read when the card is shown so a
	 * change in the back office applies to the next family without restarting the kiosk.
	 */
	public CardPrint cardPrint(long locationId) {
		return locations.cardPrint(locationId);
	}

	/**
	 * Where a staff user works: the places assigned to them, and nothing else. Fails
	 * closed: a user with no place, or no such user, works nowhere and so sees no data.
	 */
	@RolesAllowed({ StaffRoles.HOST, StaffRoles.MANAGER })
	public List<LocationSummary> locationsFor(String username) {
		return locations.findForStaff(username);
	}

	/**
	 * Every place, for the kiosk finding its own (nobody is signed in there) and for the
	 * first manager, who starts out working at all of them.
	 */
	public List<LocationSummary> allLocations() {
		return locations.findAll();
	}

	/**
	 * The location, if the signed-in staff user works there; every back-office service
	 * that reads or changes a location's data asks this first.
	 */
	@RolesAllowed({ StaffRoles.HOST, StaffRoles.MANAGER })
	public LocationSummary requireAccess(long locationId) {
		return locationsFor(CurrentUser.username()).stream()
			.filter(location -> location.id() == locationId)
			.findFirst()
			.orElseThrow(() -> new AccessDeniedException("No access to location " + locationId));
	}

}
