package org.onthaal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;

/**
 * A big button that stays pressed when tapped: how a parent picks a language or an
 * interest with one thumb. The pressed state is exposed to screen readers with
 * aria-pressed, not only by colour.
 */
public class ToggleChip extends Button {

	private boolean pressed;

	public ToggleChip(String text) {
		super(text);
		addClassName("toggle-chip");
		addClickListener(event -> setPressed(!pressed));
		setPressed(false);
	}

	public ToggleChip(String text, Component icon) {
		this(text);
		setIcon(icon);
	}

	public boolean isPressed() {
		return pressed;
	}

	public void setPressed(boolean pressed) {
		this.pressed = pressed;
		getElement().setAttribute("aria-pressed", Boolean.toString(pressed));
		setClassName("pressed", pressed);
	}

}
