package org.onthaal.checkin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;

/**
 * "Are you still there?" with the seconds left counting down and one big "I need more
 * time"; unanswered, the kiosk starts over.
 */
class IdleWarning extends Dialog {

	/**
	 * Counts down in the browser from the same grace the server's timer uses, so what the
	 * family sees is what happens.
	 */
	private static final String COUNT_DOWN = """
			const el = $0; const end = Date.now() + $1;
			const tick = () => {
			  if (!el.isConnected) { clearInterval(el.__countdown); return; }
			  el.textContent = String(Math.max(0, Math.ceil((end - Date.now()) / 1000)));
			};
			clearInterval(el.__countdown);
			el.__countdown = setInterval(tick, 250);
			tick();
			""";

	IdleWarning(int graceMillis, Runnable moreTime) {
		addClassName("idle-warning");
		setCloseOnOutsideClick(true);
		H2 title = new H2(getTranslation("kiosk.idle.title"));
		title.setId("kiosk-idle-title");
		Span countdown = new Span(Integer.toString(graceMillis / 1000));
		countdown.setId("kiosk-idle-countdown");
		countdown.addClassName("idle-countdown");
		// a number read out every second would drown the question
		countdown.getElement().setAttribute("aria-live", "off");
		countdown.getElement().executeJs(COUNT_DOWN, countdown.getElement(), graceMillis);
		Button more = new Button(getTranslation("kiosk.idle.more"), event -> moreTime.run());
		more.setId("kiosk-idle-more");
		more.addClassName("confirm-button");
		more.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		add(title, countdown, more);
		// tapping anywhere counts as "still here" too
		addDialogCloseActionListener(event -> moreTime.run());
	}

}
