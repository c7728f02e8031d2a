package org.onthaal.matching;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.jgrapht.alg.matching.blossom.v5.KolmogorovWeightedMatching;
import org.jgrapht.alg.matching.blossom.v5.ObjectiveSense;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.jgrapht.util.SupplierUtil;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The engine end to end (scoring every pair, pruning above 150 open families, blossom V,
 * trios) against the exact maximum-weight matching over every pair (JGraphT's
 * KolmogorovWeightedMatching), both from the same families and both including scoring.
 * The exact one runs as single shots: at n = 2000 one run takes about a minute. Run with
 * {@code ./mvnw test-compile exec:exec@bench}; the weight each reaches comes from
 * {@code MatchingQuality}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MatchingBenchmark {

	@Param({ "50", "300", "500", "1000", "2000" })
	public int n;

	private List<Candidate> present;

	private final IntroductionEngine engine = new IntroductionEngine();

	@Setup(Level.Trial)
	public void families() {
		present = Families.randomPresent(n, 2026);
	}

	@Benchmark
	public List<Suggestion> onthaalEngine() {
		return engine.suggest(present, History.EMPTY, Set.of(), Families.NOW);
	}

	@Benchmark
	@BenchmarkMode(Mode.SingleShotTime)
	@Warmup(iterations = 1)
	@Measurement(iterations = 2)
	public double exactOverEveryPairIncludingScoring() {
		List<Candidate> open = present.stream()
			.filter(Candidate::openToMeet)
			.sorted(IntroductionEngine.ARRIVAL)
			.toList();
		PairScorer scorer = new PairScorer(Weights.DEFAULTS, History.EMPTY, Families.NOW,
				Fairness.of(open, Weights.DEFAULTS, Families.NOW));
		SimpleWeightedGraph<Integer, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(
				SupplierUtil.createIntegerSupplier(open.size()), SupplierUtil.DEFAULT_WEIGHTED_EDGE_SUPPLIER);
		for (int i = 0; i < open.size(); i++) {
			graph.addVertex(i);
		}
		for (int u = 0; u < open.size(); u++) {
			for (int v = u + 1; v < open.size(); v++) {
				double score = scorer.score(open.get(u), open.get(v));
				if (score > 0) {
					graph.setEdgeWeight(graph.addEdge(u, v), score);
				}
			}
		}
		return new KolmogorovWeightedMatching<>(graph, ObjectiveSense.MAXIMIZE).getMatching().getWeight();
	}

}
