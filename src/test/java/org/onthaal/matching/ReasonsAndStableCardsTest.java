package org.onthaal.matching;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onthaal.matching.Families.NOW;
import static org.onthaal.matching.Families.family;

/** The reasons a card shows, and cards that stay where they are while the host taps. */
class ReasonsAndStableCardsTest {

	private final IntroductionEngine engine = new IntroductionEngine();

	@Test
	void twoNewcomersMakeOneChipAndDoNotPushOutTheirSharedInterest() {
		Candidate elif = newcomer(1, List.of("tr"), Set.of("cooking"));
		Candidate ahmet = newcomer(2, List.of("tr"), Set.of("cooking"));

		List<Reason> reasons = new PairScorer(Weights.DEFAULTS, History.EMPTY, NOW).explain(elif, ahmet).reasons();

		assertThat(reasons).containsExactly(new Reason(Reason.Kind.SHARED_LANGUAGE, "tr"),
				new Reason(Reason.Kind.SHARED_INTEREST, "cooking"),
				new Reason(Reason.Kind.NEWCOMER, "1,2", List.of(1L, 2L)));
	}

	@Test
	void atMostThreeReasonsAndASecondInterestOnlyAfterTheNewcomers() {
		Candidate elif = newcomer(1, List.of("tr"), Set.of("cooking", "music", "books"));
		Candidate ahmet = new Candidate(20, 2, List.of("tr"), Set.of("cooking", "music", "books"), List.of("1-2"),
				NOW.minusSeconds(600), false, true, false);

		List<Reason> reasons = new PairScorer(Weights.DEFAULTS, History.EMPTY, NOW).explain(elif, ahmet).reasons();

		assertThat(reasons).containsExactly(new Reason(Reason.Kind.SHARED_LANGUAGE, "tr"),
				new Reason(Reason.Kind.SHARED_INTEREST, "books"), new Reason(Reason.Kind.NEWCOMER, "1", List.of(1L)));
	}

	@Test
	void waitingIsSaidOnlyOnceItIsLongAndOnlyForWhoWaitedLongest() {
		Candidate elif = new Candidate(10, 1, List.of("tr"), Set.of(), List.of(), NOW.minusSeconds(19 * 60), false,
				true, false);
		Candidate ahmet = new Candidate(20, 2, List.of("tr"), Set.of(), List.of(), NOW.minusSeconds(35 * 60), false,
				true, false);
		Candidate ayse = new Candidate(30, 3, List.of("tr"), Set.of(), List.of(), NOW.minusSeconds(15 * 60), false,
				true, false);
		PairScorer scorer = new PairScorer(Weights.DEFAULTS, History.EMPTY, NOW);

		assertThat(scorer.explain(elif, ayse).reasons()).containsExactly(new Reason(Reason.Kind.SHARED_LANGUAGE, "tr"));
		assertThat(scorer.explain(elif, ahmet).reasons()).containsExactly(new Reason(Reason.Kind.SHARED_LANGUAGE, "tr"),
				new Reason(Reason.Kind.WAITING, "35", List.of(2L)));
	}

	@Test
	void aTrioWhoAllSpeakOneLanguageSaysSo() {
		Candidate a = family(1, List.of("ar", "nl"), Set.of("cooking"), List.of());
		Candidate b = family(2, List.of("nl"), Set.of("cooking"), List.of());
		Candidate c = family(3, List.of("tr", "nl"), Set.of("cooking"), List.of());

		List<Reason> reasons = new PairScorer(Weights.DEFAULTS, History.EMPTY, NOW).explainTrio(a, b, c);

		assertThat(reasons).containsExactly(new Reason(Reason.Kind.SHARED_LANGUAGE, "nl"),
				new Reason(Reason.Kind.SHARED_INTEREST, "cooking"));
	}

	@Test
	void aTrioWithoutOneLanguageForAllSaysWhoSpeaksWhatWithWhom() {
		Candidate amal = family(1, List.of("ar", "fr"), Set.of(), List.of());
		Candidate berk = family(2, List.of("ar", "nl"), Set.of(), List.of());
		Candidate chloe = family(3, List.of("fr", "nl"), Set.of(), List.of());

		List<Reason> reasons = new PairScorer(Weights.DEFAULTS, History.EMPTY, NOW).explainTrio(amal, berk, chloe);

		assertThat(reasons).containsExactly(new Reason(Reason.Kind.SHARED_LANGUAGE, "ar", List.of(1L, 2L)),
				new Reason(Reason.Kind.SHARED_LANGUAGE, "fr", List.of(1L, 3L)),
				new Reason(Reason.Kind.SHARED_LANGUAGE, "nl", List.of(2L, 3L)));
		List<Candidate> trio = List.of(amal, berk, chloe);
		for (Reason reason : reasons) {
			for (long id : reason.families()) {
				assertThat(trio.stream().filter(f -> f.familyId() == id).findFirst().orElseThrow().languages())
					.as("family %d speaks %s", id, reason.value())
					.contains(reason.value());
			}
		}
	}

	@Test
	void theEngineGivesATrioItsOwnReasons() {
		Candidate amal = family(1, List.of("ar", "fr"), Set.of("cooking", "music"), List.of("1-2"));
		Candidate berk = family(2, List.of("ar", "nl"), Set.of("cooking", "music"), List.of("1-2"));
		Candidate chloe = family(3, List.of("fr", "nl"), Set.of("cooking", "music"), List.of("1-2"));

		List<Suggestion> suggestions = engine.suggest(List.of(amal, berk, chloe), History.EMPTY, Set.of(), NOW);

		assertThat(suggestions).singleElement().satisfies(trio -> {
			assertThat(trio.isTrio()).isTrue();
			assertThat(trio.families()).extracting(Candidate::familyId).containsExactly(1L, 2L, 3L);
			assertThat(trio.reasons()).filteredOn(r -> r.kind() == Reason.Kind.SHARED_LANGUAGE)
				.allSatisfy(r -> assertThat(r.families()).hasSize(2));
		});
	}

	@Test
	void aDecisionOnOneCardLeavesTheOtherCardsAsTheyWere() {
		// A and B share much, C and D little; once A and B may not meet today, the best
		// matching would be A-C and B-D: without keeping C-D, their card would change
		Candidate a = family(1, List.of("nl"), Set.of("cooking", "music", "books"), List.of());
		Candidate b = family(2, List.of("nl"), Set.of("cooking", "music", "books"), List.of());
		Candidate c = family(3, List.of("nl"), Set.of("cooking"), List.of());
		Candidate d = family(4, List.of("nl"), Set.of("music"), List.of());
		List<Candidate> present = List.of(a, b, c, d);
		List<Suggestion> before = engine.suggest(present, History.EMPTY, Set.of(), NOW);
		assertThat(pairsOf(before)).containsExactlyInAnyOrder(FamilyPair.of(1, 2), FamilyPair.of(3, 4));

		History notNowAB = new History(Set.of(), Map.of(), Set.of(), Set.of(FamilyPair.of(1, 2)));
		List<Suggestion> after = engine.suggest(present, notNowAB, Set.of(FamilyPair.of(3, 4)), NOW);

		assertThat(pairsOf(after)).containsExactly(FamilyPair.of(3, 4));
		assertThat(pairsOf(engine.suggest(present, notNowAB, Set.of(), NOW)))
			.as("without the cards on screen the engine would reshuffle (A-C and B-D or A-D and B-C: equal)")
			.hasSize(2)
			.doesNotContain(FamilyPair.of(3, 4));
	}

	@Test
	void aTrioOnScreenStaysATrioAndANewArrivalDoesNotBreakIt() {
		Candidate a = family(1, List.of("nl"), Set.of("cooking"), List.of());
		Candidate b = family(2, List.of("nl"), Set.of("cooking"), List.of());
		Candidate c = family(3, List.of("nl"), Set.of("cooking"), List.of());
		Set<FamilyPair> trio = Set.of(FamilyPair.of(1, 2), FamilyPair.of(1, 3), FamilyPair.of(2, 3));
		Candidate newcomer = newcomer(4, List.of("nl"), Set.of("cooking", "music"));

		List<Suggestion> after = engine.suggest(List.of(a, b, c, newcomer), History.EMPTY, trio, NOW);

		assertThat(after).singleElement()
			.satisfies(s -> assertThat(s.families()).extracting(Candidate::familyId).containsExactly(1L, 2L, 3L));
	}

	@Test
	void aCardWhoseFamiliesMayNoLongerMeetIsNotKept() {
		Candidate a = family(1, List.of("nl"), Set.of("cooking"), List.of());
		Candidate b = family(2, List.of("nl"), Set.of("cooking"), List.of());
		History veto = new History(Set.of(), Map.of(), Set.of(FamilyPair.of(1, 2)), Set.of());

		assertThat(engine.suggest(List.of(a, b), veto, Set.of(FamilyPair.of(1, 2)), NOW)).isEmpty();
	}

	private static Candidate newcomer(long id, List<String> languages, Set<String> interests) {
		return new Candidate(id * 10, id, languages, interests, List.of(), NOW.minusSeconds(600), true, true, false);
	}

	private static Set<FamilyPair> pairsOf(List<Suggestion> suggestions) {
		Set<FamilyPair> pairs = new HashSet<>();
		suggestions
			.forEach(s -> pairs.add(FamilyPair.of(s.families().get(0).familyId(), s.families().get(1).familyId())));
		return pairs;
	}

}
