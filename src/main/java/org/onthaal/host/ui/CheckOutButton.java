package org.onthaal.host.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import org.onthaal.host.PresentFamily;

/**
 * Checks one family out from the board, for a family that leaves without passing the
 * kiosk. It asks first; only today's visit ends, the family's details and card stay.
 */
@StyleSheet("styles/host-check-out.css")
class CheckOutButton extends Button {

	/** {@code checkOut} ends the visit; it runs only once the host said yes. */
	CheckOutButton(PresentFamily family, Runnable checkOut) {
		setText(getTranslation("host.checkOut.button"));
		setIcon(VaadinIcon.EXIT_O.create());
		setId("check-out-" + family.familyId());
		addClassName("check-out-button");
		addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		// the visible word is short; a screen reader also hears whose card it is on
		getElement().setAttribute("aria-label", getTranslation("host.checkOut.label", family.nickname()));
		addClickListener(event -> new CheckOutConfirmation("check-out-dialog",
				getTranslation("host.checkOut.title", family.nickname()), getTranslation("host.checkOut.text"),
				getTranslation("host.checkOut.yes"), getTranslation("host.checkOut.no"), () -> {
					checkOut.run();
					Notification.show(getTranslation("host.checkOut.done", family.nickname()));
				})
			.open());
	}

}
