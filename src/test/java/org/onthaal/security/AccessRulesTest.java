package org.onthaal.security;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.onthaal.KaribuTest;
import org.onthaal.staff.Role;
import org.onthaal.staff.ui.LoginView;

import org.springframework.aop.support.AopUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Who may reach what, checked over every route and every public operation of every
 * service the application has, so a new screen or service cannot forget its guard
 * unnoticed.
 */
class AccessRulesTest extends KaribuTest {

	/** The only doors open without signing in: the kiosk, sign-in, set-up. */
	private static final Set<String> ANONYMOUS_ROUTES = Set.of("", "kiosk", "login", "setup/:token");

	/**
	 * The only service operations anyone may call without signing in, as
	 * "Service.method". The kiosk is a paired device, not a person: nobody signs in
	 * there, so its operations carry no role (the kiosk screen checks the pairing first).
	 * Sign-in and the first-manager set-up happen before anyone is signed in. Every other
	 * public operation of every service names its roles. This list lives in the test on
	 * purpose: widening it is a change someone has to make here, in review, next to the
	 * open routes, not an annotation slipped onto a method.
	 */
	static final Set<String> ANONYMOUS_OPERATIONS = Set.of(
			// the kiosk: check-in and check-out
			"CheckInService.checkInNewFamily", "CheckInService.checkInReturning", "CheckInService.checkOut",
			"CheckInService.identifyByCard", "CheckInService.identifyByCode", "CheckInService.interestOptions",
			"CheckInService.commonLanguages", "CheckInService.codeEntryLockedSeconds",
			// the kiosk: its place, opening hours and whether it prints cards
			"LocationService.allLocations", "LocationService.schedule", "LocationService.cardPrint",
			// the kiosk: pairing the device and recognising it afterwards
			"KioskPairing.pair", "KioskPairing.recognise", "KioskPairing.stillPaired",
			// the kiosk: which prompts have a recorded voice, and the sound (for the
			// place's
			// paired kiosk or a manager of the place only, checked inside)
			"PromptRecordingService.addressesForKiosk", "PromptRecordingService.audio",
			// sign-in
			"StaffUserDetailsService.loadUserByUsername");

	private List<RouteData> routes() {
		return RouteConfiguration.forApplicationScope().getAvailableRoutes();
	}

	@Test
	void anonymousVisitorsReachOnlyTheKioskSignInAndSetUp() {
		Set<String> anonymous = new TreeSet<>();
		for (RouteData route : routes()) {
			if (route.getNavigationTarget().isAnnotationPresent(AnonymousAllowed.class)) {
				anonymous.add(route.getTemplate());
			}
		}
		assertThat(anonymous).containsExactlyInAnyOrderElementsOf(ANONYMOUS_ROUTES);
	}

	@Test
	void everyBackOfficeScreenIsForManagersOnly() {
		List<RouteData> office = routes().stream().filter(route -> route.getTemplate().startsWith("office")).toList();
		assertThat(office).isNotEmpty();
		for (RouteData route : office) {
			Class<?> view = route.getNavigationTarget();
			assertThat(view.isAnnotationPresent(AnonymousAllowed.class) || view.isAnnotationPresent(PermitAll.class))
				.as("%s is not open to everyone", view.getSimpleName())
				.isFalse();
			RolesAllowed roles = view.getAnnotation(RolesAllowed.class);
			assertThat(roles).as("%s declares its roles", view.getSimpleName()).isNotNull();
			assertThat(roles.value()).as("roles of %s", view.getSimpleName()).containsExactly(Role.MANAGER_NAME);
		}
	}

	@Test
	void aHostIsTurnedAwayFromEveryBackOfficeScreen() {
		login("hans", Role.HOST);
		for (RouteData route : routes()) {
			String template = route.getTemplate();
			if (!template.startsWith("office")) {
				continue;
			}
			String path = template.replaceAll(":[^/]+", "1");
			assertThatThrownBy(() -> UI.getCurrent().navigate(path)).as("HOST opening %s", path)
				.isInstanceOf(MockAccessDeniedException.class);
		}
	}

	@Test
	void anAnonymousVisitorIsSentToSignInFromEveryStaffScreen() {
		logout();
		for (RouteData route : routes()) {
			String template = route.getTemplate();
			if (ANONYMOUS_ROUTES.contains(template)) {
				continue;
			}
			String path = template.replaceAll(":[^/]+", "1");
			try {
				UI.getCurrent().navigate(path);
				assertThat(_find(LoginView.class)).as("anonymous opening %s lands on sign-in", path).hasSize(1);
			}
			catch (MockAccessDeniedException expected) {
				// refused outright is as good as being sent to sign in
			}
			assertThat(UI.getCurrent().getChildren().map(Object::getClass).map(Class::getSimpleName).toList())
				.as("anonymous opening %s", path)
				.noneMatch(name -> name.endsWith("View") && !name.equals("LoginView"));
		}
	}

	// ---- services

	@Test
	void everyServiceOperationNamesItsRolesOrIsOnTheAnonymousList() {
		List<Operation> operations = serviceOperations(ctx);
		assertThat(operations).extracting(Operation::name)
			.as("the services are found")
			.contains("HostBoardService.board", "CheckInService.checkInNewFamily", "StaffAdministration.listStaff");
		Set<String> open = new TreeSet<>();
		for (Operation operation : operations) {
			if (!operation.guarded()) {
				open.add(operation.name());
			}
		}
		assertThat(open).as("service operations without a role")
			.containsExactlyInAnyOrderElementsOf(ANONYMOUS_OPERATIONS);
	}

	@Test
	void aHostCallingAnyManagerOperationIsRefusedBeforeItRuns() throws Exception {
		login("hans", Role.HOST);
		List<String> checked = callEach(
				operation -> operation.roles() != null && !Arrays.asList(operation.roles()).contains(Role.HOST_NAME),
				AccessDeniedException.class);
		assertThat(checked).as("manager operations")
			.contains("StaffAdministration.createStaff", "FamilyAdminService.erase");
	}

	@Test
	void anAnonymousCallerOfAnyGuardedOperationIsRefusedBeforeItRuns() throws Exception {
		logout();
		SecurityContextHolder.clearContext();
		List<String> checked = callEach(Operation::guarded, AuthenticationCredentialsNotFoundException.class,
				AccessDeniedException.class);
		assertThat(checked).as("host and manager operations")
			.contains("HostBoardService.board", "CheckInService.findFamilies", "StaffAdministration.createStaff");
	}

	/** A public operation of a service: what a screen or another feature can call. */
	record Operation(Object bean, Class<?> type, Method method) {

		String name() {
			return type.getSimpleName() + "." + method.getName();
		}

		boolean guarded() {
			return roles() != null || has(PreAuthorize.class) || has(Secured.class) || has(DenyAll.class);
		}

		String @Nullable [] roles() {
			RolesAllowed roles = method.isAnnotationPresent(RolesAllowed.class)
					? method.getAnnotation(RolesAllowed.class) : type.getAnnotation(RolesAllowed.class);
			return roles == null ? null : roles.value();
		}

		private boolean has(Class<? extends java.lang.annotation.Annotation> annotation) {
			return method.isAnnotationPresent(annotation) || type.isAnnotationPresent(annotation);
		}

	}

	/**
	 * Every public instance method of every Onthaal @Service, whether annotated or not.
	 * Static helpers are left out: they are plain functions, never reached through the
	 * bean, so no annotation could guard them anyway.
	 */
	static List<Operation> serviceOperations(ApplicationContext ctx) {
		List<Operation> operations = new ArrayList<>();
		for (Object bean : ctx.getBeansWithAnnotation(Service.class).values()) {
			Class<?> type = AopUtils.getTargetClass(bean);
			if (!type.getName().startsWith("org.onthaal.")) {
				continue;
			}
			for (Method method : type.getMethods()) {
				if (method.getDeclaringClass().getName().startsWith("org.onthaal.")
						&& !Modifier.isStatic(method.getModifiers()) && !method.isSynthetic() && !method.isBridge()) {
					operations.add(new Operation(bean, type, method));
				}
			}
		}
		operations.sort(Comparator.comparing(Operation::name));
		return operations;
	}

	/**
	 * Calls each chosen operation through its bean with empty arguments: method security
	 * must refuse before the body runs, so the arguments never matter, and no frame of
	 * the service's own class may be on the refusal's stack.
	 */
	@SafeVarargs
	private List<String> callEach(java.util.function.Predicate<Operation> which, Class<? extends Exception>... refusals)
			throws Exception {
		List<String> checked = new ArrayList<>();
		for (Operation operation : serviceOperations(ctx)) {
			if (!which.test(operation)) {
				continue;
			}
			Method method = operation.method();
			Method onProxy = operation.bean().getClass().getMethod(method.getName(), method.getParameterTypes());
			Object[] arguments = Arrays.stream(method.getParameterTypes()).map(AccessRulesTest::empty).toArray();
			try {
				onProxy.invoke(operation.bean(), arguments);
				throw new AssertionError(operation.name() + " ran for a caller without its role");
			}
			catch (InvocationTargetException ex) {
				assertThat(ex.getCause()).as(operation.name()).isInstanceOfAny(refusals);
				assertThat(ex.getCause().getStackTrace()).as("%s refused before its body ran", operation.name())
					.noneMatch(frame -> frame.getClassName().equals(operation.type().getName()));
			}
			checked.add(operation.name());
		}
		return checked;
	}

	static @Nullable Object empty(Class<?> type) {
		if (!type.isPrimitive()) {
			return null;
		}
		if (type == boolean.class) {
			return false;
		}
		if (type == char.class) {
			return '\0';
		}
		if (type == long.class) {
			return 0L;
		}
		if (type == double.class) {
			return 0d;
		}
		if (type == float.class) {
			return 0f;
		}
		if (type == byte.class) {
			return (byte) 0;
		}
		if (type == short.class) {
			return (short) 0;
		}
		return 0;
	}

}
