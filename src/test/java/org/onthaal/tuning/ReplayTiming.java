package org.onthaal.tuning;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.onthaal.matching.Candidate;
import org.onthaal.matching.History;
import org.onthaal.matching.Weights;

/**
 * How long the tuning preview's two replays take for a place's four weeks: 20 mornings of
 * three hours, {@code n} visits a morning (stays of one to two and a half hours, a
 * Flemish-city language mix, 70 % open to meet, a pool of 3n families so many return), a
 * host every ten minutes. Not a test: run by hand, figures in the closing note.
 * {@code java -cp ... org.onthaal.tuning.ReplayTiming 30 60 120}
 */
public final class ReplayTiming {

	private static final List<String> MIX = List.of("nl", "nl", "nl", "fr", "fr", "ar", "ar", "ber", "tr", "tr", "pl",
			"ro", "uk", "es", "so", "en");

	private static final List<String> INTERESTS = List.of("cooking", "music", "books", "crafts", "sports", "sleep",
			"school", "walks");

	private ReplayTiming() {
	}

	public static void main(String[] args) {
		for (String arg : args) {
			int perMorning = Integer.parseInt(arg);
			List<Replay.Visit> visits = fourWeeks(perMorning, new Random(7));
			List<Instant> moments = Replay.everyTenMinutes(visits);
			Weights proposed = new Weights(1.0, 1.5, 3, 2.0, 1.0, 5.0, 2.0, 0.5, 4.0, 1.0, 2.5, Duration.ofDays(28),
					2.5, 2, 2, Duration.ofMinutes(20));
			for (int warm = 0; warm < 3; warm++) {
				Replay.run(visits, moments, History.EMPTY, Weights.DEFAULTS);
			}
			long best = Long.MAX_VALUE;
			for (int run = 0; run < 5; run++) {
				long start = System.nanoTime();
				Replay.run(visits, moments, History.EMPTY, Weights.DEFAULTS);
				Replay.run(visits, moments, History.EMPTY, proposed);
				best = Math.min(best, System.nanoTime() - start);
			}
			System.out.printf("%d visits a morning (%d visits, %d host moments): both replays %.0f ms (best of 5)%n",
					perMorning, visits.size(), moments.size(), best / 1e6);
		}
	}

	private static List<Replay.Visit> fourWeeks(int perMorning, Random random) {
		List<Replay.Visit> visits = new ArrayList<>();
		Instant first = Instant.parse("2026-11-02T08:00:00Z");
		long visitId = 1;
		for (int day = 0; day < 20; day++) {
			Instant nine = first.plus(Duration.ofDays(day / 5 * 7 + day % 5));
			List<Long> pool = new ArrayList<>();
			for (long id = 1; id <= 3L * perMorning; id++) {
				pool.add(id);
			}
			java.util.Collections.shuffle(pool, random);
			for (int i = 0; i < perMorning; i++) {
				long family = pool.get(i);
				Random profile = new Random(family);
				List<String> languages = new ArrayList<>();
				languages.add(MIX.get(profile.nextInt(MIX.size())));
				if (profile.nextBoolean() && !languages.contains("nl")) {
					languages.add("nl");
				}
				Set<String> interests = new java.util.HashSet<>(
						List.of(INTERESTS.get(profile.nextInt(INTERESTS.size())),
								INTERESTS.get(profile.nextInt(INTERESTS.size()))));
				Instant arrives = nine.plus(Duration.ofMinutes(random.nextInt(150)));
				Instant leaves = arrives.plus(Duration.ofMinutes(60 + random.nextInt(90)));
				visits.add(new Replay.Visit(new Candidate(visitId++, family, languages, interests, List.of("1-2"),
						arrives, day == 0, random.nextDouble() < 0.7, 0), leaves));
			}
		}
		visits.sort(java.util.Comparator.comparing(v -> v.family().arrivedAt()));
		return visits;
	}

}
