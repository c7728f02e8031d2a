package org.onthaal.browser;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.DecodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.onthaal.family.FamilyCard;
import org.onthaal.space.CardPrint;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.onthaal.db.Tables.FAMILY;
import static org.onthaal.db.Tables.LOCATION;

/**
 * The card as the kiosk prints it: Chromium renders the card screen with print media to a
 * PDF (as {@code --kiosk-printing} sends it to the printer). It must be one page of the
 * card's or label's size, and its QR code must scan to the family's card.
 */
class KioskCardPrintIT extends BrowserTestBase {

	private static final double MM_PER_POINT = 25.4 / 72;

	private static final int RENDER_DPI = 300;

	/** Counts the kiosk's print requests instead of opening a print dialog. */
	private static final String COUNT_PRINTS = "window.__printCalls = 0; window.print = () => { window.__printCalls++; };";

	@ParameterizedTest
	@EnumSource(value = CardPrint.class, names = { "CREDIT_CARD", "LABEL_62" })
	void thePrintedCardIsOnePageOfThePrintersSizeAndItsQrScansToTheFamily(CardPrint paper) throws IOException {
		dsl.update(LOCATION).set(LOCATION.KIOSK_CARD_PRINT, paper.name()).where(LOCATION.ID.eq(locationId)).execute();
		// the card printer's kiosk in landscape, the label printer's in portrait
		KioskPage kiosk = new KioskPage(paper == CardPrint.CREDIT_CARD ? newKiosk(1280, 800) : newKiosk(800, 1280));
		Page page = kiosk.page();
		page.addInitScript(COUNT_PRINTS);
		page.navigate(url("kiosk"));
		kiosk.startIn("nl", "new");
		// Arabic nicknames: printed right to left next to the Latin place name; on the
		// small card a long one, which must wrap and stay on the card
		String nickname = paper == CardPrint.CREDIT_CARD ? "عائلة أمل وسارة من حلب الشهباء" : "أمل";
		kiosk.fillNewFamily(nickname, List.of("ar", "nl"), List.of());
		kiosk.tap("kiosk-confirm");

		assertThat(page.locator("#kiosk-card-printing")).isVisible();
		assertThat(page.locator("#kiosk-print-sheet")).isHidden();
		page.waitForFunction("() => window.__printCalls >= 1");
		assertThat((Boolean) page.evaluate("() => document.documentElement.scrollHeight <= innerHeight"))
			.as("the card screen with its printing line fits without scrolling")
			.isTrue();
		String name = "kiosk-print-" + paper.name().toLowerCase(Locale.ROOT);
		screenshot(page, name + "-screen");

		page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
		byte[] pdf = page.pdf(new Page.PdfOptions().setPreferCSSPageSize(true).setPrintBackground(true));
		Path pdfFile = Path.of("target", "screenshots", name + ".pdf");
		Files.createDirectories(pdfFile.getParent());
		Files.write(pdfFile, pdf);

		var family = dsl.selectFrom(FAMILY).fetchSingle();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).as("pages").isEqualTo(1);
			PDRectangle box = document.getPage(0).getMediaBox();
			double widthMm = box.getWidth() * MM_PER_POINT;
			double heightMm = box.getHeight() * MM_PER_POINT;
			System.out.printf("PRINTED CARD %s: %.2f x %.2f mm, one page%n", paper, widthMm, heightMm);
			assertThat(widthMm).as("page width (mm)").isCloseTo(paper.widthMm(), within(0.5));
			assertThat(heightMm).as("page height (mm)").isCloseTo(paper.heightMm(), within(0.5));

			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains(family.getCardDigits(), "Baboes");

			BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, RENDER_DPI);
			ImageIO.write(image, "png", Path.of("target", "screenshots", name + ".png").toFile());
			Result qr = decodeQr(image);
			assertThat(FamilyCard.hash(qr.getText())).as("the printed QR is this family's card")
				.isEqualTo(family.getCardTokenHash());
			double finderDistancePx = Math.hypot(qr.getResultPoints()[1].getX() - qr.getResultPoints()[2].getX(),
					qr.getResultPoints()[1].getY() - qr.getResultPoints()[2].getY());
			System.out.printf("PRINTED QR %s: finder centres %.1f mm apart%n", paper,
					finderDistancePx / RENDER_DPI * 25.4);
		}
		page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));
		assertThat((Integer) page.evaluate("() => window.__printCalls")).as("print requests").isEqualTo(1);
	}

	private static Result decodeQr(BufferedImage image) {
		int width = image.getWidth();
		int height = image.getHeight();
		int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
		BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels)));
		Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
		hints.put(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));
		hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
		try {
			return new QRCodeReader().decode(bitmap, hints);
		}
		catch (NotFoundException | ChecksumException | FormatException ex) {
			throw new AssertionError("No readable QR code on the printed card", ex);
		}
	}

}
