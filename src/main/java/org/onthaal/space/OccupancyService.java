package org.onthaal.space;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import org.onthaal.base.security.CurrentUser;
import org.onthaal.base.security.StaffRoles;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Now: 3 at the play mat, coffee corner empty": hosts count where people are, one tap
 * per corner, and save it as one snapshot. The raw material for comparing the space as
 * set up with the space as used.
 */
@Service
@RolesAllowed({ StaffRoles.HOST, StaffRoles.MANAGER })
public class OccupancyService {

	public static final int HEADCOUNT_MAX = 200;

	private final ZoneRepository zones;

	private final OccupancyRepository snapshots;

	private final LocationService access;

	private final Clock clock;

	OccupancyService(ZoneRepository zones, OccupancyRepository snapshots, LocationService access, Clock clock) {
		this.zones = zones;
		this.snapshots = snapshots;
		this.access = access;
		this.clock = clock;
	}

	/** The corners in use, in the manager's order. */
	@Transactional(readOnly = true)
	public List<Zone> corners(long locationId) {
		access.requireAccess(locationId);
		return zones.findActive(locationId);
	}

	/**
	 * Stores one snapshot row per corner, all taken now by the signed-in host. Counts for
	 * corners not in use at this location are refused.
	 */
	@Transactional
	public OffsetDateTime saveSnapshot(long locationId, Map<Long, Integer> headcounts) {
		access.requireAccess(locationId);
		Set<Long> corners = zones.findActive(locationId).stream().map(Zone::id).collect(Collectors.toSet());
		if (headcounts.isEmpty() || !corners.containsAll(headcounts.keySet())) {
			throw new SpaceRuleException("space.snapshot.error.corners");
		}
		if (headcounts.values().stream().anyMatch(count -> count < 0 || count > HEADCOUNT_MAX)) {
			throw new SpaceRuleException("space.snapshot.error.count");
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		snapshots.insert(locationId, headcounts, now, snapshots.staffUserId(CurrentUser.username()));
		return now;
	}

}
