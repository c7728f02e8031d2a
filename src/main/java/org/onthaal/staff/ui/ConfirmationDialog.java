package org.onthaal.staff.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.shared.Registration;

/** "Are you sure?" before a change that locks someone out or takes their password. */
class ConfirmationDialog extends Dialog {

	ConfirmationDialog(String title, String text, String confirmLabel) {
		setHeaderTitle(title);
		setId("staff-confirm-dialog");
		add(new Paragraph(text));
		Button confirm = new Button(confirmLabel, event -> {
			close();
			fireEvent(new ConfirmEvent(this));
		});
		confirm.setId("staff-confirm");
		confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
		Button cancel = new Button(getTranslation("office.cancel"), event -> close());
		cancel.setId("staff-confirm-cancel");
		getFooter().add(cancel, confirm);
	}

	Registration addConfirmListener(ComponentEventListener<ConfirmEvent> listener) {
		return addListener(ConfirmEvent.class, listener);
	}

	static class ConfirmEvent extends ComponentEvent<ConfirmationDialog> {

		ConfirmEvent(ConfirmationDialog source) {
			super(source, false);
		}

	}

}
