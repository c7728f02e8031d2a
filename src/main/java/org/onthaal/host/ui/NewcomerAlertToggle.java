package org.onthaal.host.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * A soft chime and a short buzz (where the device has one) when a new family arrives
 * while the board is open: for a host who is pouring coffee with their back to the
 * tablet. Off until a host turns it on, and set per device (in the browser's
 * localStorage), not per person: one tablet on the counter may chime, the phone in a
 * pocket not. The sound is made in the browser
 * ({@code scripts/onthaal-newcomer-alert.js}), no audio file.
 */
// context://: served as it is from META-INF/resources, without a front-end build
@JavaScript("context://scripts/onthaal-newcomer-alert.js")
@StyleSheet("styles/host-check-out.css")
class NewcomerAlertToggle extends Button {

	/** Every call guards against the script not being there: then it stays silent. */
	private static final String ALERT = "window.onthaalNewcomerAlert";

	private boolean on;

	NewcomerAlertToggle() {
		setId("host-newcomer-alert");
		addClassName("newcomer-alert-toggle");
		addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_TERTIARY);
		getElement().setAttribute("aria-label", getTranslation("host.newcomerAlert.label"));
		show(false);
		addClickListener(event -> {
			show(!on);
			getElement().executeJs(ALERT + " && " + ALERT + ".store($0)", on);
			if (on) {
				// the host hears what it sounds like; this tap also lets the browser play
				// sound on this page from now on
				chime();
			}
		});
	}

	@Override
	protected void onAttach(AttachEvent attachEvent) {
		// the device's own setting; off when the browser keeps nothing
		getElement().executeJs("return !!(" + ALERT + " && " + ALERT + ".isOn())").then(Boolean.class, this::show);
	}

	boolean isOn() {
		return on;
	}

	/** New families just arrived on the open board: chime, when this device wants it. */
	void newcomersArrived() {
		if (on) {
			chime();
		}
	}

	private void chime() {
		getElement().executeJs(ALERT + " && " + ALERT + ".chime()");
	}

	private void show(boolean alertOn) {
		on = alertOn;
		setIcon((alertOn ? VaadinIcon.BELL : VaadinIcon.BELL_SLASH).create());
		getElement().setAttribute("aria-pressed", Boolean.toString(alertOn));
		String state = getTranslation(alertOn ? "host.newcomerAlert.on" : "host.newcomerAlert.off");
		getElement().setAttribute("title", state);
		getElement().setAttribute("data-state", alertOn ? "on" : "off");
	}

}
