package org.onthaal.host.ui;

import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.jspecify.annotations.Nullable;
import org.onthaal.base.ui.Pictograms;
import org.onthaal.base.ui.QrCode;
import org.onthaal.family.CardCode;
import org.onthaal.family.FamilyCard;

/**
 * A family's card: pictogram and digits, and the nickname, nothing else. Opening it
 * changes nothing; the QR code shows only when it was just made (a new family, or a new
 * QR code the host asked for and confirmed), since only its hash is kept. Then it can be
 * printed.
 */
class FamilyCardDialog extends Dialog {

	private final String nickname;

	private final Div face = new Div();

	private final Div notes = new Div();

	private final Button print = new Button();

	/** A card just issued, QR code included. */
	static FamilyCardDialog issued(String nickname, FamilyCard card) {
		FamilyCardDialog dialog = new FamilyCardDialog(nickname, null);
		dialog.showIssued(card);
		return dialog;
	}

	/**
	 * A family's card as it is; {@code newQrCode} makes a new QR code, called only after
	 * the host confirmed that the old one stops working.
	 */
	static FamilyCardDialog existing(String nickname, @Nullable CardCode code, Supplier<FamilyCard> newQrCode) {
		FamilyCardDialog dialog = new FamilyCardDialog(nickname, newQrCode);
		dialog.showFace(null, code);
		return dialog;
	}

	private FamilyCardDialog(String nickname, @Nullable Supplier<FamilyCard> newQrCode) {
		this.nickname = nickname;
		setId("card-dialog");
		addClassName("card-dialog");
		setHeaderTitle(getTranslation("host.card.title", nickname));
		face.setId("printable-card");
		face.addClassNames("family-card-face", "printable-card");
		add(face, notes);
		Button close = new Button(getTranslation("host.assist.close"), event -> close());
		close.setId("card-close");
		close.addClassName("host-dialog-button");
		getFooter().add(close);
		if (newQrCode != null) {
			Button newQr = new Button(getTranslation("host.card.newQr"), VaadinIcon.QRCODE.create());
			newQr.setId("card-new-qr");
			newQr.addClassName("host-dialog-button");
			newQr.addClickListener(event -> new NewQrCodeDialog(nickname, () -> {
				newQr.setVisible(false);
				showIssued(newQrCode.get());
				notes.add(new Paragraph(getTranslation("host.card.note")));
			}).open());
			getFooter().add(newQr);
		}
		print.setText(getTranslation("host.card.print"));
		print.setIcon(VaadinIcon.PRINT.create());
		print.addClickListener(event -> getElement().executeJs("window.print()"));
		print.setId("card-print");
		print.addClassName("host-dialog-button");
		print.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		print.setVisible(false);
		getFooter().add(print);
	}

	private void showIssued(FamilyCard card) {
		showFace(card.token(), new CardCode(card.pictogram(), card.digits()));
		print.setVisible(true);
	}

	private void showFace(@Nullable String token, @Nullable CardCode code) {
		face.removeAll();
		if (token != null) {
			Image qr = new Image(QrCode.svgDataUrl(token), getTranslation("host.card.title", nickname));
			qr.addClassName("card-qr");
			face.add(qr);
		}
		if (code != null) {
			Icon pictogram = Pictograms.icon(code.pictogram());
			pictogram.addClassName("card-pictogram");
			Span digits = new Span(code.digits());
			digits.addClassName("card-digits");
			face.add(new Div(pictogram, digits));
		}
		face.add(new Span(nickname));
	}

}
