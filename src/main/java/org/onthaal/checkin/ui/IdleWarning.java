package org.onthaal.checkin.ui;

import java.util.List;
import com.vaadin.flow.component.html.Div;
import org.onthaal.base.ui.SpeakButton;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H2;

/**
 * "Are you still there?" with one big "I need more time"; unanswered, the kiosk starts
 * over.
 */
class IdleWarning extends Dialog {

	IdleWarning(Runnable moreTime) {
		addClassName("idle-warning");
		setCloseOnOutsideClick(true);
		H2 title = new H2(getTranslation("kiosk.idle.title"));
		title.setId("kiosk-idle-title");
		Button more = new Button(getTranslation("kiosk.idle.more"), event -> moreTime.run());
		more.setId("kiosk-idle-more");
		more.addClassName("confirm-button");
		more.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		SpeakButton speak = new SpeakButton();
		speak.setId("kiosk-idle-speak");
		speak.setLabels(getTranslation("kiosk.readAloud"), getTranslation("kiosk.readAloud.unavailable"));
		speak.say(List.of(Speech.said(this, "kiosk.idle.title"), Speech.said(this, "kiosk.idle.more")));
		Div line = new Div(title, speak);
		line.addClassName("kiosk-prompt");
		add(line, more);
		// tapping anywhere counts as "still here" too
		addDialogCloseActionListener(event -> moreTime.run());
	}

}
