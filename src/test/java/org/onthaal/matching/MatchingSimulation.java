package org.onthaal.matching;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Ten simulated weeks of mornings at a meeting place, the same days for every strategy
 * (fixed seeds): 30 mornings of three hours, families arriving through the morning from a
 * pool with a Flemish-city language mix (a third of them regulars), about 70 % open to
 * meet, one host who acts on the top suggestion whenever free (every 10 minutes). After
 * an introduction the families talked (they know each other from then on) or, one time in
 * four, did not (they may be introduced again after four weeks, not sooner). Strategies:
 * the engine, the engine without its fairness rules, random pairs among those sharing a
 * language, and "same first language first", all under the same rules (consent, history).
 * Run with {@code ./mvnw test-compile exec:exec@simulate}.
 */
public final class MatchingSimulation {

	private static final int MORNINGS = 30;

	/** How often a pair the host introduced did not talk. */
	private static final double DID_NOT_TALK = 0.25;

	private static final int POOL = 160;

	private static final int MINUTES = 180;

	private static final int TICK = 5;

	private static final int HOST_EVERY = 10;

	interface Strategy {

		/** The pair (or trio) the host introduces now, or an empty list. */
		List<Candidate> pick(List<Candidate> present, History history, Instant now, Random random);

	}

	record Result(String name, int openVisits, int introducedVisits, int introductions, int bridging, int repeats,
			double newcomerMinutes, int newcomers, int newcomersIntroduced, int events, int thirdsWhileSomeoneWaited,
			int mostInAMorning, int againAfterFourWeeks) {
	}

	private record Family(long id, List<String> languages, Set<String> interests, List<String> bands) {
	}

	private record Visit(Family family, int arrives, int leaves, boolean open, boolean first) {
	}

	public static void main(String[] args) {
		List<List<Visit>> month = month(7);
		IntroductionEngine engine = new IntroductionEngine();
		// the engine as it was before the fairness rules: waiting capped at 40 minutes,
		// no
		// bonus for few partners, no rest (the newcomer bonus still ends when introduced)
		Weights d = Weights.DEFAULTS;
		IntroductionEngine unfair = new IntroductionEngine(
				new Weights(d.sharedLanguage(), d.sharedInterest(), d.maxSharedInterests(), d.childrenSameAge(),
						d.childrenCloseAge(), d.bridge(), d.newcomer(), d.waitingPerTenMinutes(), 2.0, d.stability(),
						d.trioThreshold(), d.reintroduceAfter(), 0, 0, Integer.MAX_VALUE, d.waitingLong()));
		List<Result> results = List.of(run("Onthaal engine", month, top(engine)),
				run("Engine without fairness rules", month, top(unfair)),
				run("Random pair sharing a language", month, MatchingSimulation::randomSharedLanguage),
				run("Same first language first", month, MatchingSimulation::sameFirstLanguageFirst));

		System.out.printf(
				"%nSimulated: %d mornings over ten weeks, pool of %d families, host free every %d minutes%n%n",
				MORNINGS, POOL, HOST_EVERY);
		System.out.printf("| %-32s | %9s | %6s | %5s | %13s | %8s | %6s | %22s | %6s | %4s |%n", "strategy",
				"introduced", "events", "pairs", "bridging", "repeats", "again", "newcomer: first intro", "3rd+",
				"most");
		System.out.println("|---|---|---|---|---|---|---|---|---|---|");
		for (Result r : results) {
			System.out.printf(
					"| %-32s | %8.1f%% | %6d | %5d | %12.1f%% | %8d | %6d | %6.1f min (%d of %d) | %6d | %4d |%n",
					r.name(), 100.0 * r.introducedVisits() / r.openVisits(), r.events(), r.introductions(),
					100.0 * r.bridging() / Math.max(1, r.introductions()), r.repeats(), r.againAfterFourWeeks(),
					r.newcomerMinutes(), r.newcomersIntroduced(), r.newcomers(), r.thirdsWhileSomeoneWaited(),
					r.mostInAMorning());
		}
		System.out.println("\nintroduced = share of open-to-meet visits introduced at least once; events = host taps "
				+ "(a pair or a trio); pairs = pairs introduced (a trio is three); bridging = share of pairs between "
				+ "different first languages; repeats = same pair again within 4 weeks; again = same pair again later (only after they did not talk); 3rd+ = a family introduced a "
				+ "third time or more, to none of them, while others open to meet and sharing a language with someone "
				+ "present had waited 20 minutes without an introduction; most = most introductions of one family in a morning.");
	}

	private static Result run(String name, List<List<Visit>> month, Strategy strategy) {
		Random random = new Random(99);
		Set<FamilyPair> acquaintances = new HashSet<>();
		Map<FamilyPair, Instant> lastIntroduced = new HashMap<>();
		int openVisits = 0;
		int introducedVisits = 0;
		int introductions = 0;
		int bridging = 0;
		int repeats = 0;
		int newcomers = 0;
		int newcomersIntroduced = 0;
		long newcomerMinutes = 0;
		int events = 0;
		int againAfterFourWeeks = 0;
		Random outcomes = new Random(4);
		int thirdsWhileSomeoneWaited = 0;
		int mostInAMorning = 0;
		Instant day0 = Instant.parse("2026-11-03T08:00:00Z");
		for (int d = 0; d < month.size(); d++) {
			Instant morning = day0.plus(Duration.ofDays(d * 7L / 3 + d % 3));
			Map<Long, Integer> firstIntroducedAt = new HashMap<>();
			Map<Long, Integer> introductionsToday = new HashMap<>();
			for (int minute = 0; minute <= MINUTES; minute += TICK) {
				if (minute % HOST_EVERY != 0) {
					continue;
				}
				Instant now = morning.plus(Duration.ofMinutes(minute));
				List<Candidate> present = new ArrayList<>();
				for (Visit visit : month.get(d)) {
					if (visit.arrives() <= minute && minute < visit.leaves()) {
						present.add(new Candidate(visit.family().id(), visit.family().id(), visit.family().languages(),
								visit.family().interests(), visit.family().bands(),
								morning.plus(Duration.ofMinutes(visit.arrives())), visit.first(), visit.open(),
								introductionsToday.getOrDefault(visit.family().id(), 0)));
					}
				}
				History history = new History(acquaintances, lastIntroduced, Set.of(), Set.of());
				List<Candidate> group = strategy.pick(present, history, now, random);
				if (!group.isEmpty()) {
					events++;
					if (group.stream().anyMatch(c -> c.introductionsThisVisit() >= 2)
							&& someoneWaitedLong(present, group, now)) {
						thirdsWhileSomeoneWaited++;
					}
					for (Candidate c : group) {
						mostInAMorning = Math.max(mostInAMorning,
								introductionsToday.merge(c.familyId(), 1, Integer::sum));
					}
				}
				boolean talked = group.isEmpty() || outcomes.nextDouble() >= DID_NOT_TALK;
				for (int i = 0; i < group.size(); i++) {
					for (int j = i + 1; j < group.size(); j++) {
						Candidate a = group.get(i);
						Candidate b = group.get(j);
						FamilyPair pair = FamilyPair.of(a.familyId(), b.familyId());
						Instant last = lastIntroduced.get(pair);
						if (last != null && last.isAfter(now.minus(Duration.ofDays(28)))) {
							repeats++;
						}
						else if (last != null) {
							againAfterFourWeeks++;
						}
						lastIntroduced.put(pair, now);
						if (talked) {
							acquaintances.add(pair);
						}
						introductions++;
						if (!a.languages().getFirst().equals(b.languages().getFirst())) {
							bridging++;
						}
					}
				}
				for (Candidate c : group) {
					firstIntroducedAt.putIfAbsent(c.familyId(),
							minute - (int) Duration.between(c.arrivedAt(), morning).abs().toMinutes());
				}
			}
			for (Visit visit : month.get(d)) {
				if (visit.open()) {
					openVisits++;
					if (firstIntroducedAt.containsKey(visit.family().id())) {
						introducedVisits++;
					}
					if (visit.first()) {
						newcomers++;
						Integer at = firstIntroducedAt.get(visit.family().id());
						if (at != null) {
							newcomersIntroduced++;
							newcomerMinutes += Math.max(0, at);
						}
					}
				}
			}
		}
		return new Result(name, openVisits, introducedVisits, introductions, bridging, repeats,
				newcomersIntroduced == 0 ? 0 : (double) newcomerMinutes / newcomersIntroduced, newcomers,
				newcomersIntroduced, events, thirdsWhileSomeoneWaited, mostInAMorning, againAfterFourWeeks);
	}

	private static Strategy top(IntroductionEngine engine) {
		return (present, history, now, random) -> {
			List<Suggestion> suggestions = engine.suggest(present, history, Set.of(), now);
			return suggestions.isEmpty() ? List.of() : suggestions.getFirst().families();
		};
	}

	/**
	 * Whether someone open to meet and not yet introduced has waited 20 minutes while
	 * sharing a language with another family present and open to meet, and the group
	 * serves none of them.
	 */
	private static boolean someoneWaitedLong(List<Candidate> present, List<Candidate> group, Instant now) {
		List<Candidate> waiting = present.stream()
			.filter(c -> c.openToMeet() && c.introductionsThisVisit() == 0)
			.filter(c -> Duration.between(c.arrivedAt(), now).toMinutes() >= 20)
			.filter(c -> present.stream()
				.anyMatch(other -> other != c && other.openToMeet()
						&& other.languages().stream().anyMatch(c.languages()::contains)))
			.toList();
		return !waiting.isEmpty() && group.stream().noneMatch(waiting::contains);
	}

	private static List<Candidate> randomSharedLanguage(List<Candidate> present, History history, Instant now,
			Random random) {
		List<List<Candidate>> pairs = possiblePairs(present, history, now);
		return pairs.isEmpty() ? List.of() : pairs.get(random.nextInt(pairs.size()));
	}

	private static List<Candidate> sameFirstLanguageFirst(List<Candidate> present, History history, Instant now,
			Random random) {
		List<List<Candidate>> pairs = possiblePairs(present, history, now);
		List<List<Candidate>> same = pairs.stream()
			.filter(p -> p.get(0).languages().getFirst().equals(p.get(1).languages().getFirst()))
			.toList();
		List<List<Candidate>> from = same.isEmpty() ? pairs : same;
		return from.isEmpty() ? List.of() : from.get(random.nextInt(from.size()));
	}

	/**
	 * Pairs the baselines may pick: open, sharing a language, not acquainted, not
	 * introduced in 4 weeks.
	 */
	private static List<List<Candidate>> possiblePairs(List<Candidate> present, History history, Instant now) {
		PairScorer scorer = new PairScorer(Weights.DEFAULTS, history, now);
		List<List<Candidate>> pairs = new ArrayList<>();
		for (int i = 0; i < present.size(); i++) {
			for (int j = i + 1; j < present.size(); j++) {
				if (scorer.score(present.get(i), present.get(j)) > 0) {
					pairs.add(List.of(present.get(i), present.get(j)));
				}
			}
		}
		pairs.sort(Comparator.comparing((List<Candidate> p) -> p.get(0).familyId())
			.thenComparing(p -> p.get(1).familyId()));
		return pairs;
	}

	/**
	 * The same mornings for every strategy: who comes, when, for how long, open or not,
	 * first visit or not.
	 */
	private static List<List<Visit>> month(long seed) {
		Random random = new Random(seed);
		List<Family> pool = new ArrayList<>();
		for (int i = 1; i <= POOL; i++) {
			Candidate c = Families.random(i, random, Instant.EPOCH);
			pool.add(new Family(i, c.languages(), c.interests(), c.childAgeBands()));
		}
		Set<Long> seenBefore = new HashSet<>();
		List<List<Visit>> mornings = new ArrayList<>();
		for (int d = 0; d < MORNINGS; d++) {
			List<Visit> visits = new ArrayList<>();
			for (Family family : pool) {
				// a third of the pool are regulars; the rest come now and then
				double chance = family.id() % 3 == 0 ? 0.5 : 0.12;
				if (random.nextDouble() < chance) {
					int arrives = random.nextInt(MINUTES - 30);
					int leaves = Math.min(MINUTES + 1, arrives + 45 + random.nextInt(90));
					visits.add(
							new Visit(family, arrives, leaves, random.nextDouble() < 0.7, seenBefore.add(family.id())));
				}
			}
			mornings.add(visits);
		}
		return mornings;
	}

	private MatchingSimulation() {
	}

}
