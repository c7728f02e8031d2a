package org.onthaal.insights.ui;

import java.text.NumberFormat;
import java.util.Locale;

import com.vaadin.flow.i18n.I18NProvider;

/**
 * The bundles in one language, for code that draws charts and builds figure tables
 * outside a component.
 */
record Texts(I18NProvider provider, Locale locale) {

	String t(String key, Object... params) {
		return provider.getTranslation(key, locale, params);
	}

	String number(double value, int maxDecimals) {
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(maxDecimals);
		return format.format(value);
	}

	/** A share of 0..1 as a percentage with at most one decimal, e.g. "37,5 %". */
	String percent(double share) {
		NumberFormat format = NumberFormat.getPercentInstance(locale);
		format.setMaximumFractionDigits(1);
		return format.format(share);
	}

	/** "3 of 8 (37.5 %)", or "0 of 0" when there is nothing to share. */
	String share(int part, int whole) {
		return whole == 0 ? t("insights.shareOfNone", part, whole)
				: t("insights.shareOf", part, whole, percent((double) part / whole));
	}

}
