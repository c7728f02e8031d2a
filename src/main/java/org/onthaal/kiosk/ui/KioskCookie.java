package org.onthaal.kiosk.ui;

import java.time.Duration;
import java.util.Arrays;

import jakarta.servlet.http.Cookie;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import org.jspecify.annotations.Nullable;

/**
 * The device token in the kiosk's browser: an HttpOnly cookie (page scripts never see
 * it), SameSite=Strict, Secure when the kiosk is reached over https, for about five
 * years. Chromium keeps a cookie at most 400 days, so the kiosk writes it again each time
 * it opens: a kiosk that is switched on now and then stays paired.
 */
public final class KioskCookie {

	public static final String NAME = "onthaal-kiosk";

	static final Duration MAX_AGE = Duration.ofDays(5 * 365);

	private KioskCookie() {
	}

	/** The token the browser sent with the current request, if any. */
	public static @Nullable String token() {
		VaadinRequest request = VaadinRequest.getCurrent();
		Cookie[] cookies = request == null ? null : request.getCookies();
		if (cookies == null) {
			return null;
		}
		return Arrays.stream(cookies)
			.filter(cookie -> NAME.equals(cookie.getName()))
			.map(Cookie::getValue)
			.findFirst()
			.orElse(null);
	}

	/** Sends the token to the browser with the response to the current request. */
	public static void keep(String token) {
		VaadinRequest request = VaadinRequest.getCurrent();
		VaadinResponse response = VaadinResponse.getCurrent();
		if (request == null || response == null) {
			throw new IllegalStateException("The device token can only be kept during a request");
		}
		Cookie cookie = new Cookie(NAME, token);
		cookie.setHttpOnly(true);
		// https directly or through the trusted proxy (ONTHAAL_TRUSTED_PROXIES): Tomcat's
		// proxy valve believes X-Forwarded-Proto only from there; the raw header may come
		// from anyone, and a Secure cookie on a plain-http kiosk would never come back
		cookie.setSecure(request.isSecure());
		cookie.setPath(path(request));
		cookie.setMaxAge((int) MAX_AGE.toSeconds());
		cookie.setAttribute("SameSite", "Strict");
		response.addCookie(cookie);
	}

	/**
	 * Sends the token the browser came with back with a fresh expiry. Call only for a
	 * token that was recognised.
	 */
	public static void renew() {
		String token = token();
		if (token != null && VaadinResponse.getCurrent() != null) {
			keep(token);
		}
	}

	private static String path(VaadinRequest request) {
		String context = request.getContextPath();
		return context == null || context.isEmpty() ? "/" : context;
	}

}
