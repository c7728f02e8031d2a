package org.onthaal.staff;

import java.time.Duration;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.onthaal.base.security.StaffRoles;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.authentication.rememberme.TokenBasedRememberMeServices;
import org.springframework.stereotype.Component;

/**
 * A host board stays signed in when the server that held its session is gone: a node that
 * crashed behind the proxy, a restart, a session that ran out overnight. The board
 * reloads on another node and would otherwise show the sign-in form on the wall while
 * families come in. A signed cookie (HMAC-SHA-256 over name, expiry and password hash,
 * with a key all nodes share) signs it in again there.
 *
 * Only for hosts who are not managers: a manager's back office signs out after 30 minutes
 * without a tap, and a cookie must not undo that. Issued only once sign-in is complete
 * (after the second step where there is one). A new password ends it, and so do a
 * deactivated account and signing out on the device.
 */
@Component
public class RememberedHostBoards extends TokenBasedRememberMeServices {

	public static final String COOKIE = "onthaal-host";

	/**
	 * Marks the authentications this class makes (the authentication provider checks it);
	 * the cookie's signature uses the shared secret, not this.
	 */
	static final String TOKEN_KEY = "onthaal-remembered-host-board";

	/** A board on the wall signs in again at least every two weeks. */
	static final Duration VALIDITY = Duration.ofDays(14);

	private static final String SECRET_NAME = "remembered-host-board";

	private final SharedSecrets secrets;

	RememberedHostBoards(StaffUserDetailsService users, SharedSecrets secrets) {
		super(TOKEN_KEY, username -> hostOnly(users.loadWithRoles(username)), RememberMeTokenAlgorithm.SHA256);
		this.secrets = secrets;
		setMatchingAlgorithm(RememberMeTokenAlgorithm.SHA256);
		setAlwaysRemember(true);
		setCookieName(COOKIE);
		setTokenValiditySeconds((int) VALIDITY.toSeconds());
		setCookieCustomizer(cookie -> cookie.setAttribute("SameSite", "Lax"));
	}

	@Override
	public String getKey() {
		return secrets.secret(SECRET_NAME);
	}

	@Override
	public void onLoginSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication successfulAuthentication) {
		if (isHostOnly(successfulAuthentication.getAuthorities())) {
			super.onLoginSuccess(request, response, successfulAuthentication);
		}
	}

	/** A remembered user who has become a manager since is not signed in by it. */
	private static UserDetails hostOnly(UserDetails user) {
		if (!isHostOnly(user.getAuthorities())) {
			throw new UsernameNotFoundException("Only host boards stay signed in");
		}
		return user;
	}

	static boolean isHostOnly(Collection<? extends GrantedAuthority> authorities) {
		Set<String> names = authorities.stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
		return names.contains("ROLE_" + StaffRoles.HOST) && !names.contains("ROLE_" + StaffRoles.MANAGER)
				&& !names.contains("ROLE_" + StaffRoles.SECOND_STEP);
	}

}
