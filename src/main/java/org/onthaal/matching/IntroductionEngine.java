package org.onthaal.matching;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.jgrapht.alg.interfaces.MatchingAlgorithm;
import org.jgrapht.alg.matching.blossom.v5.KolmogorovWeightedMatching;
import org.jgrapht.alg.matching.blossom.v5.KolmogorovWeightedPerfectMatching;
import org.jgrapht.alg.matching.blossom.v5.ObjectiveSense;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.jgrapht.util.SupplierUtil;
import org.jspecify.annotations.Nullable;

/**
 * Turns the families present into non-conflicting suggestions: a maximum-weight matching
 * over the pair graph (exact, with Kolmogorov's blossom V), then a trio where a family
 * would otherwise stay alone. Up to {@link #EXACT_LIMIT} open families every pair is
 * considered; beyond that each family keeps only its {@link #PRUNE_TO} best partners,
 * which keeps thousands of families fast: measured against the exact matching on the same
 * scores, 99.7 % of its weight or more at n = 300 to 1000 and 99.3 % at 2000
 * ({@code MatchingQuality}).
 * <p>
 * A trio needs no language all three speak: the third family shares one with each of the
 * other two, so one parent can interpret; its reasons then say who speaks what with whom
 * ({@link PairScorer#explainTrio}). The result depends only on the families and history
 * given: see {@link #ARRIVAL} and {@link #STRONGEST_FIRST}.
 */
public final class IntroductionEngine {

	/** Open-to-meet families up to which the matching is exact over all pairs. */
	public static final int EXACT_LIMIT = 150;

	/** Partners kept per family above {@link #EXACT_LIMIT}. */
	public static final int PRUNE_TO = 12;

	private final Weights weights;

	public IntroductionEngine(Weights weights) {
		this.weights = weights;
	}

	public IntroductionEngine() {
		this(Weights.DEFAULTS);
	}

	/**
	 * Suggestions for the families present, strongest first. {@code onScreen} are the
	 * pairs the host sees now (a trio as its three pairs): a card on screen stays as it
	 * is while all its families are here and may still meet, so a tap on one card or a
	 * new arrival never reshuffles the others; only the families on no card are matched
	 * anew.
	 */
	public List<Suggestion> suggest(List<Candidate> present, History history, Set<FamilyPair> onScreen, Instant now) {
		List<Candidate> open = present.stream().filter(Candidate::openToMeet).sorted(ARRIVAL).toList();
		Fairness fairness = Fairness.of(open, weights, now);
		PairScorer scorer = new PairScorer(weights, history, now, fairness);
		boolean[] taken = new boolean[open.size()];
		List<int[]> kept = OnScreenCards.keep(open, onScreen, scorer, taken);
		List<Edge> matched = match(open, scorer, history, fairness, onScreen, taken, now);

		List<Suggestion> suggestions = new ArrayList<>();
		List<int[]> pairs = new ArrayList<>();
		for (Edge edge : matched) {
			taken[edge.u()] = true;
			taken[edge.v()] = true;
			pairs.add(new int[] { Math.min(edge.u(), edge.v()), Math.max(edge.u(), edge.v()) });
		}
		// the matching hands its edges over in no fixed order; the trios depend on it
		pairs.sort(Comparator.<int[]>comparingInt(pair -> pair[0]).thenComparingInt(pair -> pair[1]));
		List<int[]> trios = addTrios(open, scorer, taken, pairs);
		for (List<int[]> groups : List.of(kept, pairs, trios)) {
			for (int[] group : groups) {
				suggestions.add(suggestion(open, scorer, group));
			}
		}
		suggestions.sort(STRONGEST_FIRST);
		return suggestions;
	}

	/**
	 * The order the engine works in: who arrived first, then by family id, so the result
	 * depends on the families present, not on the order they are handed in.
	 */
	static final Comparator<Candidate> ARRIVAL = Comparator.comparing(Candidate::arrivedAt)
		.thenComparingLong(Candidate::familyId);

	/**
	 * Cards strongest first; of equal ones, the card with the family that has waited
	 * longest, then by the others' arrival, then by family id (a card lists its families
	 * in {@link #ARRIVAL} order).
	 */
	static final Comparator<Suggestion> STRONGEST_FIRST = Comparator.comparingDouble(Suggestion::score)
		.reversed()
		.thenComparing(Suggestion::families, IntroductionEngine::byArrival);

	private static int byArrival(List<Candidate> a, List<Candidate> b) {
		for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
			int order = ARRIVAL.compare(a.get(i), b.get(i));
			if (order != 0) {
				return order;
			}
		}
		return Integer.compare(a.size(), b.size());
	}

	/**
	 * The pairs the matching chooses, before trios and with no card on screen: indexes
	 * into the open families in {@link #ARRIVAL} order. For measuring the matching
	 * against the exact one on the same scores ({@code MatchingQuality}).
	 */
	List<Edge> matching(List<Candidate> present, History history, Instant now) {
		List<Candidate> open = present.stream().filter(Candidate::openToMeet).sorted(ARRIVAL).toList();
		Fairness fairness = Fairness.of(open, weights, now);
		PairScorer scorer = new PairScorer(weights, history, now, fairness);
		return match(open, scorer, history, fairness, Set.of(), new boolean[open.size()], now);
	}

	/** A positive-weight edge between two indexes of the open list. */
	record Edge(int u, int v, double weight) {
	}

	/**
	 * The matching among the families not {@code taken} by a card kept on screen: exact
	 * over all pairs up to {@link #EXACT_LIMIT} open families. Beyond that, over each
	 * family's {@link #PRUNE_TO} best partners, then repaired: the families that matching
	 * left alone are matched among themselves, so no two who could pair stay alone.
	 */
	private List<Edge> match(List<Candidate> open, PairScorer scorer, History history, Fairness fairness,
			Set<FamilyPair> onScreen, boolean[] taken, Instant now) {
		int n = open.size();
		FastScores fast = FastScores.of(open, history, weights, now, fairness);
		PairWeight weight = (u, v) -> {
			double score = fast != null ? fast.score(u, v) : scorer.score(open.get(u), open.get(v));
			if (score > 0 && !onScreen.isEmpty()
					&& onScreen.contains(FamilyPair.of(open.get(u).familyId(), open.get(v).familyId()))) {
				score += weights.stability();
			}
			return score;
		};
		// above the limit, partners are ranked by what the pair shares, without what each
		// family adds to every pair it is in: ranked with it, every family's best
		// partners
		// were the same few newcomers and long waiters (the matching lost 4 % at n = 500)
		TopPartners top = n > EXACT_LIMIT ? new TopPartners(n, PRUNE_TO) : null;
		double[] bonus = new double[n];
		for (int u = 0; u < n && top != null; u++) {
			bonus[u] = scorer.familyBonus(open.get(u));
		}
		List<Edge> all = new ArrayList<>();
		for (int u = 0; u < n; u++) {
			for (int v = u + 1; v < n && !taken[u]; v++) {
				double w = taken[v] ? 0 : weight.of(u, v);
				if (w <= 0) {
					continue;
				}
				if (top != null) {
					top.offer(u, v, w, w - bonus[u] - bonus[v]);
				}
				else {
					all.add(new Edge(u, v, w));
				}
			}
		}
		if (top == null) {
			return maximumMatching(n, all);
		}
		List<Edge> matched = new ArrayList<>(maximumMatching(n, top.edges()));
		// repair: who the pruned matching left alone is matched among themselves, so no
		// two
		// families who could pair both stay alone
		boolean[] busy = taken.clone();
		for (Edge edge : matched) {
			busy[edge.u()] = true;
			busy[edge.v()] = true;
		}
		int[] alone = IntStream.range(0, n).filter(i -> !busy[i]).toArray();
		List<Edge> among = new ArrayList<>();
		for (int a = 0; a < alone.length; a++) {
			for (int b = a + 1; b < alone.length; b++) {
				double w = weight.of(alone[a], alone[b]);
				if (w > 0) {
					among.add(new Edge(a, b, w));
				}
			}
		}
		for (Edge edge : maximumMatching(alone.length, among)) {
			matched.add(new Edge(alone[edge.u()], alone[edge.v()], edge.weight()));
		}
		return matched;
	}

	/** A pair's weight in the matching; 0 when it must not be suggested. */
	@FunctionalInterface
	private interface PairWeight {

		double of(int u, int v);

	}

	/**
	 * Each family's best {@link #PRUNE_TO} partners, kept in a small array per family
	 * while the pairs stream by, so thousands of families never need a list of every
	 * pair. An edge stays if either end keeps it.
	 */
	private static final class TopPartners {

		private final int[][] partner;

		private final double[][] weight;

		private final double[][] rank;

		private final int[] size;

		/** Where each family's weakest kept partner is, once its array is full. */
		private final int[] weakest;

		private final int k;

		TopPartners(int n, int k) {
			this.partner = new int[n][k];
			this.weight = new double[n][k];
			this.rank = new double[n][k];
			this.size = new int[n];
			this.weakest = new int[n];
			this.k = k;
		}

		/**
		 * An edge of weight {@code w}, kept by the ends for which {@code r} ranks high.
		 */
		void offer(int u, int v, double w, double r) {
			keep(u, v, w, r);
			keep(v, u, w, r);
		}

		private void keep(int u, int v, double w, double r) {
			if (size[u] < k) {
				partner[u][size[u]] = v;
				weight[u][size[u]] = w;
				rank[u][size[u]++] = r;
				if (size[u] == k) {
					weakest[u] = weakestOf(u);
				}
				return;
			}
			// most pairs rank below all kept ones: one comparison
			if (r > rank[u][weakest[u]]) {
				partner[u][weakest[u]] = v;
				weight[u][weakest[u]] = w;
				rank[u][weakest[u]] = r;
				weakest[u] = weakestOf(u);
			}
		}

		private int weakestOf(int u) {
			int at = 0;
			for (int i = 1; i < k; i++) {
				if (rank[u][i] < rank[u][at]) {
					at = i;
				}
			}
			return at;
		}

		/** The kept edges, each once. */
		List<Edge> edges() {
			Set<Long> seen = new HashSet<>();
			List<Edge> edges = new ArrayList<>();
			for (int u = 0; u < size.length; u++) {
				for (int i = 0; i < size[u]; i++) {
					int v = partner[u][i];
					int a = Math.min(u, v);
					int b = Math.max(u, v);
					if (seen.add((long) a * size.length + b)) {
						edges.add(new Edge(a, b, weight[u][i]));
					}
				}
			}
			return edges;
		}

	}

	/**
	 * Exact maximum-weight matching (blossom V). Package-private for the brute-force
	 * comparison.
	 */
	static List<Edge> maximumMatching(int n, List<Edge> edges) {
		if (edges.isEmpty()) {
			return List.of();
		}
		if (n > EXACT_LIMIT) {
			List<Edge> quick = withSpareSeats(n, edges);
			if (quick != null) {
				return quick;
			}
		}
		return byCopy(n, edges);
	}

	/** Blossom V's own maximum matching, on a copy of the graph (twice the vertices). */
	static List<Edge> byCopy(int n, List<Edge> edges) {
		if (edges.isEmpty()) {
			return List.of();
		}
		// blossom V finds perfect matchings; for a maximum one it copies the graph,
		// numbering new vertices from n
		SimpleWeightedGraph<Integer, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(
				SupplierUtil.createIntegerSupplier(n), SupplierUtil.DEFAULT_WEIGHTED_EDGE_SUPPLIER);
		for (int i = 0; i < n; i++) {
			graph.addVertex(i);
		}
		Map<DefaultWeightedEdge, Edge> original = new HashMap<>();
		WholeWeights whole = WholeWeights.of(n, edges);
		for (Edge edge : edges) {
			DefaultWeightedEdge added = graph.addEdge(edge.u(), edge.v());
			graph.setEdgeWeight(added, whole.of(edge));
			original.put(added, edge);
		}
		MatchingAlgorithm.Matching<Integer, DefaultWeightedEdge> matching = new KolmogorovWeightedMatching<>(graph,
				ObjectiveSense.MAXIMIZE)
			.getMatching();
		List<Edge> result = new ArrayList<>();
		for (DefaultWeightedEdge edge : matching.getEdges()) {
			result.add(original.get(edge));
		}
		return result;
	}

	/**
	 * The largest weight handed to blossom V: JGraphT takes weights from 1e10 on for a
	 * missing edge (its NO_PERFECT_MATCHING_THRESHOLD), so stay well below.
	 */
	private static final double LARGEST = 1e9;

	/** Room under each thousandth of a point for the tie-break, at most. */
	private static final long SPREAD = 1L << 16;

	/**
	 * Turns scores into whole-number weights for blossom V: a score in thousandths of a
	 * point, times a spread, plus a tie-break from the pair's indices that adds up to
	 * less than one spread over any matching of n families. JGraphT's blossom V can loop
	 * for ever on fractional weights (its dual updates never settle: jgrapht issue 1200,
	 * {@code BlossomHangTest}); on whole numbers its duals stay halves of whole numbers,
	 * which doubles hold exactly. Without the tie-break, whole numbers make many exact
	 * ties, and those made n = 2000 two and a half times slower. The tie-break is fixed
	 * (the same families in the same arrival order give the same matching) but means
	 * nothing: between equal matchings any is as good. The matching is exact for scores
	 * to three decimals.
	 */
	record WholeWeights(long spread, long ties) {

		static WholeWeights of(int n, List<Edge> edges) {
			double top = edges.stream().mapToDouble(edge -> Math.abs(edge.weight())).max().orElse(1) * 1000 + 1;
			long spread = Math.max(1, Math.min(SPREAD, (long) (LARGEST / top)));
			return new WholeWeights(spread, Math.max(1, spread / (n / 2 + 1)));
		}

		double of(Edge edge) {
			long tie = ties == 1 ? 0 : Math.floorMod((edge.u() * 7919L + edge.v()) * 2654435761L, ties);
			return Math.round(edge.weight() * 1000) * (double) spread + tie;
		}

	}

	/** Seats of weight 0 for families the matching leaves alone. */
	private static final int SPARE_SEATS = 4;

	/**
	 * The maximum matching as a perfect one, with a few spare seats (weight 0) for who
	 * stays alone, over the families that have an edge at all: half the vertices of
	 * blossom V's own copy of the graph. The best matching with k families alone weighs a
	 * concave function of k, so when a spare seat pairs with another spare seat, more
	 * seats could not have done better: the result is exact. Null when every seat was
	 * taken (then more may stay alone): the caller copies the graph instead.
	 */
	static @Nullable List<Edge> withSpareSeats(int n, List<Edge> edges) {
		// families without an edge cannot be matched: left out, not given a seat each
		int[] vertexOf = new int[n];
		Arrays.fill(vertexOf, -1);
		List<Integer> familyOf = new ArrayList<>();
		for (Edge edge : edges) {
			for (int family : new int[] { edge.u(), edge.v() }) {
				if (vertexOf[family] < 0) {
					vertexOf[family] = familyOf.size();
					familyOf.add(family);
				}
			}
		}
		int families = familyOf.size();
		int seats = SPARE_SEATS + (families + SPARE_SEATS) % 2;
		SimpleWeightedGraph<Integer, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(
				SupplierUtil.createIntegerSupplier(families + seats), SupplierUtil.DEFAULT_WEIGHTED_EDGE_SUPPLIER);
		for (int i = 0; i < families + seats; i++) {
			graph.addVertex(i);
		}
		Map<DefaultWeightedEdge, Edge> original = new HashMap<>();
		WholeWeights whole = WholeWeights.of(n, edges);
		for (Edge edge : edges) {
			DefaultWeightedEdge added = graph.addEdge(vertexOf[edge.u()], vertexOf[edge.v()]);
			graph.setEdgeWeight(added, whole.of(edge));
			original.put(added, edge);
		}
		for (int seat = families; seat < families + seats; seat++) {
			for (int other = 0; other < seat; other++) {
				graph.setEdgeWeight(graph.addEdge(seat, other), 0);
			}
		}
		MatchingAlgorithm.Matching<Integer, DefaultWeightedEdge> matching;
		try {
			matching = new KolmogorovWeightedPerfectMatching<>(graph, ObjectiveSense.MAXIMIZE).getMatching();
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
		List<Edge> result = new ArrayList<>();
		boolean seatsToSpare = false;
		for (DefaultWeightedEdge edge : matching.getEdges()) {
			int u = graph.getEdgeSource(edge);
			int v = graph.getEdgeTarget(edge);
			if (u >= families && v >= families) {
				seatsToSpare = true;
			}
			else if (u < families && v < families) {
				result.add(original.get(edge));
			}
		}
		return seatsToSpare ? result : null;
	}

	/**
	 * A family left alone joins the pair it scores best with, when it scores at least the
	 * trio threshold on average with both and neither pair member has someone else
	 * joining already.
	 */
	private List<int[]> addTrios(List<Candidate> open, PairScorer scorer, boolean[] taken, List<int[]> pairs) {
		List<int[]> trios = new ArrayList<>();
		for (int u = 0; u < open.size(); u++) {
			if (taken[u]) {
				continue;
			}
			int bestPair = -1;
			double bestScore = weights.trioThreshold();
			for (int p = 0; p < pairs.size(); p++) {
				int[] pair = pairs.get(p);
				double sa = scorer.score(open.get(u), open.get(pair[0]));
				double sb = scorer.score(open.get(u), open.get(pair[1]));
				if (sa > 0 && sb > 0 && (sa + sb) / 2 >= bestScore) {
					bestScore = (sa + sb) / 2;
					bestPair = p;
				}
			}
			if (bestPair >= 0) {
				int[] pair = pairs.remove(bestPair);
				// in arrival order, as a trio kept on screen is rebuilt, so its card
				// reads the
				// same
				int[] trio = { pair[0], pair[1], u };
				Arrays.sort(trio);
				trios.add(trio);
				taken[u] = true;
			}
		}
		return trios;
	}

	private Suggestion suggestion(List<Candidate> open, PairScorer scorer, int[] group) {
		List<Candidate> families = Arrays.stream(group).mapToObj(open::get).toList();
		if (group.length == 3) {
			double score = scorer.score(families.get(0), families.get(1))
					+ scorer.score(families.get(0), families.get(2)) + scorer.score(families.get(1), families.get(2));
			return new Suggestion(families, score,
					scorer.explainTrio(families.get(0), families.get(1), families.get(2)));
		}
		PairScorer.Scored pair = scorer.explain(families.get(0), families.get(1));
		return new Suggestion(families, pair.score(), pair.reasons());
	}

}
