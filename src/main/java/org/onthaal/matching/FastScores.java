package org.onthaal.matching;

import java.time.Duration;
import java.time.Instant;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The same scores as {@link PairScorer#score}, computed on bit masks so that every pair
 * of thousands of families can be scored in milliseconds: languages, interests and age
 * bands become bits, history becomes one bit set per family. Used only when every
 * language and interest present fits in 64 bits.
 */
final class FastScores {

	private final Weights weights;

	private final long[] languages;

	private final int[] firstLanguage;

	private final long[] interests;

	private final int[] bands;

	private final double[] bonus;

	private final BitSet[] blocked;

	private final double[] fewPartners;

	private final boolean[] resting;

	private final boolean[] waitingLong;

	private FastScores(Weights weights, int n) {
		this.weights = weights;
		this.languages = new long[n];
		this.firstLanguage = new int[n];
		this.interests = new long[n];
		this.bands = new int[n];
		this.bonus = new double[n];
		this.blocked = new BitSet[n];
		this.fewPartners = new double[n];
		this.resting = new boolean[n];
		this.waitingLong = new boolean[n];
	}

	/**
	 * Null when more than 64 languages or interests are present: then the plain scorer is
	 * used.
	 */
	static FastScores of(List<Candidate> open, History history, Weights weights, Instant now, Fairness fairness) {
		int n = open.size();
		FastScores fast = new FastScores(weights, n);
		Map<String, Integer> languageBits = new HashMap<>();
		Map<String, Integer> interestBits = new HashMap<>();
		Map<Long, Integer> indexOfFamily = new HashMap<>();
		for (int i = 0; i < n; i++) {
			Candidate c = open.get(i);
			indexOfFamily.put(c.familyId(), i);
			for (String language : c.languages()) {
				languageBits.putIfAbsent(language, languageBits.size());
			}
			for (String interest : c.interests()) {
				interestBits.putIfAbsent(interest, interestBits.size());
			}
			if (languageBits.size() > 64 || interestBits.size() > 64) {
				return null;
			}
			for (String language : c.languages()) {
				fast.languages[i] |= 1L << languageBits.get(language);
			}
			fast.firstLanguage[i] = languageBits.get(c.languages().getFirst());
			for (String interest : c.interests()) {
				fast.interests[i] |= 1L << interestBits.get(interest);
			}
			for (String band : c.childAgeBands()) {
				int bit = PairScorer.AGE_BANDS.indexOf(band);
				if (bit >= 0) {
					fast.bands[i] |= 1 << bit;
				}
			}
			fast.bonus[i] = PairScorer.familyBonus(weights, now, c);
			fast.fewPartners[i] = fairness.fewPartnersBonus(c.familyId());
			fast.resting[i] = fairness.resting(c.familyId());
			fast.waitingLong[i] = fairness.waitingLong(c.familyId());
		}
		Instant recent = now.minus(weights.reintroduceAfter());
		for (FamilyPair pair : blockedPairs(history, recent)) {
			Integer a = indexOfFamily.get(pair.first());
			Integer b = indexOfFamily.get(pair.second());
			if (a != null && b != null) {
				fast.block(a, b);
				fast.block(b, a);
			}
		}
		return fast;
	}

	private static Set<FamilyPair> blockedPairs(History history, Instant recent) {
		Set<FamilyPair> pairs = new java.util.HashSet<>(history.acquaintances());
		pairs.addAll(history.vetoes());
		pairs.addAll(history.notNow());
		history.lastIntroduced().forEach((pair, when) -> {
			if (when.isAfter(recent)) {
				pairs.add(pair);
			}
		});
		return pairs;
	}

	private void block(int u, int v) {
		if (blocked[u] == null) {
			blocked[u] = new BitSet();
		}
		blocked[u].set(v);
	}

	double score(int u, int v) {
		if ((languages[u] & languages[v]) == 0 || (blocked[u] != null && blocked[u].get(v))
				|| (resting[u] && !waitingLong[v]) || (resting[v] && !waitingLong[u])) {
			return 0;
		}
		double score = weights.sharedLanguage() + weights.sharedInterest()
				* Math.min(weights.maxSharedInterests(), Long.bitCount(interests[u] & interests[v]));
		if ((bands[u] & bands[v]) != 0) {
			score += weights.childrenSameAge();
		}
		else if ((((bands[u] << 1) | (bands[u] >> 1)) & bands[v]) != 0) {
			score += weights.childrenCloseAge();
		}
		if (firstLanguage[u] != firstLanguage[v]) {
			score += weights.bridge();
		}
		return score + bonus[u] + bonus[v] + Math.max(fewPartners[u], fewPartners[v]);
	}

}
