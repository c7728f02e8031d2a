package org.onthaal.space;

/**
 * Whether a place's kiosk prints a new family's card, and on which paper: a card printer
 * for credit-card sized cards (ISO/IEC 7810 ID-1), or a 62 mm label printer (the common
 * width of label rolls), cut at 100 mm.
 */
public enum CardPrint {

	OFF(0, 0), CREDIT_CARD(85.6, 54), LABEL_62(62, 100);

	private final double widthMm;

	private final double heightMm;

	CardPrint(double widthMm, double heightMm) {
		this.widthMm = widthMm;
		this.heightMm = heightMm;
	}

	public boolean prints() {
		return this != OFF;
	}

	/** The paper's width, as the print layout's {@code @page} rule gives it. */
	public double widthMm() {
		return widthMm;
	}

	public double heightMm() {
		return heightMm;
	}

}
