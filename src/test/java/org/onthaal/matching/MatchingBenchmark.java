package org.onthaal.matching;

import java.util.ArrayList;
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
 * trios) against JGraphT's KolmogorovWeightedMatching alone on the full scored graph of
 * the same families. Run with {@code ./mvnw test-compile exec:exec@bench} (see README).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MatchingBenchmark {

	@Param({ "50", "300", "2000" })
	public int n;

	private List<Candidate> present;

	private SimpleWeightedGraph<Integer, DefaultWeightedEdge> fullGraph;

	private final IntroductionEngine engine = new IntroductionEngine();

	@Setup(Level.Trial)
	public void families() {
		present = Families.randomPresent(n, 2026);
		List<Candidate> open = present.stream().filter(Candidate::openToMeet).toList();
		PairScorer scorer = new PairScorer(Weights.DEFAULTS, History.EMPTY, Families.NOW);
		fullGraph = new SimpleWeightedGraph<>(SupplierUtil.createIntegerSupplier(open.size()),
				SupplierUtil.DEFAULT_WEIGHTED_EDGE_SUPPLIER);
		for (int i = 0; i < open.size(); i++) {
			fullGraph.addVertex(i);
		}
		for (int u = 0; u < open.size(); u++) {
			for (int v = u + 1; v < open.size(); v++) {
				double score = scorer.score(open.get(u), open.get(v));
				if (score > 0) {
					fullGraph.setEdgeWeight(fullGraph.addEdge(u, v), score);
				}
			}
		}
	}

	@Benchmark
	public List<Suggestion> onthaalEngine() {
		return engine.suggest(present, History.EMPTY, Set.of(), Families.NOW);
	}

	@Benchmark
	public double jgraphtKolmogorovOnFullGraph() {
		return new KolmogorovWeightedMatching<>(fullGraph, ObjectiveSense.MAXIMIZE).getMatching().getWeight();
	}

	/**
	 * Prints graph sizes and how much weight the pruning gives up, for the note next to
	 * the timings.
	 */
	public static void main(String[] args) {
		for (int size : new int[] { 50, 300, 2000 }) {
			MatchingBenchmark bench = new MatchingBenchmark();
			bench.n = size;
			bench.families();
			double exact = bench.jgraphtKolmogorovOnFullGraph();
			List<Suggestion> ours = bench.onthaalEngine();
			double pairsWeight = new ArrayList<>(ours).stream()
				.filter(s -> !s.isTrio())
				.mapToDouble(Suggestion::score)
				.sum();
			System.out.printf(
					"n=%d open=%d edges=%d exactWeight=%.1f enginePairs=%d engineTrios=%d enginePairWeight=%.1f%n",
					size, bench.fullGraph.vertexSet().size(), bench.fullGraph.edgeSet().size(), exact,
					ours.stream().filter(s -> !s.isTrio()).count(), ours.stream().filter(Suggestion::isTrio).count(),
					pairsWeight);
		}
	}

}
