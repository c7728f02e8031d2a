package org.onthaal.checkin.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.onthaal.base.security.CurrentUser;
import org.onthaal.staff.Role;

/**
 * The bare address is the door: it opens the kiosk. Staff who just signed in land here
 * too, and go on to their own screen: managers to the back office, hosts to the board.
 */
@Route("")
@AnonymousAllowed
public class StartView extends Div implements BeforeEnterObserver {

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		if (CurrentUser.hasRole(Role.MANAGER_NAME)) {
			event.forwardTo("office");
		}
		else if (CurrentUser.hasRole(Role.HOST_NAME)) {
			event.forwardTo("host");
		}
		else {
			event.forwardTo(KioskView.class);
		}
	}

}
