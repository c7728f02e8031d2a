package org.onthaal.checkin.ui;

import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import org.onthaal.base.ui.QrCode;
import org.onthaal.checkin.CheckIn;
import org.onthaal.family.FamilyCard;
import org.onthaal.space.CardPrint;
import org.onthaal.space.LocationService;
import org.onthaal.space.LocationSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;

/**
 * The new family's card as it comes out of the kiosk's printer: a sheet that only print
 * media shows (QR, pictogram, digits, nickname, the place's name), sized for the place's
 * card or label printer, and a line on screen that it is being printed. It asks the
 * browser to print once, when it first shows; Chromium started with
 * {@code --kiosk-printing} (kiosk-setup {@code --printer}) prints without a dialog.
 */
@StyleSheet("styles/kiosk-print.css")
class PrintableCard extends Div implements LocaleChangeObserver {

	/**
	 * Prints when the QR image is decoded (a blank square otherwise), and never twice for
	 * the same card in this page, even if the screen is built again.
	 */
	private static final String PRINT_WHEN_READY = """
			const sheet = $0; const key = $1;
			if (window.__onthaalPrintedCard === key) return;
			window.__onthaalPrintedCard = key;
			const qr = sheet.querySelector('img');
			const ready = qr && qr.decode ? qr.decode().catch(() => {}) : Promise.resolve();
			ready.then(() => requestAnimationFrame(() => window.print()));
			""";

	private static final Logger log = LoggerFactory.getLogger(PrintableCard.class);

	private final Paragraph notice = new Paragraph();

	private final Div sheet = new Div();

	private final String printKey;

	private boolean printRequested;

	/**
	 * The new family's card to print, if the place prints cards at the kiosk. Read now,
	 * so a change in the back office applies to the next family. The family is stored
	 * already: a database that went away just now costs the printout, not the card on
	 * screen.
	 */
	static Optional<PrintableCard> ifPlacePrints(LocationService locations, LocationSummary place, CheckIn checkIn) {
		FamilyCard card = checkIn.card();
		if (card == null) {
			return Optional.empty();
		}
		CardPrint paper;
		try {
			paper = locations.cardPrint(place.id());
		}
		catch (DataAccessException | TransactionException ex) {
			log.warn("Kiosk could not read whether to print the card: {}", ex.getMessage());
			return Optional.empty();
		}
		return paper.prints() ? Optional.of(new PrintableCard(card, checkIn.nickname(), place.name(), paper))
				: Optional.empty();
	}

	PrintableCard(FamilyCard card, String nickname, String placeName, CardPrint paper) {
		if (!paper.prints()) {
			throw new IllegalArgumentException("A place that prints no cards has no printable card");
		}
		// the token is unique to this card: its hash tells this print from any other
		printKey = FamilyCard.hash(card.token());
		addClassName("kiosk-print");
		notice.setId("kiosk-card-printing");
		notice.addClassName("kiosk-card-printing");
		sheet.setId("kiosk-print-sheet");
		sheet.addClassNames("kiosk-print-sheet",
				"kiosk-print-" + paper.name().toLowerCase(Locale.ROOT).replace('_', '-'));
		sheet.getElement().setAttribute("data-paper", paper.name());
		sheet.getElement().setAttribute("aria-hidden", "true");

		Image qr = new Image(QrCode.svgDataUrl(card.token()), "");
		qr.addClassName("kiosk-print-qr");
		Div code = CardCode.of(card, "kiosk-print");
		// a nickname or place in Arabic script runs right to left, whatever the screen
		// language
		Span name = new Span(nickname);
		name.addClassName("kiosk-print-nickname");
		name.getElement().setAttribute("dir", "auto");
		Span place = new Span(placeName);
		place.addClassName("kiosk-print-place");
		place.getElement().setAttribute("dir", "auto");
		Div text = new Div(code, name, place);
		text.addClassName("kiosk-print-text");
		sheet.add(qr, text);
		add(notice, sheet);
	}

	@Override
	protected void onAttach(AttachEvent attachEvent) {
		if (!printRequested) {
			printRequested = true;
			sheet.getElement().executeJs(PRINT_WHEN_READY, sheet.getElement(), printKey);
		}
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		notice.setText(getTranslation("kiosk.card.printing"));
	}

}
