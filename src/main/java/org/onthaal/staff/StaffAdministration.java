package org.onthaal.staff;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import org.onthaal.base.audit.AuditLog;
import org.onthaal.base.security.CurrentUser;
import org.onthaal.base.text.TypedName;
import org.onthaal.space.LocationService;
import org.onthaal.space.LocationSummary;
import org.onthaal.staff.StaffChangeRejected.Reason;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static org.onthaal.staff.AccountRules.requireDisplayName;
import static org.onthaal.staff.AccountRules.requireLanguage;
import static org.onthaal.staff.AccountRules.requireRoles;

/**
 * A manager's administration of staff accounts. Managers see and change only staff who
 * share at least one of their meeting places, and assign only their own places. Changes
 * that hand over more than a shared place — other roles, or a password reset, which gives
 * the manager the account — need the manager to work in every place the staff user works
 * in, so a manager of one place cannot reach into another through a shared colleague.
 */
@Service
public class StaffAdministration {

	private static final String ENTITY = "staff_user";

	private final StaffRepository staff;

	private final PasswordEncoder passwords;

	private final AuditLog audit;

	private final LocationService locations;

	private final TwoFactorRepository twoFactor;

	StaffAdministration(StaffRepository staff, PasswordEncoder passwords, AuditLog audit, LocationService locations,
			TwoFactorRepository twoFactor) {
		this.staff = staff;
		this.twoFactor = twoFactor;
		this.passwords = passwords;
		this.audit = audit;
		this.locations = locations;
	}

	// ---- the back office's staff screen

	/** Staff sharing at least one of the signed-in manager's places. */
	@RolesAllowed(Role.MANAGER_NAME)
	@Transactional(readOnly = true)
	public List<StaffMember> listStaff() {
		Set<Long> mine = myLocationIds();
		// a manager without a place shares nothing with anyone
		return mine.isEmpty() ? List.of() : staff.findSharing(mine);
	}

	/** The places the signed-in manager may assign: their own. */
	@RolesAllowed(Role.MANAGER_NAME)
	@Transactional(readOnly = true)
	public List<LocationSummary> assignableLocations() {
		return locations.locationsFor(CurrentUser.username());
	}

	/**
	 * A new staff user with a password the manager hands over; they choose their own at
	 * the first sign-in, so the manager never knows the password in use.
	 */
	@RolesAllowed(Role.MANAGER_NAME)
	@Transactional
	public long createStaff(NewStaff newStaff) {
		String username = newStaff.username().strip();
		if (!AccountRules.isValidUsername(username)) {
			throw new StaffChangeRejected(Reason.USERNAME_INVALID);
		}
		String displayName = requireDisplayName(newStaff.displayName());
		requireRoles(newStaff.roles());
		requireLanguage(newStaff.uiLanguage());
		requireOwnPlaces(newStaff.locationIds());
		if (newStaff.locationIds().isEmpty()) {
			// without a place a user would work everywhere
			throw new StaffChangeRejected(Reason.NO_LOCATION);
		}
		PasswordPolicy.require(newStaff.password());
		if (staff.usernameTaken(username)) {
			throw new StaffChangeRejected(Reason.USERNAME_TAKEN);
		}
		long id;
		try {
			id = staff.create(username, passwords.encode(newStaff.password()), displayName, newStaff.uiLanguage(),
					newStaff.roles(), newStaff.locationIds(), false, true);
		}
		catch (DuplicateKeyException ex) {
			throw new StaffChangeRejected(Reason.USERNAME_TAKEN);
		}
		audit.record(CurrentUser.username(), "STAFF_CREATED", ENTITY, id, null,
				details(username, "roles", sorted(newStaff.roles()), "locations", sortedIds(newStaff.locationIds()),
						"uiLanguage", newStaff.uiLanguage()));
		return id;
	}

	@RolesAllowed(Role.MANAGER_NAME)
	@Transactional
	public void update(long id, int version, StaffChanges changes) {
		StaffMember current = requireShared(id);
		Set<Long> mine = myLocationIds();
		String displayName = requireDisplayName(changes.displayName());
		requireRoles(changes.roles());
		requireLanguage(changes.uiLanguage());
		requireOwnPlaces(changes.locationIds());

		Set<Long> effective = effectiveLocations(current);
		boolean rolesChanged = !changes.roles().equals(current.roles());
		if (rolesChanged) {
			requireAllPlaces(effective, mine);
			if (isMe(current) && !changes.roles().contains(Role.MANAGER)) {
				throw new StaffChangeRejected(Reason.OWN_MANAGER_ROLE);
			}
			if (!changes.roles().contains(Role.MANAGER)) {
				requireAnotherManager(current);
			}
		}
		Set<Long> visibleNow = new HashSet<>(effective);
		visibleNow.retainAll(mine);
		Set<Long> newLocations = null;
		if (!visibleNow.equals(changes.locationIds())) {
			newLocations = new TreeSet<>(effective);
			newLocations.removeAll(mine);
			newLocations.addAll(changes.locationIds());
			if (newLocations.isEmpty()) {
				throw new StaffChangeRejected(Reason.NO_LOCATION);
			}
		}

		if (!staff.update(id, version, displayName, changes.uiLanguage())) {
			throw new OptimisticLockingFailureException("Staff user " + id + " was changed in the meantime");
		}
		List<String> changed = new ArrayList<>();
		Map<String, Object> details = details(current.username());
		if (!displayName.equals(current.displayName())) {
			changed.add("displayName");
		}
		if (!changes.uiLanguage().equals(current.uiLanguage())) {
			changed.add("uiLanguage");
			details.put("uiLanguage", changes.uiLanguage());
		}
		if (rolesChanged) {
			staff.replaceRoles(id, changes.roles());
			changed.add("roles");
			details.put("roles", sorted(changes.roles()));
		}
		if (newLocations != null) {
			staff.replaceLocations(id, newLocations);
			changed.add("locations");
			details.put("locations", newLocations);
		}
		details.put("changed", changed);
		audit.record(CurrentUser.username(), "STAFF_UPDATED", ENTITY, id, null, details);
	}

	@RolesAllowed(Role.MANAGER_NAME)
	@Transactional
	public void deactivate(long id, int version) {
		StaffMember current = requireShared(id);
		if (isMe(current)) {
			throw new StaffChangeRejected(Reason.SELF_DEACTIVATION);
		}
		requireAnotherManager(current);
		if (!staff.setActive(id, version, false)) {
			throw new OptimisticLockingFailureException("Staff user " + id + " was changed in the meantime");
		}
		audit.record(CurrentUser.username(), "STAFF_DEACTIVATED", ENTITY, id, null, details(current.username()));
	}

	@RolesAllowed(Role.MANAGER_NAME)
	@Transactional
	public void reactivate(long id, int version) {
		StaffMember current = requireShared(id);
		if (!staff.setActive(id, version, true)) {
			throw new OptimisticLockingFailureException("Staff user " + id + " was changed in the meantime");
		}
		audit.record(CurrentUser.username(), "STAFF_REACTIVATED", ENTITY, id, null, details(current.username()));
	}

	/**
	 * A new temporary password, returned once to be handed over; the user must replace it
	 * at the next sign-in. It also switches two-step sign-in off: a reset is how someone
	 * who lost their phone and their recovery codes gets back in (they can switch it on
	 * again, and must where their place requires it).
	 */
	@RolesAllowed(Role.MANAGER_NAME)
	@Transactional
	public String resetPassword(long id, int version) {
		StaffMember current = requireShared(id);
		requireAllPlaces(effectiveLocations(current), myLocationIds());
		String temporary = Passphrases.generate();
		if (!staff.setPassword(id, version, passwords.encode(temporary), true)) {
			throw new OptimisticLockingFailureException("Staff user " + id + " was changed in the meantime");
		}
		boolean hadTwoFactor = twoFactor.isEnabled(current.username());
		twoFactor.disable(id);
		audit.record(CurrentUser.username(), "STAFF_PASSWORD_RESET", ENTITY, id, null,
				details(current.username(), "twoFactorSwitchedOff", hadTwoFactor));
		return temporary;
	}

	// ---- rules

	private Set<Long> myLocationIds() {
		return locations.locationsFor(CurrentUser.username())
			.stream()
			.map(LocationSummary::id)
			.collect(Collectors.toSet());
	}

	/**
	 * The places a change to this user reaches. A user without a place works nowhere, yet
	 * counts here as working everywhere: any manager may give them a place, but only a
	 * manager of every place may change their roles or reset their password (they may
	 * have been placed everywhere before places failed closed).
	 */
	private Set<Long> effectiveLocations(StaffMember member) {
		List<Long> assigned = member.locations().stream().map(StaffMember.Place::id).toList();
		if (!assigned.isEmpty()) {
			return new HashSet<>(assigned);
		}
		return locations.allLocations().stream().map(LocationSummary::id).collect(Collectors.toSet());
	}

	/**
	 * The staff user, if they share a place with the signed-in manager; unknown ids are
	 * refused the same way, so ids cannot be probed.
	 */
	private StaffMember requireShared(long id) {
		StaffMember member = staff.findMember(id).orElseThrow(() -> new AccessDeniedException("No access"));
		Set<Long> shared = effectiveLocations(member);
		shared.retainAll(myLocationIds());
		if (shared.isEmpty()) {
			throw new AccessDeniedException("No access to staff user " + id);
		}
		return member;
	}

	private void requireOwnPlaces(Set<Long> locationIds) {
		if (!myLocationIds().containsAll(locationIds)) {
			throw new AccessDeniedException("Only your own meeting places can be assigned");
		}
	}

	private static void requireAllPlaces(Set<Long> theirs, Set<Long> mine) {
		if (!mine.containsAll(theirs)) {
			throw new StaffChangeRejected(Reason.BEYOND_YOUR_PLACES);
		}
	}

	/** An active manager who can really sign in must remain after this change. */
	private void requireAnotherManager(StaffMember member) {
		if (member.isManager() && member.active() && !member.demo()
				&& staff.countOtherActiveManagers(member.id()) == 0) {
			throw new StaffChangeRejected(Reason.LAST_MANAGER);
		}
	}

	private static boolean isMe(StaffMember member) {
		return member.username().equals(CurrentUser.username());
	}

	private static Map<String, Object> details(String username, Object... pairs) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("username", username);
		for (int i = 0; i < pairs.length; i += 2) {
			details.put((String) pairs[i], pairs[i + 1]);
		}
		return details;
	}

	private static List<String> sorted(Set<Role> roles) {
		return roles.stream().map(Role::name).sorted().toList();
	}

	private static List<Long> sortedIds(Set<Long> ids) {
		return ids.stream().sorted().toList();
	}

}
