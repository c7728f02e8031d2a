package org.onthaal.space;

import java.util.Map;
import java.util.function.UnaryOperator;

import org.onthaal.base.i18n.OwnWording;
import org.onthaal.base.i18n.Translations;

/**
 * An entry of the interest catalogue as the back office edits it. Built-in interests have
 * a label in the bundles ({@code interest.<code>}); {@code labels} holds the manager's
 * own wording per language, which wins.
 */
public record CatalogueInterest(long id, String code, String pictogram, Map<String, String> labels, boolean active,
		int sortOrder) {

	public CatalogueInterest {
		labels = Map.copyOf(labels);
	}

	public String bundleKey() {
		return "interest." + code;
	}

	public boolean builtIn() {
		return Translations.has(bundleKey());
	}

	public String label(String language, String defaultLanguage, UnaryOperator<String> bundle) {
		return OwnWording.pick(labels, language, bundleKey(), defaultLanguage, bundle);
	}

	public InterestForm toForm() {
		return new InterestForm(pictogram, labels, active);
	}

}
