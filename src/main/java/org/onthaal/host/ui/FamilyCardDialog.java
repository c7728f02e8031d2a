package org.onthaal.host.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.onthaal.base.ui.Pictograms;
import org.onthaal.base.ui.QrCode;
import org.onthaal.family.FamilyCard;

/**
 * A family's card to print: QR code, pictogram and digits, and the nickname, nothing
 * else.
 */
class FamilyCardDialog extends Dialog {

	FamilyCardDialog(String nickname, FamilyCard card, boolean reissued) {
		setId("card-dialog");
		addClassName("card-dialog");
		setHeaderTitle(getTranslation("host.card.title", nickname));
		Image qr = new Image(QrCode.svgDataUrl(card.token()), getTranslation("host.card.title", nickname));
		qr.addClassName("card-qr");
		Icon pictogram = Pictograms.icon(card.pictogram());
		pictogram.addClassName("card-pictogram");
		Span digits = new Span(card.digits());
		digits.addClassName("card-digits");
		Div face = new Div(qr, new Div(pictogram, digits), new Span(nickname));
		face.setId("printable-card");
		face.addClassNames("family-card-face", "printable-card");
		add(face);
		if (reissued) {
			add(new Paragraph(getTranslation("host.card.note")));
		}
		Button print = new Button(getTranslation("host.card.print"), VaadinIcon.PRINT.create(),
				event -> getElement().executeJs("window.print()"));
		print.setId("card-print");
		print.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Button close = new Button(getTranslation("host.assist.close"), event -> close());
		close.setId("card-close");
		getFooter().add(close, print);
	}

}
