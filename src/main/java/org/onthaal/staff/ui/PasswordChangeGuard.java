package org.onthaal.staff.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.onthaal.base.security.CurrentUser;
import org.onthaal.base.security.StaffRoles;
import org.onthaal.staff.OwnAccount;
import org.onthaal.staff.TwoFactorEnrolment;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * A staff user signed in with a password a manager set (a new account or a reset) goes to
 * the password screen on every navigation until they chose their own. Checked on each
 * navigation, not only at sign-in, so a reset while someone is signed in applies at their
 * next step. Anonymous visitors (the kiosk) are never checked. The same holds for a
 * manager of a place that requires two-step sign-in, until they switched it on.
 */
@Component
class PasswordChangeGuard implements VaadinServiceInitListener {

	private final OwnAccount staff;

	private final TwoFactorEnrolment twoFactor;

	PasswordChangeGuard(OwnAccount staff, TwoFactorEnrolment twoFactor) {
		this.staff = staff;
		this.twoFactor = twoFactor;
	}

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
	}

	private void check(BeforeEnterEvent event) {
		Class<?> target = event.getNavigationTarget();
		if (target == ChangePasswordView.class || target == LoginView.class) {
			return;
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken
				|| CurrentUser.hasRole(StaffRoles.SECOND_STEP)) {
			return;
		}
		if (staff.mustChangePassword() || twoFactor.mustEnrol()) {
			event.forwardTo(ChangePasswordView.class);
		}
	}

}
