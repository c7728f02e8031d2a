package org.onthaal.checkin.ui;

import org.onthaal.base.ui.Speech;
import java.util.List;
import org.onthaal.base.ui.SpeakButton;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.shared.Registration;

/**
 * "Welcome, {nickname}! The coffee is ready." The kiosk goes back to the start by itself
 * after a few seconds, so the next family never sees this one's name.
 */
class WelcomePanel extends Div {

	static final int RETURN_AFTER_MILLIS = 8000;

	WelcomePanel(String id, String message, VaadinIcon icon) {
		addClassName("welcome-panel");
		Icon coffee = icon.create();
		coffee.addClassName("welcome-icon");
		coffee.getElement().setAttribute("aria-hidden", "true");
		H1 greeting = new H1(message);
		greeting.setId(id);
		Button next = new Button(getTranslation("kiosk.next"), event -> fireEvent(new DoneEvent(this)));
		next.setId("kiosk-next");
		next.addClassName("confirm-button");
		next.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
		SpeakButton speak = new SpeakButton();
		speak.setId(id + "-speak");
		speak.setLabels(getTranslation("kiosk.readAloud"), getTranslation("kiosk.readAloud.unavailable"));
		speak.say(List.of(Speech.words(this, message)));
		Div line = new Div(greeting, speak);
		line.addClassName("kiosk-prompt");
		add(coffee, line, next);
		// the timer runs in the browser: one tap on "next" after the delay, or earlier by
		// the family
		next.getElement()
			.executeJs("setTimeout(() => { if (this.isConnected) this.click(); }, $0)", RETURN_AFTER_MILLIS);
	}

	Registration addDoneListener(ComponentEventListener<DoneEvent> listener) {
		return addListener(DoneEvent.class, listener);
	}

	static class DoneEvent extends ComponentEvent<WelcomePanel> {

		DoneEvent(WelcomePanel source) {
			super(source, false);
		}

	}

}
