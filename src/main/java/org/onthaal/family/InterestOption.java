package org.onthaal.family;

import java.util.Map;
import java.util.function.UnaryOperator;

import org.onthaal.base.i18n.OwnWording;

/**
 * An interest from the catalogue; {@code labels} holds a manager's own wording per
 * language, if any, which wins over the built-in label.
 */
public record InterestOption(long id, String code, String pictogram, Map<String, String> labels) {

	/**
	 * The label in {@code language}: the manager's wording, the built-in label, the
	 * manager's wording in the place's default language, any of their wordings.
	 */
	public String label(String language, String defaultLanguage, UnaryOperator<String> bundle) {
		return OwnWording.pick(labels, language, "interest." + code, defaultLanguage, bundle);
	}

}
