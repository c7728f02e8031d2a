package org.onthaal.demo;

import java.util.List;

/**
 * The demo families: a language mix like a Flemish city, with varied interests and
 * children's ages.
 */
final class DemoFamilies {

	record DemoFamily(String nickname, List<String> languages, List<String> interests, List<String> children,
			boolean openToMeet, boolean presentNow, int pastVisits) {
	}

	static final List<DemoFamily> ALL = List.of(
			new DemoFamily("Sofie", List.of("nl", "en"), List.of("books", "sleep", "walks"), List.of("0-1"), true, true,
					6),
			new DemoFamily("Youssef", List.of("ar", "fr", "nl"), List.of("cooking", "school", "sports"),
					List.of("2-3", "4-6"), true, true, 3),
			new DemoFamily("Elif", List.of("tr", "nl"), List.of("cooking", "crafts", "bilingual"), List.of("1-2"), true,
					true, 0),
			new DemoFamily("Kasia", List.of("pl", "en"), List.of("outdoor_play", "learning_dutch", "sleep"),
					List.of("0-1", "3-4"), true, true, 1),
			new DemoFamily("Amina", List.of("so", "ar", "en"), List.of("health", "learning_dutch", "music"),
					List.of("1-2", "2-3", "6+"), false, true, 2),
			new DemoFamily("Mehdi", List.of("ber", "fr", "nl"), List.of("sports", "neighbourhood"), List.of("3-4"),
					true, false, 4),
			new DemoFamily("Ioana", List.of("ro", "fr"), List.of("baby_food", "childcare", "walks"), List.of("0-1"),
					true, false, 2),
			new DemoFamily("Olena", List.of("uk", "ru", "en"), List.of("school", "learning_dutch", "drawing"),
					List.of("4-6"), true, false, 5),
			new DemoFamily("Lucía", List.of("es", "en", "nl"), List.of("music", "festivities", "bilingual"),
					List.of("2-3"), true, false, 1),
			new DemoFamily("Hagos", List.of("ti", "en"), List.of("work", "learning_dutch", "games"), List.of("1-2"),
					true, false, 0),
			new DemoFamily("Marie", List.of("fr", "nl"), List.of("books", "drawing", "swimming"), List.of("3-4", "6+"),
					true, false, 8),
			new DemoFamily("Pieter", List.of("nl"), List.of("outdoor_play", "games", "walks"), List.of("1-2"), false,
					false, 3),
			new DemoFamily("Fatima", List.of("ar", "nl"), List.of("cooking", "health", "festivities"),
					List.of("0-1", "4-6"), true, false, 7),
			new DemoFamily("Ahmet", List.of("tr", "de", "nl"), List.of("sports", "work"), List.of("2-3"), true, false,
					2),
			new DemoFamily("Rositsa", List.of("bg", "ru", "en"), List.of("crafts", "sleep", "childcare"),
					List.of("0-1"), true, false, 1),
			new DemoFamily("Nadia", List.of("ber", "ar", "fr"), List.of("baby_food", "neighbourhood", "music"),
					List.of("1-2"), true, false, 0),
			new DemoFamily("Tomasz", List.of("pl", "nl"), List.of("games", "swimming", "school"), List.of("4-6", "6+"),
					true, false, 4),
			new DemoFamily("Hodan", List.of("so", "nl"), List.of("school", "childcare", "cooking"), List.of("3-4"),
					true, false, 3),
			new DemoFamily("Andrei", List.of("ro", "en"), List.of("outdoor_play", "work"), List.of("2-3"), false, false,
					1),
			new DemoFamily("Ilse", List.of("nl", "fr"), List.of("crafts", "books", "neighbourhood"),
					List.of("1-2", "3-4"), true, false, 9),
			new DemoFamily("Sara", List.of("en", "es"), List.of("drawing", "music", "walks"), List.of("0-1"), true,
					false, 0),
			new DemoFamily("Dmytro", List.of("uk", "pl"), List.of("sports", "learning_dutch"), List.of("4-6"), true,
					false, 2),
			new DemoFamily("Khadija", List.of("ar", "ber", "nl"), List.of("festivities", "baby_food", "health"),
					List.of("0-1", "2-3"), true, false, 5),
			new DemoFamily("Jonas", List.of("nl", "en"), List.of("swimming", "outdoor_play", "sleep"), List.of("2-3"),
					true, false, 3),
			new DemoFamily("Selam", List.of("ti", "ar"), List.of("cooking", "childcare", "bilingual"), List.of("1-2"),
					true, false, 1));

	private DemoFamilies() {
	}

}
