package org.onthaal.staff;

import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Username and password sign-in, refused before the password is checked while the account
 * or the address is throttled, and every failure recorded after. A wrong password, an
 * unknown username (Spring reports both as bad credentials) and a deactivated account all
 * count; a database outage does not.
 */
class ThrottledAuthenticationProvider extends DaoAuthenticationProvider {

	private final LoginThrottle throttle;

	ThrottledAuthenticationProvider(UserDetailsService users, LoginThrottle throttle) {
		super(users);
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String username = String.valueOf(authentication.getName());
		String address = LoginThrottle.addressOf(authentication);
		if (throttle.isThrottled(username, address)) {
			throw new LoginThrottledException();
		}
		try {
			return super.authenticate(authentication);
		}
		catch (BadCredentialsException | AccountStatusException ex) {
			throttle.recordFailure(username, address);
			throw ex;
		}
	}

}
