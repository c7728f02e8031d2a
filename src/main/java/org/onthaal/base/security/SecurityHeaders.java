package org.onthaal.base.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The browser-side security headers on every response, before anything else runs: also on
 * what Spring Security never sees (Vaadin's own requests, files it ignores, errors).
 * Spring Security writes X-Frame-Options and X-Content-Type-Options only when they are
 * not set yet, so each header is sent once.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class SecurityHeaders extends OncePerRequestFilter {

	/**
	 * What Vaadin Flow needs and nothing more; each source was taken away once in
	 * Chromium and the screens broke or the browser refused something (README, "Security
	 * headers"). Scripts: Flow's bootstrap page has inline scripts and its client engine
	 * evaluates strings (executeJs). Styles: Lumo and the components add style elements
	 * and attributes. Images: the QR card and the insight charts are data: SVGs. Fonts:
	 * Lumo's icon fonts are data: URLs. Connections: Flow's requests and push go back to
	 * the same origin ('self' covers ws: and wss: to it). The manifest and service worker
	 * of the installable app come from here. Media: the recorded prompts the kiosk plays
	 * and the back office plays back come from here. Anything else (frames, plugins, a
	 * foreign base or form target, being framed) is refused.
	 */
	public static final String CONTENT_SECURITY_POLICY = String.join("; ", "default-src 'none'",
			"script-src 'self' 'unsafe-inline' 'unsafe-eval'", "style-src 'self' 'unsafe-inline'",
			"img-src 'self' data:", "font-src 'self' data:", "media-src 'self'", "connect-src 'self'",
			"manifest-src 'self'", "worker-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'",
			"frame-ancestors 'none'");

	/**
	 * Only the microphone, and only for this origin: a manager records the kiosk's
	 * prompts in the back office (the browser still asks them first). It is one policy
	 * for every page because Vaadin moves between screens without loading a page, so the
	 * first page loaded decides for the whole tab. No screen uses a camera, location or
	 * any other device API: the barcode scanner types like a keyboard, speech synthesis
	 * needs no permission, printing neither. Only features Chromium knows: an unknown one
	 * is an error in the console.
	 */
	public static final String PERMISSIONS_POLICY = String.join(", ", "accelerometer=()", "camera=()",
			"display-capture=()", "geolocation=()", "gyroscope=()", "hid=()", "magnetometer=()", "microphone=(self)",
			"midi=()", "payment=()", "screen-wake-lock=()", "serial=()", "usb=()");

	/** No page needs to tell another site, or itself, where a person came from. */
	public static final String REFERRER_POLICY = "no-referrer";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
		response.setHeader("X-Content-Type-Options", "nosniff");
		// frame-ancestors for current browsers, this for old ones
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("Referrer-Policy", REFERRER_POLICY);
		response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
		chain.doFilter(request, response);
	}

}
