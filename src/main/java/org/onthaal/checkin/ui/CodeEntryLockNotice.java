package org.onthaal.checkin.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.onthaal.base.ui.Countdown;

/**
 * Shown on the code screen while five wrong codes keep code entry locked: a pictogram of
 * the host, "ask the host, or wait" in the screen language, and a clock that counts down
 * in the browser and gives code entry back by itself at zero.
 */
@StyleSheet("styles/code-entry-lock.css")
class CodeEntryLockNotice extends Div {

	CodeEntryLockNotice(long seconds, Runnable whenEnded) {
		setId("kiosk-code-locked");
		addClassName("code-entry-lock");
		getElement().setAttribute("role", "status");
		Icon host = VaadinIcon.USER_CLOCK.create();
		host.addClassName("code-entry-lock-pictogram");
		host.getElement().setAttribute("aria-hidden", "true");
		Paragraph text = new Paragraph(getTranslation("kiosk.identify.locked"));
		text.setId("kiosk-code-locked-text");
		Countdown countdown = new Countdown(seconds, whenEnded);
		countdown.setId("kiosk-code-locked-countdown");
		add(host, text, countdown);
	}

}
