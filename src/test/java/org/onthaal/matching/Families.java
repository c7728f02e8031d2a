package org.onthaal.matching;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Test families: by hand, or random with a language mix like a Flemish city. */
final class Families {

	static final Instant NOW = Instant.parse("2026-12-01T09:30:00Z");

	static final List<String> CITY_LANGUAGES = List.of("nl", "nl", "nl", "fr", "fr", "ar", "ar", "ber", "tr", "tr",
			"pl", "ro", "bg", "uk", "so", "en");

	/**
	 * A neighbourhood where most families speak Arabic at home (the held-out mornings).
	 */
	static final List<String> ARABIC_MAJORITY = List.of("ar", "ar", "ar", "ar", "ar", "ar", "ar", "ar", "ber", "nl",
			"nl", "fr", "tr", "so", "ps", "ti");

	static final List<String> INTERESTS = List.of("cooking", "outdoor_play", "music", "books", "crafts", "sports",
			"sleep", "baby_food", "school", "childcare", "learning_dutch", "walks", "swimming", "games", "drawing",
			"health", "bilingual", "work", "neighbourhood", "festivities");

	static final List<String> BANDS = List.of("0-1", "1-2", "2-3", "3-4", "4-6", "6+");

	private Families() {
	}

	static Candidate family(long id, List<String> languages, Set<String> interests, List<String> bands) {
		return new Candidate(id * 10, id, languages, interests, bands, NOW.minusSeconds(600), false, true, false);
	}

	/**
	 * A random present family; most speak Dutch or French as a second language, as in
	 * Brussels or Ghent.
	 */
	static Candidate random(long id, Random random, Instant now) {
		return random(id, random, now, CITY_LANGUAGES);
	}

	/** A random present family whose first language is drawn from {@code mix}. */
	static Candidate random(long id, Random random, Instant now, List<String> mix) {
		String first = mix.get(random.nextInt(mix.size()));
		List<String> languages = new ArrayList<>(List.of(first));
		for (String second : List.of("nl", "fr", "en")) {
			if (!languages.contains(second) && random.nextDouble() < (second.equals("nl") ? 0.6 : 0.3)) {
				languages.add(second);
			}
		}
		Set<String> interests = new java.util.HashSet<>();
		int count = 1 + random.nextInt(4);
		while (interests.size() < count) {
			interests.add(INTERESTS.get(random.nextInt(INTERESTS.size())));
		}
		List<String> bands = new ArrayList<>();
		for (int i = 0, children = 1 + random.nextInt(2); i < children; i++) {
			bands.add(BANDS.get(random.nextInt(BANDS.size())));
		}
		return new Candidate(id * 10, id, languages, interests, bands, now.minusSeconds(random.nextInt(7200)),
				random.nextDouble() < 0.2, random.nextDouble() < 0.7, random.nextDouble() < 0.3);
	}

	static List<Candidate> randomPresent(int n, long seed) {
		return randomPresent(n, seed, CITY_LANGUAGES);
	}

	static List<Candidate> randomPresent(int n, long seed, List<String> mix) {
		Random random = new Random(seed);
		List<Candidate> present = new ArrayList<>();
		for (int i = 1; i <= n; i++) {
			present.add(random(i, random, NOW, mix));
		}
		return present;
	}

}
