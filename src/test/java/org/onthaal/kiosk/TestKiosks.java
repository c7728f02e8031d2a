package org.onthaal.kiosk;

import java.util.List;
import java.util.Set;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.Cookie;
import org.jooq.DSLContext;
import org.onthaal.kiosk.ui.KioskCookie;
import org.onthaal.space.LocationRepository;
import org.onthaal.space.LocationSummary;
import org.onthaal.staff.Role;
import org.onthaal.staff.StaffAccounts;

import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import static org.onthaal.db.Tables.STAFF_USER;

/**
 * Makes a test a paired kiosk, the way a real one gets there: a manager registers it, the
 * device enters the code and gets its token.
 */
public final class TestKiosks {

	/** A paired device: its id and the token its browser keeps. */
	public record Paired(long deviceId, String token) {
	}

	private static final String SETUP_MANAGER = "kiosk-test-setup";

	private TestKiosks() {
	}

	/** Registers and pairs a kiosk for the location. */
	public static Paired pair(ApplicationContext ctx, long locationId) {
		return pair(ctx, locationId, "Test kiosk");
	}

	public static Paired pair(ApplicationContext ctx, long locationId, String name) {
		PairingCodeIssued issued = register(ctx, locationId, name);
		PairingResult result = ctx.getBean(KioskPairing.class).pair(issued.code(), "test-setup-" + issued.deviceId());
		if (!result.succeeded() || result.token() == null) {
			throw new IllegalStateException("Pairing the test kiosk failed");
		}
		return new Paired(issued.deviceId(), result.token());
	}

	/**
	 * Registers a kiosk as a manager of every place would, and returns its code (not
	 * paired yet).
	 */
	public static PairingCodeIssued register(ApplicationContext ctx, long locationId, String name) {
		return asManager(ctx, () -> ctx.getBean(KioskDeviceService.class).register(locationId, name));
	}

	/** Revokes a kiosk as a manager of every place would. */
	public static void revoke(ApplicationContext ctx, long deviceId) {
		asManager(ctx, () -> {
			ctx.getBean(KioskDeviceService.class).revoke(deviceId);
			return null;
		});
	}

	/**
	 * Karibu: the fake browser sends this token from now on, and the page is loaded
	 * afresh (Karibu opened the start page, and so the kiosk, before the test began).
	 */
	public static void sendToken(String token) {
		FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
		request.setCookiesInt(new Cookie[] { new Cookie(KioskCookie.NAME, token) });
		UI.getCurrent().getPage().reload();
	}

	/** Karibu: registers and pairs a kiosk for the location, and the browser uses it. */
	public static Paired pairAndUse(ApplicationContext ctx, long locationId) {
		Paired paired = pair(ctx, locationId);
		sendToken(paired.token());
		return paired;
	}

	/** Playwright: the cookie a paired kiosk's browser has, for context.addCookies. */
	public static List<com.microsoft.playwright.options.Cookie> browserCookie(String token, String baseUrl) {
		return List.of(new com.microsoft.playwright.options.Cookie(KioskCookie.NAME, token).setUrl(baseUrl));
	}

	/**
	 * Runs the action signed in as a manager, in the security context holder of this
	 * application context. Each started server in a test JVM installs its own holder
	 * (Vaadin's, bound to the context), and the static SecurityContextHolder follows the
	 * last one started, which need not be the one the services of {@code ctx} ask.
	 */
	private static <T> T asManager(ApplicationContext ctx, java.util.function.Supplier<T> action) {
		// a real manager, working at every place there is now: an unknown user sees
		// nothing
		if (!ctx.getBean(DSLContext.class).fetchExists(STAFF_USER, STAFF_USER.USERNAME.eq(SETUP_MANAGER))) {
			ctx.getBean(StaffAccounts.class)
				.create("test", SETUP_MANAGER, "a-long-test-password", SETUP_MANAGER, Set.of(Role.MANAGER), List.of(),
						false);
		}
		LocationRepository locations = ctx.getBean(LocationRepository.class);
		locations.assign(SETUP_MANAGER, locations.findAll().stream().map(LocationSummary::id).toList());
		SecurityContextHolderStrategy methodSecurityHolder = ctx.getBeanProvider(SecurityContextHolderStrategy.class)
			.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
		SecurityContextHolderStrategy staticHolder = SecurityContextHolder.getContextHolderStrategy();
		SecurityContext previousInBean = methodSecurityHolder.getContext();
		SecurityContext previousStatic = staticHolder.getContext();
		SecurityContext manager = SecurityContextHolder.createEmptyContext();
		var authorities = List.of(new SimpleGrantedAuthority("ROLE_MANAGER"));
		manager.setAuthentication(new UsernamePasswordAuthenticationToken(SETUP_MANAGER, "n/a", authorities));
		// in production both are one and the same holder
		methodSecurityHolder.setContext(manager);
		staticHolder.setContext(manager);
		try {
			return action.get();
		}
		finally {
			methodSecurityHolder.setContext(previousInBean);
			staticHolder.setContext(previousStatic);
		}
	}

}
