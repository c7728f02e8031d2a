package org.onthaal.space;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.onthaal.base.i18n.Translations;
import org.onthaal.base.text.TypedName;

/**
 * What a manager enters for an interest, labels made as {@link TypedName} makes typed
 * names; a blank label means "use the built-in one".
 */
public record InterestForm(String pictogram, Map<String, String> labels, boolean active) {

	public static final int LABEL_MAX = 60;

	public InterestForm {
		TreeMap<String, String> kept = new TreeMap<>();
		labels.forEach((language, label) -> {
			String typed = label == null ? "" : TypedName.normalise(label);
			if (!typed.isEmpty()) {
				kept.put(language, typed);
			}
		});
		labels = Map.copyOf(kept);
	}

	void validate(boolean builtIn) {
		if (!PictogramSet.contains(pictogram)) {
			throw new SpaceRuleException("space.interests.error.pictogram");
		}
		if (!builtIn && labels.isEmpty()) {
			throw new SpaceRuleException("space.interests.error.label");
		}
		if (labels.values().stream().anyMatch(label -> label.length() > LABEL_MAX) || !labels.keySet()
			.stream()
			.allMatch(language -> Translations.SCREEN_LANGUAGES.contains(Locale.forLanguageTag(language)))) {
			throw new SpaceRuleException("space.interests.error.labelLength");
		}
		if (labels.values().stream().anyMatch(TypedName::hidesSomething)) {
			throw new SpaceRuleException(SpaceRuleException.HIDDEN_CHARACTERS);
		}
	}

}
