package org.onthaal.kiosk.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import org.onthaal.kiosk.KioskDevice;

/** "Revoke this kiosk?": revoking cannot be undone, so it is asked first. */
class RevokeKioskDialog extends Dialog {

	RevokeKioskDialog(KioskDevice device, Runnable onRevoke) {
		setId("kiosks-revoke-dialog");
		setHeaderTitle(getTranslation("office.kiosks.revoke.title", device.name()));
		add(new Paragraph(getTranslation("office.kiosks.revoke.text")));
		Button cancel = new Button(getTranslation("office.cancel"), event -> close());
		cancel.setId("kiosks-revoke-cancel");
		Button revoke = new Button(getTranslation("office.kiosks.revoke"), event -> {
			close();
			onRevoke.run();
		});
		revoke.setId("kiosks-revoke-confirm");
		revoke.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
		getFooter().add(cancel, revoke);
		addClassName("kiosks-dialog");
	}

}
