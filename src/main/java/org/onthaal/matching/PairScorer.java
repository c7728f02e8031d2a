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

	private final Fairness fairness;

	PairScorer(Weights weights, History history, Instant now) {
		this(weights, history, now, Fairness.NONE);
	}

	/** With the morning's fairness rules (see {@link Fairness}). */
	PairScorer(Weights weights, History history, Instant now, Fairness fairness) {
		this.weights = weights;
		this.history = history;
		this.now = now;
		this.fairness = fairness;
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
		score += familyBonus(a) + familyBonus(b);
		return score + fairness.bonus(a.familyId(), b.familyId());
	}

	/**
	 * The score with the reasons worth reading, for what the host sees: the language they
	 * can talk in first, then at most two more by their value to the host (see
	 * {@link #VALUE_ORDER}), not by their weight in the matching.
	 */
	Scored explain(Candidate a, Candidate b) {
		double score = score(a, b);
		if (score <= 0) {
			return Scored.ZERO;
		}
		String shared = bestSharedLanguage(a, b);
		boolean bridge = !a.languages().getFirst().equals(b.languages().getFirst());
		List<Reason> others = new ArrayList<>();
		a.interests()
			.stream()
			.filter(b.interests()::contains)
			.sorted()
			.limit(weights.maxSharedInterests())
			.forEach(code -> others.add(new Reason(Reason.Kind.SHARED_INTEREST, code)));
		childrenReason(a, b).map(Weighed::reason).ifPresent(others::add);
		List<Candidate> both = List.of(a, b);
		newcomers(both).ifPresent(others::add);
		longestWaiting(both).ifPresent(others::add);
		return new Scored(score,
				pick(new Reason(bridge ? Reason.Kind.BRIDGE : Reason.Kind.SHARED_LANGUAGE, shared), List.of(), others));
	}

	/**
	 * A trio's reasons: "all three speak" a language they all speak, or else exactly who
	 * speaks what with whom (never a language one of them does not speak); then what all
	 * three share, and their newcomers in one reason.
	 */
	List<Reason> explainTrio(Candidate a, Candidate b, Candidate c) {
		String common = bestCommonLanguage(List.of(a, b, c));
		List<Reason> pairLanguages = new ArrayList<>();
		if (common == null) {
			for (List<Candidate> pair : List.of(List.of(a, b), List.of(a, c), List.of(b, c))) {
				String language = bestSharedLanguage(pair.get(0), pair.get(1));
				if (language != null) {
					pairLanguages.add(new Reason(Reason.Kind.SHARED_LANGUAGE, language,
							List.of(pair.get(0).familyId(), pair.get(1).familyId())));
				}
			}
		}
		List<Reason> others = new ArrayList<>();
		a.interests()
			.stream()
			.filter(b.interests()::contains)
			.filter(c.interests()::contains)
			.sorted()
			.limit(weights.maxSharedInterests())
			.forEach(code -> others.add(new Reason(Reason.Kind.SHARED_INTEREST, code)));
		a.childAgeBands()
			.stream()
			.filter(b.childAgeBands()::contains)
			.filter(c.childAgeBands()::contains)
			.findFirst()
			.ifPresent(band -> others.add(new Reason(Reason.Kind.CHILDREN_SAME_AGE, band)));
		List<Candidate> all = List.of(a, b, c);
		newcomers(all).ifPresent(others::add);
		longestWaiting(all).ifPresent(others::add);
		if (common == null) {
			return pick(pairLanguages.getFirst(), pairLanguages.subList(1, pairLanguages.size()), others);
		}
		return pick(new Reason(Reason.Kind.SHARED_LANGUAGE, common), List.of(), others);
	}

	/**
	 * What a host gets most from, first: a conversation opener, who is new and needs a
	 * warm welcome, children who can play together, who has waited longest; then the
	 * rest.
	 */
	private static final List<Reason.Kind> VALUE_ORDER = List.of(Reason.Kind.SHARED_INTEREST, Reason.Kind.NEWCOMER,
			Reason.Kind.CHILDREN_SAME_AGE, Reason.Kind.WAITING, Reason.Kind.CHILDREN_CLOSE_AGE);

	/**
	 * The language reason(s), which the board shows as one chip, and the most valuable
	 * others up to {@link #MAX_REASONS} chips; a second shared interest only after all
	 * other kinds.
	 */
	private static List<Reason> pick(Reason language, List<Reason> moreLanguages, List<Reason> others) {
		List<Reason> ranked = new ArrayList<>();
		Reason firstInterest = others.stream()
			.filter(r -> r.kind() == Reason.Kind.SHARED_INTEREST)
			.findFirst()
			.orElse(null);
		for (Reason.Kind kind : VALUE_ORDER) {
			others.stream()
				.filter(r -> r.kind() == kind && (kind != Reason.Kind.SHARED_INTEREST || r == firstInterest))
				.forEach(ranked::add);
		}
		others.stream().filter(r -> !ranked.contains(r)).forEach(ranked::add);
		List<Reason> reasons = new ArrayList<>();
		reasons.add(language);
		reasons.addAll(moreLanguages);
		ranked.stream().limit(MAX_REASONS - 1).forEach(reasons::add);
		return reasons;
	}

	/** One reason naming every family on its first visit, not one chip each. */
	private static Optional<Reason> newcomers(List<Candidate> families) {
		List<Long> ids = families.stream().filter(Candidate::firstVisit).map(Candidate::familyId).toList();
		return ids.isEmpty() ? Optional.empty() : Optional
			.of(new Reason(Reason.Kind.NEWCOMER, String.join(",", ids.stream().map(String::valueOf).toList()), ids));
	}

	/**
	 * Waiting shorter than this is what everyone does when they come in: not worth a
	 * chip.
	 */
	private static final Duration WAITING_WORTH_SAYING = Duration.ofMinutes(20);

	/** The one who has waited alone longest, if that is long enough to say. */
	private Optional<Reason> longestWaiting(List<Candidate> families) {
		return families.stream()
			.filter(c -> waitingScore(c) > 0 && minutesWaiting(c) >= WAITING_WORTH_SAYING.toMinutes())
			.max(Comparator.comparingLong(this::minutesWaiting))
			.map(c -> new Reason(Reason.Kind.WAITING, Long.toString(minutesWaiting(c)), List.of(c.familyId())));
	}

	/** A language all of them speak, the one they rank highest together, or null. */
	static String bestCommonLanguage(List<Candidate> families) {
		String best = null;
		int bestRank = Integer.MAX_VALUE;
		for (String language : families.getFirst().languages()) {
			int rank = 0;
			for (Candidate family : families) {
				int index = family.languages().indexOf(language);
				if (index < 0) {
					rank = -1;
					break;
				}
				rank += index;
			}
			if (rank >= 0 && rank < bestRank) {
				bestRank = rank;
				best = language;
			}
		}
		return best;
	}

	private boolean blocked(Candidate a, Candidate b) {
		if (!a.openToMeet() || !b.openToMeet() || a.familyId() == b.familyId()
				|| fairness.blocked(a.familyId(), b.familyId())) {
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

	/**
	 * What a family adds to every pair it is in (newcomer, waiting): it decides who is
	 * matched, not with whom.
	 */
	double familyBonus(Candidate c) {
		return familyBonus(weights, now, c);
	}

	/** {@link #familyBonus(Candidate)}, for the bit-mask scores too. */
	static double familyBonus(Weights weights, Instant now, Candidate c) {
		if (c.introducedThisVisit()) {
			return 0;
		}
		double waiting = Math.min(weights.waitingCap(), minutesWaiting(c, now) / 10.0 * weights.waitingPerTenMinutes());
		return (c.firstVisit() ? weights.newcomer() : 0) + waiting;
	}

	private double waitingScore(Candidate c) {
		return c.introducedThisVisit() ? 0
				: Math.min(weights.waitingCap(), minutesWaiting(c) / 10.0 * weights.waitingPerTenMinutes());
	}

	private long minutesWaiting(Candidate c) {
		return minutesWaiting(c, now);
	}

	private static long minutesWaiting(Candidate c, Instant now) {
		return Math.max(0, Duration.between(c.arrivedAt(), now).toMinutes());
	}

}
