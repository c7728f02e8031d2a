package org.onthaal.space;

import java.util.List;

/**
 * The built-in pictograms managers choose from for corners and interests, by Vaadin icon
 * name: pictures families and hosts recognise without reading. It holds every pictogram
 * of the built-in interest catalogue (sql/005).
 */
public final class PictogramSet {

	public static final List<String> NAMES = List.of("COFFEE", "CUTLERY", "SPOON", "CHILD", "FAMILY", "USERS",
			"PUZZLE_PIECE", "GAMEPAD", "OPEN_BOOK", "BOOK", "ACADEMY_CAP", "BED", "MOON_O", "SUN_O", "UMBRELLA", "ROAD",
			"DROP", "MUSIC", "PALETTE", "PAINTBRUSH", "SCISSORS", "TROPHY", "HOME", "HOME_O", "COMMENTS", "HEART",
			"HANDSHAKE", "STETHOSCOPE", "GLOBE", "BRIEFCASE", "MAP_MARKER", "GIFT", "LIGHTBULB", "CAMERA", "BOAT",
			"BUS");

	private PictogramSet() {
	}

	public static boolean contains(String name) {
		return NAMES.contains(name);
	}

}
