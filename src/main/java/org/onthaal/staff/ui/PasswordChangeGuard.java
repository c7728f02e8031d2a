package org.onthaal.staff.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.onthaal.staff.OwnAccount;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * A staff user signed in with a password a manager set (a new account or a reset) goes to
 * the password screen on every navigation until they chose their own. Checked on each
 * navigation, not only at sign-in, so a reset while someone is signed in applies at their
 * next step. Anonymous visitors (the kiosk) are never checked.
 */
@Component
class PasswordChangeGuard implements VaadinServiceInitListener {

	private final OwnAccount staff;

	PasswordChangeGuard(OwnAccount staff) {
		this.staff = staff;
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
				|| authentication instanceof AnonymousAuthenticationToken) {
			return;
		}
		if (staff.mustChangePassword()) {
			event.forwardTo(ChangePasswordView.class);
		}
	}

}
