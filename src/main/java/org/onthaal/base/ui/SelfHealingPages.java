package org.onthaal.base.ui;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import org.springframework.stereotype.Component;

/**
 * A kiosk stands alone at a door: after a server restart or an expired session it must
 * come back by itself, never wait behind a technical dialog nobody will click. With these
 * notifications off, Vaadin reloads the page instead, and the kiosk starts again at its
 * welcome screen.
 */
@Component
class SelfHealingPages implements VaadinServiceInitListener {

	@Override
	public void serviceInit(ServiceInitEvent event) {
		CustomizedSystemMessages messages = new CustomizedSystemMessages();
		messages.setSessionExpiredNotificationEnabled(false);
		messages.setInternalErrorNotificationEnabled(false);
		messages.setSyncErrorNotificationEnabled(false);
		messages.setCookiesDisabledNotificationEnabled(false);
		event.getSource().setSystemMessagesProvider(info -> messages);
	}

}
