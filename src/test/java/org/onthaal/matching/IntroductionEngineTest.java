package org.onthaal.matching;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onthaal.matching.Families.NOW;
import static org.onthaal.matching.Families.family;

class IntroductionEngineTest {

	private final IntroductionEngine engine = new IntroductionEngine();

	private final Candidate elif = family(1, List.of("tr", "nl"), Set.of("cooking", "music"), List.of("1-2"));

	private final Candidate ahmet = family(2, List.of("tr"), Set.of("cooking"), List.of("1-2"));

	private final Candidate marie = family(3, List.of("fr", "nl"), Set.of("books"), List.of("4-6"));

	private final Candidate youssef = family(4, List.of("ar", "fr"), Set.of("books", "school"), List.of("3-4"));

	@Test
	void pairsThatMustNotBeSuggestedScoreZero() {
		PairScorer plain = new PairScorer(Weights.DEFAULTS, History.EMPTY, NOW);
		assertThat(plain.score(ahmet, marie)).as("no shared language").isZero();
		Candidate notOpen = new Candidate(50, 5, List.of("tr"), Set.of("cooking"), List.of("1-2"), NOW, false, false,
				false);
		assertThat(plain.score(elif, notOpen)).as("just playing today").isZero();

		FamilyPair pair = FamilyPair.of(1, 2);
		assertThat(scorer(new History(Set.of(pair), Map.of(), Set.of(), Set.of())).score(elif, ahmet)).isZero();
		assertThat(scorer(new History(Set.of(), Map.of(), Set.of(pair), Set.of())).score(elif, ahmet)).isZero();
		assertThat(scorer(new History(Set.of(), Map.of(), Set.of(), Set.of(pair))).score(elif, ahmet)).isZero();
		assertThat(scorer(new History(Set.of(), Map.of(pair, NOW.minus(Duration.ofDays(27))), Set.of(), Set.of()))
			.score(elif, ahmet)).as("introduced 27 days ago").isZero();
		assertThat(scorer(new History(Set.of(), Map.of(pair, NOW.minus(Duration.ofDays(29))), Set.of(), Set.of()))
			.score(elif, ahmet)).as("introduced 29 days ago").isPositive();
	}

	@Test
	void reasonsSayTheSharedLanguageFirstThenWhatIsWorthMostToTheHost() {
		PairScorer scorer = new PairScorer(Weights.DEFAULTS, History.EMPTY, NOW);

		// an interest is something to start the conversation with: before the children
		assertThat(scorer.explain(elif, ahmet).reasons()).containsExactly(new Reason(Reason.Kind.SHARED_LANGUAGE, "tr"),
				new Reason(Reason.Kind.SHARED_INTEREST, "cooking"), new Reason(Reason.Kind.CHILDREN_SAME_AGE, "1-2"));
		// Arabic and French at home meets French and Dutch: they talk in French, a
		// bridge;
		// the bridge says the language, so it takes the language's place
		assertThat(scorer.explain(youssef, marie).reasons()).containsExactly(new Reason(Reason.Kind.BRIDGE, "fr"),
				new Reason(Reason.Kind.SHARED_INTEREST, "books"), new Reason(Reason.Kind.CHILDREN_CLOSE_AGE, "3-4"));
	}

	@Test
	void suggestionsNeverConflictAndNeverPairFamiliesThatScoreZero() {
		for (long seed = 1; seed <= 200; seed++) {
			List<Candidate> present = Families.randomPresent(2 + (int) (seed % 40), seed);
			PairScorer scorer = new PairScorer(Weights.DEFAULTS, History.EMPTY, NOW);
			List<Suggestion> suggestions = engine.suggest(present, History.EMPTY, Set.of(), NOW);

			Set<Long> seen = new HashSet<>();
			for (Suggestion suggestion : suggestions) {
				for (Candidate family : suggestion.families()) {
					assertThat(seen.add(family.familyId()))
						.as("seed %d: family %d in two suggestions", seed, family.familyId())
						.isTrue();
					assertThat(family.openToMeet()).isTrue();
				}
				List<Candidate> f = suggestion.families();
				assertThat(scorer.score(f.get(0), f.get(1))).as("seed %d", seed).isPositive();
				if (suggestion.isTrio()) {
					assertThat(scorer.score(f.get(2), f.get(0))).isPositive();
					assertThat(scorer.score(f.get(2), f.get(1))).isPositive();
				}
			}
		}
	}

	@Test
	void exactMatchingEqualsBruteForceOnAllSmallGraphs() {
		Random random = new Random(42);
		for (int trial = 0; trial < 400; trial++) {
			int n = 2 + random.nextInt(9); // up to 10 families
			List<IntroductionEngine.Edge> edges = new ArrayList<>();
			for (int u = 0; u < n; u++) {
				for (int v = u + 1; v < n; v++) {
					if (random.nextDouble() < 0.6) {
						edges.add(new IntroductionEngine.Edge(u, v, 0.5 + random.nextInt(100) / 10.0));
					}
				}
			}
			double exact = IntroductionEngine.maximumMatching(n, edges)
				.stream()
				.mapToDouble(IntroductionEngine.Edge::weight)
				.sum();
			assertThat(exact).as("trial %d, n=%d", trial, n)
				.isCloseTo(bruteForce(n, edges, 0, new boolean[n]), org.assertj.core.data.Offset.offset(1e-6));
		}
	}

	@Test
	void aNewArrivalDoesNotReshuffleTheCardsWithoutAClearGain() {
		Candidate sofie = family(5, List.of("nl"), Set.of("books"), List.of("4-6"));
		List<Suggestion> before = engine.suggest(List.of(elif, ahmet, marie, sofie), History.EMPTY, Set.of(), NOW);
		Set<FamilyPair> onScreen = pairsOf(before);

		// Jonas would fit Marie slightly better than Sofie does, but not by a clear
		// margin
		Candidate jonas = family(6, List.of("nl"), Set.of("books"), List.of("4-6", "1-2"));
		List<Suggestion> after = engine.suggest(List.of(elif, ahmet, marie, sofie, jonas), History.EMPTY, onScreen,
				NOW);

		assertThat(pairsOf(after)).containsAll(onScreen);
	}

	@Test
	void aFamilyThatWouldStayAloneJoinsAPairAsATrio() {
		Candidate ayse = family(7, List.of("tr", "nl"), Set.of("cooking", "music"), List.of("1-2"));
		List<Suggestion> suggestions = engine.suggest(List.of(elif, ahmet, ayse), History.EMPTY, Set.of(), NOW);

		assertThat(suggestions).hasSize(1);
		assertThat(suggestions.getFirst().isTrio()).isTrue();
	}

	@Test
	void bitMaskScoresEqualThePlainScores() {
		for (long seed = 1; seed <= 30; seed++) {
			// every fifth family introduced twice: the fairness rules apply too
			List<Candidate> random = Families.randomPresent(40, seed).stream().filter(Candidate::openToMeet).toList();
			List<Candidate> open = new ArrayList<>();
			for (int i = 0; i < random.size(); i++) {
				Candidate c = random.get(i);
				open.add(i % 5 != 0 ? c : new Candidate(c.visitId(), c.familyId(), c.languages(), c.interests(),
						c.childAgeBands(), c.arrivedAt(), c.firstVisit(), c.openToMeet(), 2));
			}
			FamilyPair blocked = FamilyPair.of(open.get(0).familyId(), open.get(1).familyId());
			History history = new History(Set.of(blocked), Map.of(), Set.of(), Set.of());
			Fairness fairness = Fairness.of(open, Weights.DEFAULTS, NOW);
			PairScorer plain = new PairScorer(Weights.DEFAULTS, history, NOW, fairness);
			FastScores fast = FastScores.of(open, history, Weights.DEFAULTS, NOW, fairness);
			for (int u = 0; u < open.size(); u++) {
				for (int v = u + 1; v < open.size(); v++) {
					assertThat(fast.score(u, v)).as("seed %d pair %d-%d", seed, u, v)
						.isCloseTo(plain.score(open.get(u), open.get(v)), org.assertj.core.data.Offset.offset(1e-9));
				}
			}
		}
	}

	@Test
	void largeGroupsArePrunedButStillValid() {
		List<Candidate> present = Families.randomPresent(600, 7);
		List<Suggestion> suggestions = engine.suggest(present, History.EMPTY, Set.of(), NOW);
		long open = present.stream().filter(Candidate::openToMeet).count();
		long suggested = suggestions.stream().mapToLong(s -> s.families().size()).sum();
		assertThat(suggested).isGreaterThan(open * 8 / 10);
		assertThat(suggestions.stream().flatMap(s -> s.families().stream()).map(Candidate::familyId).distinct().count())
			.isEqualTo(suggested);
	}

	private static Set<FamilyPair> pairsOf(List<Suggestion> suggestions) {
		Set<FamilyPair> pairs = new HashSet<>();
		suggestions
			.forEach(s -> pairs.add(FamilyPair.of(s.families().get(0).familyId(), s.families().get(1).familyId())));
		return pairs;
	}

	private static PairScorer scorer(History history) {
		return new PairScorer(Weights.DEFAULTS, history, NOW);
	}

	/**
	 * Maximum total weight over all matchings, by trying every choice for the first free
	 * vertex.
	 */
	private static double bruteForce(int n, List<IntroductionEngine.Edge> edges, int from, boolean[] used) {
		int u = from;
		while (u < n && used[u]) {
			u++;
		}
		if (u >= n) {
			return 0;
		}
		used[u] = true;
		double best = bruteForce(n, edges, u + 1, used); // u stays alone
		for (IntroductionEngine.Edge edge : edges) {
			int v = edge.u() == u ? edge.v() : edge.v() == u ? edge.u() : -1;
			if (v >= 0 && !used[v]) {
				used[v] = true;
				best = Math.max(best, edge.weight() + bruteForce(n, edges, u + 1, used));
				used[v] = false;
			}
		}
		used[u] = false;
		return best;
	}

}
