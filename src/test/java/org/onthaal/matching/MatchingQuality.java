package org.onthaal.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * How close the engine's matching comes to the exact maximum-weight matching over every
 * pair, on the same families and the same scores (fairness rules included), and what each
 * costs including scoring: n = 100 … 2000, two language mixes, three seeds each. Run with
 * {@code ./mvnw test-compile exec:exec@quality} (see README); the exact matching at n =
 * 2000 takes about a minute a run.
 */
public final class MatchingQuality {

	private static final int[] SIZES = { 100, 300, 500, 1000, 2000 };

	private static final long[] SEEDS = { 11, 12, 13 };

	public static void main(String[] args) {
		Map<String, List<String>> mixes = Map.of("city", Families.CITY_LANGUAGES, "arabic-majority",
				Families.ARABIC_MAJORITY);
		IntroductionEngine engine = new IntroductionEngine();
		System.out.println("| mix | n | open | seed | weight engine / exact | unpaired engine | unpaired exact "
				+ "| engine ms | exact ms |");
		System.out.println("|---|---|---|---|---|---|---|---|---|");
		for (String mix : List.of("city", "arabic-majority")) {
			for (int n : args.length > 0 ? Arrays.stream(args).mapToInt(Integer::parseInt).toArray() : SIZES) {
				for (long seed : SEEDS) {
					List<Candidate> present = Families.randomPresent(n, seed, mixes.get(mix));
					// warm the engine once so its figure is not a cold start
					engine.matching(present, History.EMPTY, Families.NOW);
					long t0 = System.nanoTime();
					List<IntroductionEngine.Edge> ours = engine.matching(present, History.EMPTY, Families.NOW);
					long t1 = System.nanoTime();
					List<Candidate> open = present.stream()
						.filter(Candidate::openToMeet)
						.sorted(IntroductionEngine.ARRIVAL)
						.toList();
					List<IntroductionEngine.Edge> exact = exact(open);
					long t2 = System.nanoTime();
					System.out.printf("| %s | %d | %d | %d | %.4f | %d | %d | %.1f | %.0f |%n", mix, n, open.size(),
							seed, weight(ours) / weight(exact), open.size() - 2 * ours.size(),
							open.size() - 2 * exact.size(), (t1 - t0) / 1e6, (t2 - t1) / 1e6);
				}
			}
		}
	}

	/**
	 * Every pair of the open families (in {@link IntroductionEngine#ARRIVAL} order)
	 * scored as the engine scores them, and blossom V on all of them.
	 */
	static List<IntroductionEngine.Edge> exact(List<Candidate> open) {
		Weights weights = Weights.DEFAULTS;
		PairScorer scorer = new PairScorer(weights, History.EMPTY, Families.NOW,
				Fairness.of(open, weights, Families.NOW));
		List<IntroductionEngine.Edge> edges = new ArrayList<>();
		for (int u = 0; u < open.size(); u++) {
			for (int v = u + 1; v < open.size(); v++) {
				double score = scorer.score(open.get(u), open.get(v));
				if (score > 0) {
					edges.add(new IntroductionEngine.Edge(u, v, score));
				}
			}
		}
		return IntroductionEngine.byCopy(open.size(), edges);
	}

	static double weight(List<IntroductionEngine.Edge> edges) {
		return edges.stream().mapToDouble(IntroductionEngine.Edge::weight).sum();
	}

	private MatchingQuality() {
	}

}
