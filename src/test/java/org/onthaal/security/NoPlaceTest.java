package org.onthaal.security;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onthaal.KaribuTest;
import org.onthaal.checkin.CheckInService;
import org.onthaal.checkin.VisitSource;
import org.onthaal.family.NewFamily;
import org.onthaal.space.LocationAdminService;
import org.onthaal.space.LocationDetails;
import org.onthaal.space.CardPrint;
import org.onthaal.space.LocationForm;
import org.onthaal.space.LocationService;
import org.onthaal.space.LocationSummary;
import org.onthaal.staff.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fail closed: a staff user with no meeting place works nowhere. They see a clear message
 * instead of any screen's content, and every service asked about a place refuses them,
 * instead of the old "no place means every place".
 */
class NoPlaceTest extends KaribuTest {

	@Autowired
	private org.onthaal.staff.StaffAdministration staffAdministration;

	private static final String PASSWORD = "a-long-test-password";

	/**
	 * What no screen may show to someone without a place: the place, its family and
	 * staff.
	 */
	private static final List<String> DATA_OF_THE_PLACE = List.of("Baboes", "Zonnebloem", "Kwintijn");

	@Autowired
	private CheckInService checkIns;

	@Autowired
	private LocationService locationService;

	@Autowired
	private LocationAdminService locationAdmin;

	@BeforeEach
	void aPlaceWithAFamilyAndAColleagueAndTwoStaffWithoutAPlace() {
		checkIns.checkInNewFamily(locationId,
				new NewFamily("Zonnebloem", List.of("nl"), List.of(), List.of(), true, false), true, VisitSource.KIOSK);
		staff.create("test", "kwintijn", PASSWORD, "Kwintijn", Set.of(Role.HOST), List.of(locationId), false);
		staff.create("test", "nora", PASSWORD, "Nora", Set.of(Role.HOST), List.of(), false);
		staff.create("test", "mona", PASSWORD, "Mona", Set.of(Role.MANAGER, Role.HOST), List.of(), false);
	}

	@Test
	void aUserWithoutAPlaceOrUnknownWorksNowhere() {
		login("kwintijn", Role.HOST);
		assertThat(locationService.locationsFor("kwintijn")).extracting(LocationSummary::name)
			.containsExactly("Baboes");
		assertThat(locationService.locationsFor("nora")).isEmpty();
		assertThat(locationService.locationsFor("mona")).isEmpty();
		assertThat(locationService.locationsFor("nobody-by-this-name")).isEmpty();
	}

	@Test
	void aHostWithoutAPlaceIsToldSoOnTheBoardAndSeesNoFamily() {
		login("nora", Role.HOST);
		UI.getCurrent().navigate("host");

		assertThat(_get(Component.class, spec -> spec.withId("host-no-place")).getElement().getText())
			.isEqualTo("Je hebt nog geen ontmoetingsplaats; vraag het aan een beheerder.");
		assertThat(_find(Component.class, spec -> spec.withClasses("family-card"))).isEmpty();
		assertThat(_find(Button.class, spec -> spec.withId("host-assist"))).as("no check-in on anyone's behalf")
			.isEmpty();
		assertNoDataOfThePlace("host");
	}

	@Test
	void aManagerWithoutAPlaceIsToldSoOnEveryBackOfficeScreenAndSeesNoData() {
		login("mona", Role.MANAGER, Role.HOST);
		List<String> seen = new ArrayList<>();
		for (RouteData route : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
			String template = route.getTemplate();
			if (!template.startsWith("office")) {
				continue;
			}
			String path = template.replaceAll(":[^/]+", "1");
			UI.getCurrent().navigate(path);
			assertThat(_get(Component.class, spec -> spec.withId("office-no-place")).getElement().getText())
				.as("message on %s", path)
				.isEqualTo("Je hebt nog geen ontmoetingsplaats; vraag het aan een beheerder.");
			assertNoDataOfThePlace(path);
			// creating a place reads nothing: the button stays below the message
			assertThat(_find(Button.class, spec -> spec.withId("locations-add"))).as("new place on %s", path)
				.hasSize(path.equals("office/locations") ? 1 : 0);
			seen.add(path);
		}
		assertThat(seen).contains("office", "office/families", "office/staff", "office/locations", "office/audit");
	}

	@Test
	void everyOperationOnAPlaceRefusesAUserWithoutAPlace() throws Exception {
		login("mona", Role.MANAGER, Role.HOST);
		List<String> checked = new ArrayList<>();
		for (AccessRulesTest.Operation operation : AccessRulesTest.serviceOperations(ctx)) {
			Method method = operation.method();
			Parameter[] parameters = method.getParameters();
			boolean takesAPlace = false;
			Object[] arguments = new Object[parameters.length];
			for (int i = 0; i < parameters.length; i++) {
				if (parameters[i].getName().equals("locationId")) {
					takesAPlace = true;
					arguments[i] = locationId;
				}
				else {
					arguments[i] = AccessRulesTest.empty(parameters[i].getType());
				}
			}
			if (!takesAPlace || AccessRulesTest.ANONYMOUS_OPERATIONS.contains(operation.name())) {
				continue;
			}
			Method onProxy = operation.bean().getClass().getMethod(method.getName(), method.getParameterTypes());
			try {
				Object result = onProxy.invoke(operation.bean(), arguments);
				assertThat(isNothing(result)).as("%s gave %s to a manager without a place", operation.name(), result)
					.isTrue();
			}
			catch (InvocationTargetException ex) {
				assertThat(ex.getCause()).as("%s refuses before it looks at anything else", operation.name())
					.isInstanceOf(AccessDeniedException.class);
			}
			checked.add(operation.name());
		}
		assertThat(checked).contains("HostBoardService.board", "HostBoardService.presentFamilies",
				"CheckInService.findFamilies", "FamilyAdminService.search", "OccupancyService.corners",
				"InsightsService.insights");
	}

	@Test
	void aManagerWithoutAPlaceListsNoStaffAndNoPlace() {
		login("mona", Role.MANAGER, Role.HOST);
		assertThat(staffAdministration.listStaff()).isEmpty();
		assertThat(staffAdministration.assignableLocations()).isEmpty();
		assertThat(locationAdmin.myLocations()).isEmpty();
	}

	/**
	 * Creating a place reads nothing, so a manager without one may still make one; they
	 * then work there, and only there.
	 */
	@Test
	void aManagerWithoutAPlaceMayCreateOneAndThenWorksOnlyThere() {
		login("mona", Role.MANAGER, Role.HOST);
		locationAdmin.create(new LocationForm("Nieuwe plek", ZoneId.of("Europe/Brussels"), List.of("nl"), "nl", 12, 24,
				true, false, CardPrint.OFF));
		assertThat(locationAdmin.myLocations()).extracting(LocationDetails::name).containsExactly("Nieuwe plek");
		assertThat(locationService.locationsFor("mona")).extracting(LocationSummary::name)
			.containsExactly("Nieuwe plek");
	}

	private static boolean isNothing(@Nullable Object result) {
		return result == null || Boolean.FALSE.equals(result) || Integer.valueOf(0).equals(result)
				|| result instanceof Collection<?> collection && collection.isEmpty()
				|| result instanceof Map<?, ?> map && map.isEmpty()
				|| result instanceof Optional<?> optional && optional.isEmpty();
	}

	private static void assertNoDataOfThePlace(String path) {
		String text = UI.getCurrent().getElement().getTextRecursively();
		assertThat(DATA_OF_THE_PLACE).as("text on %s", path).noneMatch(text::contains);
		for (Grid<?> grid : _find(Grid.class)) {
			assertThat(GridKt._size(grid)).as("rows of a list on %s", path).isZero();
		}
	}

}
