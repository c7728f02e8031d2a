package org.onthaal.staff;

import org.onthaal.base.security.StaffRoles;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Staff sign-in from the staff_user table. Demo accounts work only while demo mode is on.
 * Someone with two-step sign-in on gets no role from the password alone: only the
 * authority to take the second step ({@link SecondStepFilter} grants the roles).
 */
@Service
class StaffUserDetailsService implements UserDetailsService {

	private final StaffAccounts staff;

	private final TwoFactorRepository twoFactor;

	private final boolean demoMode;

	StaffUserDetailsService(StaffAccounts staff, TwoFactorRepository twoFactor,
			@Value("${onthaal.demo.enabled:false}") boolean demoMode) {
		this.staff = staff;
		this.twoFactor = twoFactor;
		this.demoMode = demoMode;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		StaffAccount account = staff.find(username).orElseThrow(() -> new UsernameNotFoundException(username));
		String[] roles = twoFactor.isEnabled(account.username()) ? new String[] { StaffRoles.SECOND_STEP }
				: account.roles().stream().map(Role::name).toArray(String[]::new);
		return User.withUsername(account.username())
			.password(account.passwordHash())
			.roles(roles)
			.disabled(!account.active() || (account.demo() && !demoMode))
			.build();
	}

	/** The full staff user, once the second step is passed. */
	UserDetails loadWithRoles(String username) {
		StaffAccount account = staff.find(username).orElseThrow(() -> new UsernameNotFoundException(username));
		return User.withUsername(account.username())
			.password(account.passwordHash())
			.roles(account.roles().stream().map(Role::name).toArray(String[]::new))
			.disabled(!account.active() || (account.demo() && !demoMode))
			.build();
	}

}
