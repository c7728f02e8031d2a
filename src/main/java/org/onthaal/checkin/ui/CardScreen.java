package org.onthaal.checkin.ui;

import org.onthaal.base.ui.Speech;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import org.onthaal.base.ui.QrCode;
import org.onthaal.family.FamilyCard;

/**
 * The new family's card, shown once: a QR code and the short code (pictogram + four
 * digits).
 */
class CardScreen extends Div implements LocaleChangeObserver {

	private final Prompt prompt = new Prompt("kiosk-card-title");

	private final Paragraph text = new Paragraph();

	private final Image qr;

	private final Button next = new Button();

	/** The card comes out of the printer, so the text says to keep it. */
	private boolean printed;

	CardScreen(FamilyCard card, Runnable onContinue) {
		addClassName("card-screen");
		qr = new Image(QrCode.svgDataUrl(card.token()), "");
		qr.setId("kiosk-card-qr");
		qr.addClassName("card-qr");
		Div code = CardCode.of(card, "card");
		code.setId("kiosk-card-code");
		code.getElement().setAttribute("data-pictogram", card.pictogram());
		code.getElement().setAttribute("data-digits", card.digits());
		Div cardFace = new Div(qr, code);
		cardFace.addClassName("family-card-face");
		text.addClassName("card-text");
		next.setId("kiosk-card-continue");
		next.addClassName("confirm-button");
		next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		next.addClickListener(event -> onContinue.run());
		add(prompt, cardFace, text, next);
	}

	/** The place prints cards at the kiosk: this one comes out of the printer too. */
	void alsoPrint(PrintableCard printable) {
		addComponentAtIndex(2, printable);
		printed = true;
		if (getElement().getNode().isAttached()) {
			showText();
		}
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		prompt.show(getTranslation("kiosk.card.title"), "kiosk.card.title");
		qr.setAlt(getTranslation("kiosk.card.title"));
		showText();
		next.setText(getTranslation("kiosk.card.continue"));
	}

	private void showText() {
		String key = printed ? "kiosk.card.textPrinted" : "kiosk.card.text";
		prompt.alsoSay(List.of(Speech.said(this, key)));
		text.setText(getTranslation(key));
	}

}
