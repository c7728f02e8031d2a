package org.onthaal.host.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/**
 * "Leaves now?" before a check-out from the board: a clear yes and a clear no, and what
 * stays (the family's details and card), so a host does not hesitate to use it.
 */
class CheckOutConfirmation extends Dialog {

	CheckOutConfirmation(String id, String title, String text, String yes, String no, Runnable onYes) {
		setId(id);
		addClassName("check-out-dialog");
		setHeaderTitle(title);
		add(new Paragraph(text));
		Button cancel = new Button(no, event -> close());
		cancel.setId(id + "-no");
		cancel.addClassName("host-dialog-button");
		Button confirm = new Button(yes, event -> {
			close();
			onYes.run();
		});
		confirm.setId(id + "-yes");
		confirm.addClassName("host-dialog-button");
		confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		getFooter().add(cancel, confirm);
	}

}
