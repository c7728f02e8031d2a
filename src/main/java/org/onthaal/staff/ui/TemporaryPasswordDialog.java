package org.onthaal.staff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * Shows a temporary password once, to be handed over in person or by phone; it is kept
 * nowhere but in this dialog while it is open.
 */
class TemporaryPasswordDialog extends Dialog {

	TemporaryPasswordDialog(String displayName, String password) {
		setId("staff-temporary-dialog");
		setHeaderTitle(getTranslation("staff.temporary.title", displayName));
		Span secret = new Span(password);
		secret.setId("staff-temporary-password");
		secret.addClassName("staff-secret");
		add(secret, new Paragraph(getTranslation("staff.temporary.text", displayName)));
		Button close = new Button(getTranslation("office.close"), event -> close());
		close.setId("staff-temporary-close");
		close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		getFooter().add(close);
		setCloseOnOutsideClick(false);
	}

}
