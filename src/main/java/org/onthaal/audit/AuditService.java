package org.onthaal.audit;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import org.onthaal.base.security.StaffRoles;
import org.onthaal.space.LocationService;
import org.onthaal.space.LocationSummary;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log as managers read it: one meeting place at a time, newest first, never
 * changed from here.
 */
@Service
@Transactional(readOnly = true)
public class AuditService {

	private final AuditRepository events;

	private final LocationService locations;

	AuditService(AuditRepository events, LocationService locations) {
		this.events = events;
		this.locations = locations;
	}

	@RolesAllowed(StaffRoles.MANAGER)
	public List<AuditEntry> find(long locationId, AuditFilter filter, int offset, int limit) {
		LocationSummary location = locations.requireAccess(locationId);
		return events.find(locationId, location.timeZone(), filter, offset, limit);
	}

	@RolesAllowed(StaffRoles.MANAGER)
	public int count(long locationId, AuditFilter filter) {
		LocationSummary location = locations.requireAccess(locationId);
		return events.count(locationId, location.timeZone(), filter);
	}

	/** The actions that occur in this place's log, for the filter. */
	@RolesAllowed(StaffRoles.MANAGER)
	public List<String> actions(long locationId) {
		locations.requireAccess(locationId);
		return events.actions(locationId);
	}

	/** Who appears in this place's log, for the filter. */
	@RolesAllowed(StaffRoles.MANAGER)
	public List<String> actors(long locationId) {
		locations.requireAccess(locationId);
		return events.actors(locationId);
	}

}
