package org.onthaal.checkin.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The bare address is the door: it opens the kiosk. Staff go to /host. */
@Route("")
@AnonymousAllowed
public class StartView extends Div implements BeforeEnterObserver {

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		event.forwardTo(KioskView.class);
	}

}
