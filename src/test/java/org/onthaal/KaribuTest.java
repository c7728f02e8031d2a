package org.onthaal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BooleanSupplier;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinService;
import kotlin.jvm.functions.Function0;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.onthaal.staff.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;

import static org.onthaal.db.Tables.STAFF_USER;

/**
 * Base for UI tests: the real Spring context on a real embedded PostgreSQL, Vaadin mocked
 * by Karibu-Testing, a clean database and one location before each test.
 */
@SpringBootTest
public abstract class KaribuTest extends DatabaseTestBase {

	private static Routes routes;

	/** Every UI the test opened, including those a reload replaced. */
	private final List<UI> screens = new ArrayList<>();

	@Autowired
	protected ApplicationContext ctx;

	@BeforeAll
	static void discoverRoutes() {
		routes = new Routes().autoDiscoverViews("org.onthaal");
	}

	@BeforeEach
	void setUpVaadin() {
		Function0<UI> uiFactory = UI::new;
		MockVaadin.setup(uiFactory, new MockSpringServlet(routes, ctx, uiFactory));
		screens.add(UI.getCurrent());
		VaadinService.getCurrent().addUIInitListener(event -> screens.add(event.getUI()));
		UI.getCurrent().setLocale(Locale.forLanguageTag("nl"));
	}

	@AfterEach
	void tearDownVaadin() {
		// the UI's pending work (a board refreshing after a live update) still runs as
		// the
		// signed-in user, as it does in production through the session
		detachReplacedScreens();
		MockVaadin.tearDown();
		logout();
	}

	/**
	 * The screens a reload replaced go as closed tabs do: their detach listeners let go
	 * of what they subscribed to (live updates, the place's shared host board), so no
	 * later test inherits it. Karibu's reload fires detach on the old UI only, not on the
	 * screen in it; its tearDown detaches the current screen itself. Only our own
	 * components are told: Vaadin's own need nothing here.
	 */
	private void detachReplacedScreens() {
		UI current = UI.getCurrent();
		for (UI ui : screens) {
			if (ui != current) {
				UI.setCurrent(ui);
				ui.getChildren().forEach(KaribuTest::detachOwnComponents);
			}
		}
		screens.clear();
		UI.setCurrent(current);
	}

	private static void detachOwnComponents(Component component) {
		component.getChildren().forEach(KaribuTest::detachOwnComponents);
		if (component.getClass().getName().startsWith("org.onthaal.")) {
			ComponentUtil.onComponentDetach(component);
		}
	}

	/** Signs in as a staff user that exists in the database, with the given roles. */
	protected void login(String username, Role... roles) {
		if (!dsl.fetchExists(STAFF_USER, STAFF_USER.USERNAME.eq(username))) {
			staff.create("test", username, "a-long-test-password", username, Set.of(roles), List.of(locationId), false);
		}
		List<String> roleNames = Arrays.stream(roles).map(Role::name).toList();
		var authorities = roleNames.stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
		var user = new User(username, "n/a", authorities);
		var authentication = new UsernamePasswordAuthenticationToken(user, "n/a", authorities);
		SecurityContextHolder.getContext().setAuthentication(authentication);
		// Vaadin's view access checker asks the request, not only the security context
		FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
		request.setUserPrincipalInt(authentication);
		request.setUserInRole((principal, role) -> roleNames.contains(role));
	}

	protected void logout() {
		SecurityContextHolder.clearContext();
		if (VaadinServletRequest.getCurrent() != null) {
			FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
			request.setUserPrincipalInt(null);
			request.setUserInRole((principal, role) -> false);
		}
	}

	/**
	 * Runs the UI's pending work until the condition holds, for work that reaches the UI
	 * from another thread (a live update through LISTEN/NOTIFY). False after ten seconds.
	 */
	protected static boolean awaitUi(BooleanSupplier condition) {
		try {
			Awaitility.await()
				// the UI and its session belong to the test thread
				.pollInSameThread()
				.atMost(Duration.ofSeconds(10))
				.pollInterval(Duration.ofMillis(20))
				.until(() -> {
					MockVaadin.runUIQueue();
					return condition.getAsBoolean();
				});
			return true;
		}
		catch (ConditionTimeoutException ex) {
			return false;
		}
	}

}
