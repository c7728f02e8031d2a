package org.onthaal.tuning.ui;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * The preview's figures in the manager's language (30,8 % in Dutch). Weights are written
 * as the number field writes them ({@link org.onthaal.tuning.WeightRules#shown}), so a
 * default reads as what to type.
 */
final class Numbers {

	private Numbers() {
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
