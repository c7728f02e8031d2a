package org.onthaal.space;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import org.onthaal.base.audit.AuditLog;
import org.onthaal.base.security.CurrentUser;
import org.onthaal.base.security.StaffRoles;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Managers create and edit the meeting places they work at. */
@Service
@RolesAllowed(StaffRoles.MANAGER)
public class LocationAdminService {

	private final LocationRepository locations;

	private final LocationService access;

	private final AuditLog audit;

	LocationAdminService(LocationRepository locations, LocationService access, AuditLog audit) {
		this.locations = locations;
		this.access = access;
		this.audit = audit;
	}

	/** The meeting places the signed-in manager works at. */
	@Transactional(readOnly = true)
	public List<LocationDetails> myLocations() {
		return locations
			.details(access.locationsFor(CurrentUser.username()).stream().map(LocationSummary::id).toList());
	}

	@Transactional(readOnly = true)
	public LocationDetails location(long locationId) {
		access.requireAccess(locationId);
		return locations.details(locationId).orElseThrow(() -> new AccessDeniedException("No location " + locationId));
	}

	/**
	 * Creates a meeting place and adds it to the places its creator works at. A manager
	 * with no place may create one too: creating reads no one's data, and they then work
	 * at the new place only.
	 */
	@Transactional
	public long create(LocationForm form) {
		form.validate();
		String username = CurrentUser.username();
		long id = locations.insert(form);
		locations.assign(username, List.of(id));
		audit.record(username, "LOCATION_CREATED", "location", id, id, details(form));
		if (form.managersNeedTwoFactor()) {
			auditTwoFactorRule(username, id, true);
		}
		return id;
	}

	/**
	 * Saves over {@code version}; throws {@link OptimisticLockingFailureException} when
	 * someone else saved first, leaving their change as it is.
	 */
	@Transactional
	public void update(long locationId, int version, LocationForm form) {
		access.requireAccess(locationId);
		form.validate();
		boolean twoFactorBefore = locations.details(locationId)
			.map(LocationDetails::managersNeedTwoFactor)
			.orElse(false);
		if (!locations.update(locationId, version, form)) {
			throw new OptimisticLockingFailureException("Location " + locationId + " changed since version " + version);
		}
		audit.record(CurrentUser.username(), "LOCATION_UPDATED", "location", locationId, locationId, details(form));
		if (form.managersNeedTwoFactor() != twoFactorBefore) {
			auditTwoFactorRule(CurrentUser.username(), locationId, form.managersNeedTwoFactor());
		}
	}

	/** A rule about who may sign in how gets its own entry, not only a changed field. */
	private void auditTwoFactorRule(String username, long locationId, boolean required) {
		audit.record(username, "LOCATION_TWO_FACTOR_RULE_CHANGED", "location", locationId, locationId,
				Map.of("managersNeedTwoFactor", required));
	}

	private static Map<String, Object> details(LocationForm form) {
		return Map.ofEntries(Map.entry("name", form.name()), Map.entry("timeZone", form.timeZone().getId()),
				Map.entry("kioskLanguages", form.kioskLanguages()),
				Map.entry("defaultLanguage", form.defaultLanguage()),
				Map.entry("retentionVisitMonths", form.retentionVisitMonths()),
				Map.entry("retentionFamilyMonths", form.retentionFamilyMonths()), Map.entry("active", form.active()),
				Map.entry("managersNeedTwoFactor", form.managersNeedTwoFactor()),
				Map.entry("cardPrint", form.cardPrint().name()));
	}

}
