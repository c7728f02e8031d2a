package org.onthaal.tuning;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.onthaal.matching.Candidate;
import org.onthaal.matching.FamilyPair;
import org.onthaal.matching.History;
import org.onthaal.matching.IntroductionEngine;
import org.onthaal.matching.Suggestion;
import org.onthaal.matching.Weights;

/**
 * Replays stored visits with a set of weights: at each moment a host acted, the host
 * introduces the families on the engine's top card, and they know each other from then
 * on. Pure: the same visits, moments and weights give the same figures, so two sets of
 * weights are compared on exactly the same mornings and the same host.
 */
public final class Replay {

	/** When no host moments are known, a host who is free every ten minutes. */
	static final Duration HOST_EVERY = Duration.ofMinutes(10);

	/** A stored stay: the family as the engine sees it on arrival, and when it left. */
	public record Visit(Candidate family, Instant leaves) {
	}

	/**
	 * What the replay counts. {@code minutesToFirstIntroduction} is summed over the
	 * visits introduced.
	 */
	public record Figures(int openVisits, int introducedVisits, int events, int pairs, int bridgingPairs, int newcomers,
			int newcomersReached, long minutesToFirstIntroduction) {

		/** Share of visits open to meet that were introduced at least once. */
		public double introducedShare() {
			return share(introducedVisits, openVisits);
		}

		/** Share of introduced pairs with different first languages. */
		public double bridgingShare() {
			return share(bridgingPairs, pairs);
		}

		/** Share of first visits (open to meet) introduced at least once. */
		public double newcomersReachedShare() {
			return share(newcomersReached, newcomers);
		}

		/**
		 * Average minutes from arrival to the first introduction, of those introduced.
		 */
		public double averageWaitMinutes() {
			return introducedVisits == 0 ? 0 : (double) minutesToFirstIntroduction / introducedVisits;
		}

		private static double share(int part, int whole) {
			return whole == 0 ? 0 : (double) part / whole;
		}

	}

	private Replay() {
	}

	/**
	 * @param visits the stays to replay
	 * @param hostMoments when the host acts (the recorded introductions, or
	 * {@link #everyTenMinutes})
	 * @param known who knew whom before the first visit replayed, and private vetoes
	 */
	public static Figures run(List<Visit> visits, List<Instant> hostMoments, History known, Weights weights) {
		IntroductionEngine engine = new IntroductionEngine(weights);
		List<Visit> byArrival = visits.stream()
			.sorted(Comparator.comparing((Visit v) -> v.family().arrivedAt())
				.thenComparingLong(v -> v.family().visitId()))
			.toList();
		List<Instant> moments = hostMoments.stream().sorted().toList();
		Set<FamilyPair> acquaintances = new HashSet<>(known.acquaintances());
		Map<FamilyPair, Instant> lastIntroduced = new HashMap<>(known.lastIntroduced());
		Map<Long, Integer> introductions = new HashMap<>();
		Map<Long, Instant> firstIntroduced = new HashMap<>();
		int events = 0;
		int pairs = 0;
		int bridging = 0;
		for (Instant now : moments) {
			List<Candidate> present = new ArrayList<>();
			for (Visit visit : byArrival) {
				Candidate family = visit.family();
				if (family.arrivedAt().isAfter(now)) {
					break;
				}
				if (visit.leaves().isAfter(now)) {
					present.add(withIntroductions(family, introductions.getOrDefault(family.visitId(), 0)));
				}
			}
			History history = new History(acquaintances, lastIntroduced, known.vetoes(), Set.of());
			List<Suggestion> suggestions = engine.suggest(present, history, Set.of(), now);
			if (suggestions.isEmpty()) {
				continue;
			}
			List<Candidate> group = suggestions.getFirst().families();
			events++;
			for (Candidate family : group) {
				introductions.merge(family.visitId(), 1, Integer::sum);
				firstIntroduced.putIfAbsent(family.visitId(), now);
			}
			for (int i = 0; i < group.size(); i++) {
				for (int j = i + 1; j < group.size(); j++) {
					FamilyPair pair = FamilyPair.of(group.get(i).familyId(), group.get(j).familyId());
					acquaintances.add(pair);
					lastIntroduced.put(pair, now);
					pairs++;
					if (!group.get(i).languages().getFirst().equals(group.get(j).languages().getFirst())) {
						bridging++;
					}
				}
			}
		}
		int open = 0;
		int introduced = 0;
		int newcomers = 0;
		int newcomersReached = 0;
		long waited = 0;
		for (Visit visit : byArrival) {
			Candidate family = visit.family();
			if (!family.openToMeet()) {
				continue;
			}
			open++;
			Instant first = firstIntroduced.get(family.visitId());
			if (first != null) {
				introduced++;
				waited += Duration.between(family.arrivedAt(), first).toMinutes();
			}
			if (family.firstVisit()) {
				newcomers++;
				if (first != null) {
					newcomersReached++;
				}
			}
		}
		return new Figures(open, introduced, events, pairs, bridging, newcomers, newcomersReached, waited);
	}

	private static Candidate withIntroductions(Candidate family, int count) {
		return new Candidate(family.visitId(), family.familyId(), family.languages(), family.interests(),
				family.childAgeBands(), family.arrivedAt(), family.firstVisit(), family.openToMeet(), count);
	}

	/** Every ten minutes while at least two families open to meet are present. */
	static List<Instant> everyTenMinutes(List<Visit> byArrival) {
		List<Instant> moments = new ArrayList<>();
		Instant last = Instant.MIN;
		for (Visit visit : byArrival) {
			if (!visit.family().openToMeet()) {
				continue;
			}
			Instant from = visit.family().arrivedAt().isAfter(last) ? visit.family().arrivedAt() : last;
			for (Instant t = from; t.isBefore(visit.leaves()); t = t.plus(HOST_EVERY)) {
				if (openPresent(byArrival, t) >= 2) {
					moments.add(t);
				}
				last = t.plus(HOST_EVERY);
			}
		}
		return moments;
	}

	private static int openPresent(List<Visit> byArrival, Instant now) {
		int count = 0;
		for (Visit visit : byArrival) {
			if (visit.family().arrivedAt().isAfter(now)) {
				break;
			}
			if (visit.family().openToMeet() && visit.leaves().isAfter(now)) {
				count++;
			}
		}
		return count;
	}

}
