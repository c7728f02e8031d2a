package org.onthaal.kiosk.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.onthaal.kiosk.PairingCodeIssued;

/**
 * Shows a fresh pairing code once, large and in two groups of four, with where to type it
 * and until when. The code is not stored, so closing this is the last time it is seen.
 */
class PairingCodeDialog extends Dialog {

	PairingCodeDialog(PairingCodeIssued issued, String kioskUrl, ZoneId zone) {
		setId("kiosks-code-dialog");
		setHeaderTitle(getTranslation("office.kiosks.code.title", issued.deviceName()));
		Div code = new Div(issued.grouped());
		code.setId("kiosks-code");
		code.addClassName("kiosks-code");
		code.getElement().setAttribute("data-code", issued.code());
		code.getElement().setAttribute("aria-label", String.join(" ", issued.code().split("")));
		String until = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
			.withLocale(getLocale())
			.withZone(zone)
			.format(issued.expiresAt());
		Paragraph howTo = new Paragraph(getTranslation("office.kiosks.code.howTo", kioskUrl));
		howTo.setId("kiosks-code-how");
		Paragraph validUntil = new Paragraph(getTranslation("office.kiosks.code.validUntil", until));
		validUntil.setId("kiosks-code-valid");
		add(code, howTo, validUntil);
		Button close = new Button(getTranslation("office.close"), event -> close());
		close.setId("kiosks-code-close");
		close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		getFooter().add(close);
		addClassName("kiosks-dialog");
	}

}
