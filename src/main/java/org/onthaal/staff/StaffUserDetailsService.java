package org.onthaal.staff;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Staff sign-in from the staff_user table. Demo accounts work only while demo mode is on.
 */
@Service
class StaffUserDetailsService implements UserDetailsService {

	private final StaffAccounts staff;

	private final boolean demoMode;

	StaffUserDetailsService(StaffAccounts staff, @Value("${onthaal.demo.enabled:false}") boolean demoMode) {
		this.staff = staff;
		this.demoMode = demoMode;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		StaffAccount account = staff.find(username).orElseThrow(() -> new UsernameNotFoundException(username));
		return User.withUsername(account.username())
			.password(account.passwordHash())
			.roles(account.roles().stream().map(Role::name).toArray(String[]::new))
			.disabled(!account.active() || (account.demo() && !demoMode))
			.build();
	}

}
