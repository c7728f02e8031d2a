package org.onthaal.staff.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.onthaal.base.security.CurrentUser;
import org.onthaal.base.security.StaffRoles;

import org.springframework.stereotype.Component;

/**
 * Someone who gave the password but still owes the code goes to the code form on every
 * navigation inside the app (the security filter does the same for pages the browser
 * opens). Their session has no staff role, so other screens would refuse them anyway;
 * this takes them where they can go on.
 */
@Component
class SecondStepGuard implements VaadinServiceInitListener {

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
	}

	private void check(BeforeEnterEvent event) {
		Class<?> target = event.getNavigationTarget();
		if (target != SecondStepView.class && target != LoginView.class
				&& CurrentUser.hasRole(StaffRoles.SECOND_STEP)) {
			event.forwardTo(SecondStepView.class);
		}
	}

}
