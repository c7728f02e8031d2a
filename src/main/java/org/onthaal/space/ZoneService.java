package org.onthaal.space;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import org.onthaal.base.audit.AuditLog;
import org.onthaal.base.security.CurrentUser;
import org.onthaal.base.security.StaffRoles;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Managers set up the corners of a meeting place: what each is for, how many it holds,
 * how hosts and families recognise it, and in which order the host board lists them.
 */
@Service
@RolesAllowed(StaffRoles.MANAGER)
public class ZoneService {

	private final ZoneRepository zones;

	private final LocationService access;

	private final AuditLog audit;

	ZoneService(ZoneRepository zones, LocationService access, AuditLog audit) {
		this.zones = zones;
		this.access = access;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public List<Zone> zones(long locationId) {
		access.requireAccess(locationId);
		return zones.findAll(locationId);
	}

	@Transactional
	public long create(long locationId, ZoneForm form) {
		access.requireAccess(locationId);
		check(locationId, form, -1);
		long id = zones.insert(locationId, form);
		audit("ZONE_CREATED", locationId, id, details(form));
		return id;
	}

	@Transactional
	public void update(long locationId, long zoneId, ZoneForm form) {
		access.requireAccess(locationId);
		check(locationId, form, zoneId);
		if (!zones.update(locationId, zoneId, form)) {
			throw new AccessDeniedException("No corner " + zoneId + " at location " + locationId);
		}
		audit("ZONE_UPDATED", locationId, zoneId, details(form));
	}

	/** Moves a corner one place up ({@code -1}) or down ({@code +1}) in the list. */
	@Transactional
	public void move(long locationId, long zoneId, int direction) {
		access.requireAccess(locationId);
		List<Long> order = new ArrayList<>(zones.findAll(locationId).stream().map(Zone::id).toList());
		int from = order.indexOf(zoneId);
		int to = from + Integer.signum(direction);
		if (from < 0 || to < 0 || to >= order.size()) {
			return;
		}
		order.set(from, order.get(to));
		order.set(to, zoneId);
		zones.reorder(locationId, order);
		audit("ZONE_REORDERED", locationId, zoneId, Map.of("position", to + 1));
	}

	/**
	 * Takes a corner out of use (or back): it leaves the host board, its snapshots stay
	 * for the insights.
	 */
	@Transactional
	public void setActive(long locationId, long zoneId, boolean active) {
		access.requireAccess(locationId);
		if (!zones.setActive(locationId, zoneId, active)) {
			throw new AccessDeniedException("No corner " + zoneId + " at location " + locationId);
		}
		audit(active ? "ZONE_ACTIVATED" : "ZONE_DEACTIVATED", locationId, zoneId, Map.of());
	}

	/**
	 * Deletes a corner nobody ever counted people in; one with snapshots must be
	 * deactivated instead, so "as set up vs as used" keeps its history.
	 */
	@Transactional
	public void delete(long locationId, long zoneId) {
		access.requireAccess(locationId);
		if (!zones.deleteUnused(locationId, zoneId)) {
			throw new SpaceRuleException("space.zones.error.inUse");
		}
		audit("ZONE_DELETED", locationId, zoneId, Map.of());
	}

	private void check(long locationId, ZoneForm form, long zoneId) {
		form.validate();
		if (zones.nameTaken(locationId, form.name(), zoneId)) {
			throw new SpaceRuleException("space.zones.error.nameTaken");
		}
	}

	private void audit(String action, long locationId, long zoneId, Map<String, ?> details) {
		audit.record(CurrentUser.username(), action, "zone", zoneId, locationId, details);
	}

	private static Map<String, Object> details(ZoneForm form) {
		return Map.of("name", form.name(), "labels", form.labels(), "kind", form.kind().name(), "capacity",
				form.capacity(), "pictogram", form.pictogram(), "active", form.active());
	}

}
