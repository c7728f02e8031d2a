package org.onthaal.space;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.onthaal.base.i18n.Translations;
import org.onthaal.base.text.TypedName;

/**
 * What a manager enters for a corner, made as {@link TypedName} makes typed names (NFC,
 * white space runs one space); blank translations are left out.
 */
public record ZoneForm(String name, Map<String, String> labels, ZoneKind kind, int capacity, String pictogram,
		boolean active) {

	public static final int NAME_MAX = 80;

	public static final int CAPACITY_MIN = 1;

	public static final int CAPACITY_MAX = 200;

	public ZoneForm {
		name = TypedName.normalise(name);
		TreeMap<String, String> kept = new TreeMap<>();
		labels.forEach((language, label) -> {
			String typed = label == null ? "" : TypedName.normalise(label);
			if (!typed.isEmpty()) {
				kept.put(language, typed);
			}
		});
		labels = Map.copyOf(kept);
	}

	void validate() {
		if (name.isEmpty() || name.length() > NAME_MAX
				|| labels.values().stream().anyMatch(label -> label.length() > NAME_MAX)) {
			throw new SpaceRuleException("space.zones.error.name");
		}
		if (TypedName.hidesSomething(name) || labels.values().stream().anyMatch(TypedName::hidesSomething)) {
			throw new SpaceRuleException(SpaceRuleException.HIDDEN_CHARACTERS);
		}
		if (!labels.keySet()
			.stream()
			.allMatch(language -> Translations.SCREEN_LANGUAGES.contains(Locale.forLanguageTag(language)))) {
			throw new SpaceRuleException("space.zones.error.name");
		}
		if (capacity < CAPACITY_MIN || capacity > CAPACITY_MAX) {
			throw new SpaceRuleException("space.zones.error.capacity");
		}
		if (!PictogramSet.contains(pictogram)) {
			throw new SpaceRuleException("space.zones.error.pictogram");
		}
	}

}
