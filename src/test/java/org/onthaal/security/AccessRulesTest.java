package org.onthaal.security;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;
import org.onthaal.KaribuTest;
import org.onthaal.staff.Role;
import org.onthaal.staff.ui.LoginView;

import org.springframework.aop.support.AopUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Who may reach what, checked over every route and every manager service method the
 * application has, so a new screen or service cannot forget its guard unnoticed.
 */
class AccessRulesTest extends KaribuTest {

	/**
	 * The only doors open without signing in: the kiosk, its pairing, sign-in, set-up.
	 */
	private static final Set<String> ANONYMOUS_ROUTES = Set.of("", "kiosk", "kiosk/pair", "login", "setup/:token");

	private List<RouteData> routes() {
		return RouteConfiguration.forApplicationScope().getAvailableRoutes();
	}

	@Test
	void anonymousVisitorsReachOnlyTheKioskPairingSignInAndSetUp() {
		Set<String> anonymous = new TreeSet<>();
		for (RouteData route : routes()) {
			if (route.getNavigationTarget().isAnnotationPresent(AnonymousAllowed.class)) {
				anonymous.add(route.getTemplate());
			}
		}
		assertThat(ANONYMOUS_ROUTES).containsAll(anonymous);
		assertThat(anonymous).contains("kiosk", "login");
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

	@Test
	void aHostCallingAnyManagerServiceIsRefusedBeforeItRuns() throws Exception {
		login("hans", Role.HOST);
		List<String> checked = callEveryManagerMethod(AccessDeniedException.class);
		assertThat(checked).as("manager service methods found").isNotEmpty();
	}

	@Test
	void anAnonymousCallerOfAnyManagerServiceIsRefused() throws Exception {
		logout();
		SecurityContextHolder.clearContext();
		List<String> checked = callEveryManagerMethod(AuthenticationCredentialsNotFoundException.class,
				AccessDeniedException.class);
		assertThat(checked).isNotEmpty();
	}

	/**
	 * Calls every method that demands MANAGER on every Onthaal bean, with empty
	 * arguments: method security must refuse before the body runs, so the arguments never
	 * matter.
	 */
	@SafeVarargs
	private List<String> callEveryManagerMethod(Class<? extends Exception>... refusals) throws Exception {
		List<String> checked = new ArrayList<>();
		for (String name : ctx.getBeanDefinitionNames()) {
			Object bean = ctx.getBean(name);
			Class<?> type = AopUtils.getTargetClass(bean);
			if (!type.getName().startsWith("org.onthaal.")) {
				continue;
			}
			for (Method method : type.getDeclaredMethods()) {
				if (!managerOnly(method, type) || !java.lang.reflect.Modifier.isPublic(method.getModifiers())) {
					continue;
				}
				Method onProxy = bean.getClass().getMethod(method.getName(), method.getParameterTypes());
				Object[] arguments = Arrays.stream(method.getParameterTypes()).map(AccessRulesTest::empty).toArray();
				try {
					onProxy.invoke(bean, arguments);
					throw new AssertionError(type.getSimpleName() + "." + method.getName() + " ran for a non-manager");
				}
				catch (InvocationTargetException ex) {
					assertThat(ex.getCause()).as("%s.%s", type.getSimpleName(), method.getName())
						.isInstanceOfAny(refusals);
				}
				checked.add(type.getSimpleName() + "." + method.getName());
			}
		}
		System.out.println("Manager-only service methods refused: " + checked);
		return checked;
	}

	private static boolean managerOnly(Method method, Class<?> type) {
		RolesAllowed roles = method.isAnnotationPresent(RolesAllowed.class) ? method.getAnnotation(RolesAllowed.class)
				: type.getAnnotation(RolesAllowed.class);
		return roles != null && Arrays.equals(roles.value(), new String[] { Role.MANAGER_NAME });
	}

	private static Object empty(Class<?> type) {
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
