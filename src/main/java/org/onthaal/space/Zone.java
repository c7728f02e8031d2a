package org.onthaal.space;

import java.util.Map;

/**
 * A corner of the space as set up. {@code name} is the manager's own wording and the
 * fallback; {@code labels} holds its name per screen language. {@code snapshots} counts
 * the occupancy snapshots taken of it: a corner with history is deactivated, not deleted.
 */
public record Zone(long id, String name, Map<String, String> labels, ZoneKind kind, int capacity, String pictogram,
		boolean active, int sortOrder, int snapshots) {

	public Zone {
		labels = Map.copyOf(labels);
	}

	/** The corner's name in a language, or the manager's own wording. */
	public String label(String language) {
		String label = labels.get(language);
		return label == null || label.isBlank() ? name : label;
	}

	public ZoneForm toForm() {
		return new ZoneForm(name, labels, kind, capacity, pictogram, active);
	}

}
