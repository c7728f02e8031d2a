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
 * and was asked to sign in again. Page loads (and Vaadin's init request) still start
 * sessions as before, and a background request of a really expired page still gets
 * Vaadin's "session expired" answer, which needs no session.
 */
@Configuration(proxyBeanMethods = false)
class StaleSessionGuard {

	private static final Set<String> BACKGROUND_REQUESTS = Set.of("push", "uidl", "heartbeat");

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
			@Nullable String kind = request.getParameter("v-r");
			return (kind != null && BACKGROUND_REQUESTS.contains(kind))
					|| request.getRequestURI().startsWith(request.getContextPath() + "/VAADIN/push");
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
