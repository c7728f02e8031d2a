package org.onthaal.space;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.onthaal.base.i18n.Translations;

/** What a manager enters for a corner. Blank translations are left out. */
public record ZoneForm(String name, Map<String, String> labels, ZoneKind kind, int capacity, String pictogram,
		boolean active) {

	public static final int NAME_MAX = 80;

	public static final int CAPACITY_MIN = 1;

	public static final int CAPACITY_MAX = 200;

	public ZoneForm {
		name = name.strip();
		TreeMap<String, String> kept = new TreeMap<>();
		labels.forEach((language, label) -> {
			if (label != null && !label.isBlank()) {
				kept.put(language, label.strip());
			}
		});
		labels = Map.copyOf(kept);
	}

	void validate() {
		if (name.isEmpty() || name.length() > NAME_MAX
				|| labels.values().stream().anyMatch(label -> label.length() > NAME_MAX)) {
			throw new SpaceRuleException("space.zones.error.name");
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
