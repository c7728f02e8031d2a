package org.onthaal.staff;

import java.io.IOException;
import java.util.Objects;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.onthaal.base.security.StaffRoles;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The second step of a two-step sign-in, as a plain form post (behind the CSRF check,
 * like the password form): a right code swaps the session's second-step-only
 * authentication for the staff user with their roles, under a new session id. Until then
 * every page the browser opens leads back to the code form; the views and services refuse
 * such a session anyway, as it has no staff role.
 */
class SecondStepFilter extends OncePerRequestFilter {

	static final String PATH = "/login/code";

	private final SecondStep secondStep;

	private final StaffUserDetailsService users;

	private final SecurityContextHolderStrategy holder;

	private final RememberedHostBoards rememberedBoards;

	private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	SecondStepFilter(SecondStep secondStep, StaffUserDetailsService users, RememberedHostBoards rememberedBoards,
			SecurityContextHolderStrategy holder) {
		this.secondStep = secondStep;
		this.users = users;
		this.rememberedBoards = rememberedBoards;
		this.holder = holder;
		this.contexts.setSecurityContextHolderStrategy(holder);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = holder.getContext().getAuthentication();
		if (authentication == null || !owesSecondStep(authentication)) {
			chain.doFilter(request, response);
			return;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (PATH.equals(path) && "POST".equals(request.getMethod())) {
			check(request, response, authentication);
			return;
		}
		if (isPageOpened(request, path)) {
			response.sendRedirect(request.getContextPath() + PATH);
			return;
		}
		chain.doFilter(request, response);
	}

	private void check(HttpServletRequest request, HttpServletResponse response, Authentication partial)
			throws IOException {
		String code = Objects.toString(request.getParameter("code"), "");
		switch (secondStep.check(partial.getName(), code, request.getRemoteAddr())) {
			case ACCEPTED -> {
				UserDetails user = users.loadWithRoles(partial.getName());
				UsernamePasswordAuthenticationToken full = UsernamePasswordAuthenticationToken.authenticated(user, null,
						user.getAuthorities());
				full.setDetails(partial.getDetails());
				SecurityContext context = holder.createEmptyContext();
				context.setAuthentication(full);
				holder.setContext(context);
				// a new session id for the fully signed-in session, as after the password
				request.changeSessionId();
				contexts.saveContext(context, request, response);
				// sign-in is complete only now: a host's board may stay signed in from
				// here
				rememberedBoards.loginSuccess(request, response, full);
				response.sendRedirect(request.getContextPath() + "/");
			}
			case THROTTLED -> response.sendRedirect(request.getContextPath() + PATH + "?throttled");
			case WRONG -> response.sendRedirect(request.getContextPath() + PATH + "?error");
		}
	}

	/**
	 * A page the browser navigates to (not Vaadin's own requests for the code form, nor
	 * its scripts and styles), other than the code form, sign-in and sign-out.
	 */
	private static boolean isPageOpened(HttpServletRequest request, String path) {
		String accept = Objects.toString(request.getHeader("Accept"), "");
		return "GET".equals(request.getMethod()) && accept.contains("text/html") && request.getParameter("v-r") == null
				&& !path.equals(PATH) && !path.equals("/login") && !path.equals("/logout");
	}

	static boolean owesSecondStep(Authentication authentication) {
		return authentication.getAuthorities()
			.stream()
			.anyMatch(authority -> ("ROLE_" + StaffRoles.SECOND_STEP).equals(authority.getAuthority()));
	}

}
