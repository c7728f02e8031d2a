package org.onthaal.tuning.ui;

import java.text.NumberFormat;
import java.util.Locale;

/** Numbers as the manager writes them in their language: 2,5 in Dutch, 2.5 in English. */
final class Numbers {

	private Numbers() {
	}

	static String shown(double number, Locale locale) {
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(2);
		return format.format(number);
	}

	static String percent(double share, Locale locale) {
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMinimumFractionDigits(1);
		format.setMaximumFractionDigits(1);
		return format.format(100 * share);
	}

}
