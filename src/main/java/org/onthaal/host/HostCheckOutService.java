package org.onthaal.host;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import org.onthaal.base.audit.AuditLog;
import org.onthaal.base.security.CurrentUser;
import org.onthaal.base.security.StaffRoles;
import org.onthaal.live.LiveNotifier;
import org.onthaal.space.LocationService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Check-out from the host board: one family that leaves without passing the kiosk, or
 * everyone at once at closing time. Only today's visit ends; the family, its details and
 * its card stay. For hosts and managers, at the places they work at only. Every board of
 * the place hears it through the live updates.
 */
@Service
@RolesAllowed({ StaffRoles.HOST, StaffRoles.MANAGER })
public class HostCheckOutService {

	private final CheckOutRepository visits;

	private final IntroductionRepository introductions;

	private final LocationService locations;

	private final LiveNotifier live;

	private final AuditLog audit;

	private final Clock clock;

	HostCheckOutService(CheckOutRepository visits, IntroductionRepository introductions, LocationService locations,
			LiveNotifier live, AuditLog audit, Clock clock) {
		this.visits = visits;
		this.introductions = introductions;
		this.locations = locations;
		this.live = live;
		this.audit = audit;
		this.clock = clock;
	}

	/** How many families are here now: what "everyone out" would check out. */
	@Transactional(readOnly = true)
	public int presentCount(long locationId) {
		locations.requireAccess(locationId);
		return visits.openVisits(locationId);
	}

	/**
	 * Ends this visit; false, and nothing changes, when it is not an open visit of this
	 * place (another place's id, or a family that already left).
	 */
	@Transactional
	public boolean checkOut(long locationId, long visitId) {
		locations.requireAccess(locationId);
		Optional<CheckOutRepository.EndedVisit> ended = visits.end(locationId, visitId, OffsetDateTime.now(clock));
		if (ended.isEmpty()) {
			return false;
		}
		// in this transaction, so no board ever shows a suggestion with someone gone
		introductions.withdrawWhereSomeoneLeft(locationId);
		audit.record(CurrentUser.username(), "CHECKED_OUT_BY_HOST", "visit", visitId, locationId,
				Map.of("familyId", ended.get().familyId()));
		live.checkedOut(locationId, visitId);
		return true;
	}

	/** Closing time: ends every open visit here; returns how many. */
	@Transactional
	public int checkOutEveryone(long locationId) {
		locations.requireAccess(locationId);
		List<Long> visitIds = visits.endAll(locationId, OffsetDateTime.now(clock));
		if (visitIds.isEmpty()) {
			return 0;
		}
		introductions.withdrawWhereSomeoneLeft(locationId);
		audit.record(CurrentUser.username(), "EVERYONE_CHECKED_OUT", "location", locationId, locationId,
				Map.of("visits", visitIds.size(), "visitIds", visitIds));
		visitIds.forEach(visitId -> live.checkedOut(locationId, visitId));
		return visitIds.size();
	}

}
