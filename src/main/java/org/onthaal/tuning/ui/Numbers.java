package org.onthaal.tuning.ui;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * Numbers on the tuning screen. A weight is written as the number field writes it (2.5,
 * in every language), so a default reads as what to type; figures read in the manager's
 * language (30,8 % in Dutch).
 */
final class Numbers {

	private Numbers() {
	}

	static String typed(double number) {
		return number == Math.rint(number) ? Long.toString((long) number)
				: java.math.BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
	}

	static String shown(double number, Locale locale) {
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(1);
		return format.format(number);
	}

	static String percent(double share, Locale locale) {
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMinimumFractionDigits(1);
		format.setMaximumFractionDigits(1);
		return format.format(100 * share);
	}

}
