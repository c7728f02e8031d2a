package org.onthaal.matching;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Scores one pair. Zero (never suggested) when they share no language, either is not open
 * to meet today, one vetoed the other, they know each other already, the host said "not
 * now" today, or they were introduced within the last four weeks. Otherwise a weighted
 * sum; see {@link Weights}.
 */
final class PairScorer {

	/**
	 * A pair's score and its reasons, strongest first (the shared language always leads).
	 */
	record Scored(double score, List<Reason> reasons) {

		static final Scored ZERO = new Scored(0, List.of());

	}

	private record Weighed(Reason reason, double weight) {
	}

	/** Children's age bands, youngest first: neighbours are "close in age". */
	static final List<String> AGE_BANDS = List.of("0-1", "1-2", "2-3", "3-4", "4-6", "6+");

	private static final int MAX_REASONS = 3;

	private final Weights weights;

	private final History history;

	private final Instant now;

	PairScorer(Weights weights, History history, Instant now) {
		this.weights = weights;
		this.history = history;
		this.now = now;
	}

	/** The score alone, for the matching: cheap, no reasons built. */
	double score(Candidate a, Candidate b) {
		if (blocked(a, b)) {
			return 0;
		}
		String shared = bestSharedLanguage(a, b);
		if (shared == null) {
			return 0;
		}
		double score = weights.sharedLanguage();
		score += weights.sharedInterest() * Math.min(weights.maxSharedInterests(), sharedInterestCount(a, b));
		score += childrenScore(a, b);
		if (!a.languages().getFirst().equals(b.languages().getFirst())) {
			score += weights.bridge();
		}
		score += newcomerScore(a) + newcomerScore(b) + waitingScore(a) + waitingScore(b);
		return score;
	}

	/** The score with the reasons that weigh most, for what the host sees. */
	Scored explain(Candidate a, Candidate b) {
		double score = score(a, b);
		if (score <= 0) {
			return Scored.ZERO;
		}
		String shared = bestSharedLanguage(a, b);
		List<Weighed> weighed = new ArrayList<>();
		a.interests()
			.stream()
			.filter(b.interests()::contains)
			.sorted()
			.limit(weights.maxSharedInterests())
			.forEach(code -> weighed
				.add(new Weighed(new Reason(Reason.Kind.SHARED_INTEREST, code), weights.sharedInterest())));
		childrenReason(a, b).ifPresent(weighed::add);
		if (!a.languages().getFirst().equals(b.languages().getFirst())) {
			weighed.add(new Weighed(new Reason(Reason.Kind.BRIDGE, shared), weights.bridge()));
		}
		for (Candidate c : List.of(a, b)) {
			if (c.firstVisit()) {
				weighed.add(
						new Weighed(new Reason(Reason.Kind.NEWCOMER, Long.toString(c.familyId())), weights.newcomer()));
			}
			double waiting = waitingScore(c);
			if (waiting > 0) {
				weighed.add(new Weighed(new Reason(Reason.Kind.WAITING, Long.toString(minutesWaiting(c))), waiting));
			}
		}
		List<Reason> reasons = new ArrayList<>();
		reasons.add(new Reason(Reason.Kind.SHARED_LANGUAGE, shared));
		weighed.stream()
			.sorted(Comparator.comparingDouble(Weighed::weight).reversed())
			.limit(MAX_REASONS - 1)
			.forEach(w -> reasons.add(w.reason()));
		return new Scored(score, reasons);
	}

	private boolean blocked(Candidate a, Candidate b) {
		if (!a.openToMeet() || !b.openToMeet() || a.familyId() == b.familyId()) {
			return true;
		}
		FamilyPair pair = FamilyPair.of(a.familyId(), b.familyId());
		if (history.acquaintances().contains(pair) || history.vetoes().contains(pair)
				|| history.notNow().contains(pair)) {
			return true;
		}
		Instant last = history.lastIntroduced().get(pair);
		return last != null && last.isAfter(now.minus(weights.reintroduceAfter()));
	}

	/** The shared language both rank highest (lowest sum of ranks), or null. */
	static String bestSharedLanguage(Candidate a, Candidate b) {
		String best = null;
		int bestRank = Integer.MAX_VALUE;
		for (int i = 0; i < a.languages().size(); i++) {
			int j = b.languages().indexOf(a.languages().get(i));
			if (j >= 0 && i + j < bestRank) {
				bestRank = i + j;
				best = a.languages().get(i);
			}
		}
		return best;
	}

	private static int sharedInterestCount(Candidate a, Candidate b) {
		int count = 0;
		for (String interest : a.interests()) {
			if (b.interests().contains(interest)) {
				count++;
			}
		}
		return count;
	}

	private double childrenScore(Candidate a, Candidate b) {
		return childrenReason(a, b).map(Weighed::weight).orElse(0.0);
	}

	private Optional<Weighed> childrenReason(Candidate a, Candidate b) {
		String close = null;
		for (String band : a.childAgeBands()) {
			if (b.childAgeBands().contains(band)) {
				return Optional
					.of(new Weighed(new Reason(Reason.Kind.CHILDREN_SAME_AGE, band), weights.childrenSameAge()));
			}
			int index = AGE_BANDS.indexOf(band);
			for (String other : b.childAgeBands()) {
				if (index >= 0 && Math.abs(AGE_BANDS.indexOf(other) - index) == 1) {
					close = index < AGE_BANDS.indexOf(other) ? band : other;
				}
			}
		}
		return close == null ? Optional.empty() : Optional
			.of(new Weighed(new Reason(Reason.Kind.CHILDREN_CLOSE_AGE, close), weights.childrenCloseAge()));
	}

	private double newcomerScore(Candidate c) {
		return c.firstVisit() ? weights.newcomer() : 0;
	}

	private double waitingScore(Candidate c) {
		if (c.introducedThisVisit()) {
			return 0;
		}
		return Math.min(weights.waitingCap(), minutesWaiting(c) / 10.0 * weights.waitingPerTenMinutes());
	}

	private long minutesWaiting(Candidate c) {
		return Math.max(0, Duration.between(c.arrivedAt(), now).toMinutes());
	}

}
