package org.onthaal.host.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/**
 * "Make a new QR code?": the card the family has stops working at once, so it is asked
 * first.
 */
class NewQrCodeDialog extends Dialog {

	NewQrCodeDialog(String nickname, Runnable onConfirm) {
		setId("card-new-qr-dialog");
		setHeaderTitle(getTranslation("host.card.newQr.title", nickname));
		add(new Paragraph(getTranslation("host.card.newQr.text")));
		Button cancel = new Button(getTranslation("host.card.newQr.cancel"), event -> close());
		cancel.setId("card-new-qr-cancel");
		cancel.addClassName("host-dialog-button");
		Button confirm = new Button(getTranslation("host.card.newQr.confirm"), event -> {
			close();
			onConfirm.run();
		});
		confirm.setId("card-new-qr-confirm");
		confirm.addClassName("host-dialog-button");
		confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
		getFooter().add(cancel, confirm);
	}

}
