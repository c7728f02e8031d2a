package org.onthaal.base.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is acting, for services that check access themselves and write the audit log.
 * Services ask this rather than trusting a name a screen hands them.
 */
public final class CurrentUser {

	private CurrentUser() {
	}

	/** The signed-in staff user's name; refuses anonymous callers. */
	public static String username() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			throw new AccessDeniedException("Not signed in");
		}
		return authentication.getName();
	}

	public static boolean hasRole(String role) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getAuthorities()
			.stream()
			.anyMatch(authority -> authority.getAuthority().equals("ROLE_" + role));
	}

}
