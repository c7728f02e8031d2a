package org.onthaal.base.security;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A page's background requests (push, UIDL, heartbeat) never start a new session: they
 * only make sense in the session of the page that sends them. Signing in gives the
 * session a new id; the sign-in page's push connection, closing as the page is left,
 * still sends the old id (or none). The push handler then made a fresh, empty session
 * whose cookie replaced the signed-in one: about one sign-in in ten landed on the kiosk
 * and was asked to sign in again. The same held for what the sign-in page fetches by
 * itself (the icon, a 404 that went through Vaadin, the app manifest, the offline page
 * the service worker keeps): a manager's sign-in once landed on the kiosk in CI. Page
 * loads (and Vaadin's init request) still start sessions as before, and a background
 * request of a really expired page still gets Vaadin's "session expired" answer, which
 * needs no session.
 */
@Configuration(proxyBeanMethods = false)
class StaleSessionGuard {

	private static final Set<String> BACKGROUND_REQUESTS = Set.of("push", "uidl", "heartbeat");

	/**
	 * What a browser fetches for a page rather than as one (its Sec-Fetch-Dest): an icon,
	 * a script, a sound. None of them needs a session of its own.
	 */
	private static final Set<String> RESOURCE_DESTINATIONS = Set.of("image", "manifest", "serviceworker", "script",
			"style", "font", "audio", "video", "track", "worker", "sharedworker");

	/**
	 * The app's installable-web-app files, which the page and its service worker fetch by
	 * themselves (a service worker's fetches say only "empty").
	 */
	private static final Set<String> PWA_FILES = Set.of("/manifest.webmanifest", "/sw.js",
			"/sw-runtime-resources-precache.js", "/offline.html", "/offline-stub.html");

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> staleSessionFilter() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Filter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.addUrlPatterns("/*");
		return registration;
	}

	static final class Filter extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			chain.doFilter(isBackground(request) ? new NoNewSession(request) : request, response);
		}

		private static boolean isBackground(HttpServletRequest request) {
			@Nullable String kind = VaadinRequestKind.of(request);
			String path = request.getRequestURI().substring(request.getContextPath().length());
			@Nullable String destination = request.getHeader("Sec-Fetch-Dest");
			return (kind != null && BACKGROUND_REQUESTS.contains(kind)) || path.startsWith("/VAADIN/push")
					|| (destination != null && RESOURCE_DESTINATIONS.contains(destination)) || PWA_FILES.contains(path)
					|| path.startsWith("/icons/");
		}

	}

	/** The request as it is, except that asking for a session never creates one. */
	private static final class NoNewSession extends HttpServletRequestWrapper {

		NoNewSession(HttpServletRequest request) {
			super(request);
		}

		@Override
		public @Nullable HttpSession getSession() {
			return super.getSession(false);
		}

		@Override
		public @Nullable HttpSession getSession(boolean create) {
			return super.getSession(false);
		}

	}

}
