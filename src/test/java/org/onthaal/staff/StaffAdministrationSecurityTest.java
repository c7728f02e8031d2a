package org.onthaal.staff;

import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.onthaal.KaribuTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onthaal.db.Tables.STAFF_LOCATION;
import static org.onthaal.db.Tables.STAFF_ROLE;
import static org.onthaal.db.Tables.STAFF_USER;

/** Staff management is for managers, and only for the people of their own places. */
class StaffAdministrationSecurityTest extends KaribuTest {

	@Autowired
	private StaffAdministration administration;

	private static final String PASSWORD = "a-long-test-password";

	@Test
	void aHostIsRefusedEveryManagerMethod() {
		long anna = staff.create("test", "anna", PASSWORD, "Anna", Set.of(Role.HOST), List.of(locationId), false);
		login("hans", Role.HOST);
		StaffChanges changes = new StaffChanges("Anna", Set.of(Role.MANAGER), Set.of(locationId), "nl");
		NewStaff newStaff = new NewStaff("karel", "Karel", Set.of(Role.MANAGER), Set.of(locationId), "nl",
				"een-lang-wachtwoord");

		List<Executable> managerMethods = List.of(administration::listStaff, administration::assignableLocations,
				() -> administration.createStaff(newStaff), () -> administration.update(anna, 0, changes),
				() -> administration.deactivate(anna, 0), () -> administration.reactivate(anna, 0),
				() -> administration.resetPassword(anna, 0));
		for (Executable call : managerMethods) {
			assertThatThrownBy(call::execute).isInstanceOf(AccessDeniedException.class);
		}
		assertThat(dsl.fetchCount(STAFF_USER, STAFF_USER.USERNAME.eq("karel"))).isZero();
		assertThat(dsl.fetchValues(STAFF_ROLE.ROLE, STAFF_ROLE.STAFF_USER_ID.eq(anna))).containsExactly("HOST");
		assertThat(dsl.fetchValue(STAFF_USER.ACTIVE, STAFF_USER.ID.eq(anna))).isTrue();
	}

	@Test
	void aManagerOfAnotherPlaceCannotSeeOrTouchStaffWorkingOnlyHere() {
		long placeB = locations.create("Kadee", ZoneId.of("Europe/Brussels"), false);
		long anna = staff.create("test", "anna", PASSWORD, "Anna", Set.of(Role.HOST), List.of(locationId), false);
		staff.create("test", "bram", PASSWORD, "Bram", Set.of(Role.MANAGER), List.of(placeB), false);
		login("bram", Role.MANAGER);

		assertThat(administration.listStaff()).extracting(StaffMember::username).containsExactly("bram");
		assertThat(administration.assignableLocations()).extracting(location -> location.id()).containsExactly(placeB);
		StaffChanges changes = new StaffChanges("Anna", Set.of(Role.HOST), Set.of(placeB), "nl");
		assertThatThrownBy(() -> administration.update(anna, 0, changes)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> administration.deactivate(anna, 0)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> administration.resetPassword(anna, 0)).isInstanceOf(AccessDeniedException.class);
		// nor hand out a place that is not theirs
		assertThatThrownBy(() -> administration.createStaff(
				new NewStaff("karel", "Karel", Set.of(Role.HOST), Set.of(locationId), "nl", "een-lang-wachtwoord")))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(dsl.fetchValue(STAFF_USER.ACTIVE, STAFF_USER.ID.eq(anna))).isTrue();
		assertThat(dsl.fetchCount(STAFF_USER, STAFF_USER.USERNAME.eq("karel"))).isZero();
	}

	@Test
	void aColleagueSharedWithAnotherPlaceKeepsThatPlaceAndCannotBeTakenOver() {
		long placeB = locations.create("Kadee", ZoneId.of("Europe/Brussels"), false);
		long anna = staff.create("test", "anna", PASSWORD, "Anna", Set.of(Role.HOST), List.of(locationId, placeB),
				false);
		staff.create("test", "bram", PASSWORD, "Bram", Set.of(Role.MANAGER), List.of(placeB), false);
		login("bram", Role.MANAGER);

		// a reset would hand Bram an account that also opens the other place
		assertThatThrownBy(() -> administration.resetPassword(anna, 0)).isInstanceOf(StaffChangeRejected.class)
			.extracting(ex -> ((StaffChangeRejected) ex).reason())
			.isEqualTo(StaffChangeRejected.Reason.BEYOND_YOUR_PLACES);
		assertThatThrownBy(() -> administration.update(anna, 0,
				new StaffChanges("Anna", Set.of(Role.HOST, Role.MANAGER), Set.of(placeB), "nl")))
			.isInstanceOf(StaffChangeRejected.class);

		// a name change is fine, and the place Bram does not run stays
		administration.update(anna, 0, new StaffChanges("Anna V.", Set.of(Role.HOST), Set.of(), "fr"));
		assertThat(dsl.fetchValues(STAFF_LOCATION.LOCATION_ID, STAFF_LOCATION.STAFF_USER_ID.eq(anna)))
			.containsExactly(locationId);
		assertThat(dsl.fetchValue(STAFF_USER.DISPLAY_NAME, STAFF_USER.ID.eq(anna))).isEqualTo("Anna V.");
	}

	@Test
	void theLastManagerWhoCanSignInStays() {
		long an = staff.create("test", "an", PASSWORD, "An", Set.of(Role.MANAGER), List.of(locationId), false);
		// a demo manager does not count: demo accounts stop working outside demo mode
		staff.create("demo", "demo-manager", PASSWORD, "Demo", Set.of(Role.MANAGER), List.of(locationId), true);
		login("demo-manager", Role.MANAGER);

		assertThatThrownBy(() -> administration.deactivate(an, 0)).extracting(ex -> ((StaffChangeRejected) ex).reason())
			.isEqualTo(StaffChangeRejected.Reason.LAST_MANAGER);
		assertThatThrownBy(
				() -> administration.update(an, 0, new StaffChanges("An", Set.of(Role.HOST), Set.of(locationId), "nl")))
			.extracting(ex -> ((StaffChangeRejected) ex).reason())
			.isEqualTo(StaffChangeRejected.Reason.LAST_MANAGER);
		assertThat(dsl.fetchValue(STAFF_USER.ACTIVE, STAFF_USER.ID.eq(an))).isTrue();
	}

	@Test
	void aManagerCannotTakeAwayTheirOwnManagerRole() {
		login("mila", Role.MANAGER);
		StaffMember me = administration.listStaff().get(0);
		assertThatThrownBy(() -> administration.update(me.id(), me.version(),
				new StaffChanges("Mila", Set.of(Role.HOST), Set.of(locationId), "nl")))
			.extracting(ex -> ((StaffChangeRejected) ex).reason())
			.isEqualTo(StaffChangeRejected.Reason.OWN_MANAGER_ROLE);
	}

}
