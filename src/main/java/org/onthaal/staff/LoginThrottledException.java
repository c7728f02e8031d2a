package org.onthaal.staff;

import org.springframework.security.authentication.LockedException;

/**
 * A sign-in refused because of too many failures for the account or the address; the
 * password was not even checked. The sign-in page tells it apart from a wrong password to
 * say "try again later", which reveals nothing: unknown usernames get locked the same
 * way.
 */
public class LoginThrottledException extends LockedException {

	public LoginThrottledException() {
		super("Too many failed sign-ins; try again later");
	}

}
