package org.onthaal.host.ui;

import java.util.function.IntSupplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;

/**
 * "Everyone out" at closing time, for a place that does not wait for the automatic
 * check-out: it says how many families it will check out and asks first.
 */
@StyleSheet("styles/host-check-out.css")
class EveryoneOutButton extends Button {

	/**
	 * {@code present} counts the families here now; {@code checkOutEveryone} checks them
	 * out and returns how many it did (a family arriving while the question shows counts
	 * too, so the note afterwards tells the true number).
	 */
	EveryoneOutButton(IntSupplier present, IntSupplier checkOutEveryone) {
		setText(getTranslation("host.everyoneOut.button"));
		setIcon(VaadinIcon.EXIT.create());
		setId("host-everyone-out");
		addClassName("everyone-out-button");
		addClickListener(event -> {
			int families = present.getAsInt();
			if (families == 0) {
				Notification.show(getTranslation("host.everyoneOut.nobody"));
				return;
			}
			new CheckOutConfirmation("everyone-out-dialog", getTranslation("host.everyoneOut.title"),
					getTranslation("host.everyoneOut.text", families), getTranslation("host.everyoneOut.yes"),
					getTranslation("host.everyoneOut.no"),
					() -> Notification.show(getTranslation("host.everyoneOut.done", checkOutEveryone.getAsInt())))
				.open();
		});
	}

}
