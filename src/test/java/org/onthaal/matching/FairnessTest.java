package org.onthaal.matching;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onthaal.matching.Families.NOW;

/**
 * Fair within a morning (held-out mornings: one family introduced five times while a
 * Bulgarian-only newcomer who shared its language never was; a family on a card for its
 * whole 74-minute stay never became the top card).
 */
class FairnessTest {

	private final IntroductionEngine engine = new IntroductionEngine();

	@Test
	void aFamilyThatCanTalkWithOnlyOneOtherIsNotPassedOverForABridgingPair() {
		Candidate petar = family(1, List.of("bg", "nl"), 5, 0, false);
		Candidate bulgarian = family(2, List.of("bg"), 5, 0, true);
		Candidate dutch1 = family(3, List.of("nl"), 5, 0, false);
		Candidate dutch2 = family(4, List.of("nl"), 5, 0, false);
		Candidate dutch3 = family(5, List.of("nl"), 5, 0, false);

		List<List<Long>> cards = cards(List.of(petar, bulgarian, dutch1, dutch2, dutch3));

		assertThat(cards).as("the newcomer who speaks only Bulgarian meets the one other who does")
			.anySatisfy(card -> assertThat(card).containsExactlyInAnyOrder(1L, 2L));
	}

	@Test
	void aFamilyIntroducedTwiceRestsWhileAnotherHasWaitedTwentyMinutes() {
		Candidate often = family(1, List.of("nl"), 60, 2, false);
		Candidate fresh = family(2, List.of("nl"), 2, 0, false);
		// waits for a Turkish speaker; the one here said "not now" to it today
		Candidate waiting = family(3, List.of("tr"), 25, 0, false);
		Candidate turkish = family(4, List.of("tr"), 2, 0, false);
		History notNow = new History(Set.of(), Map.of(), Set.of(), Set.of(FamilyPair.of(3, 4)));

		assertThat(engine.suggest(List.of(often, fresh, waiting, turkish), notNow, Set.of(), NOW))
			.as("no third introduction while someone who could meet someone has waited 20 minutes")
			.noneSatisfy(card -> assertThat(card.families()).contains(often));
		assertThat(cards(List.of(often, fresh))).as("with nobody waiting, a third introduction is fine")
			.containsExactly(List.of(1L, 2L));
	}

	@Test
	void theFamilyThatWaitsMeetsEvenOneIntroducedTwice() {
		Candidate often = family(1, List.of("nl", "tr"), 60, 2, false);
		Candidate waiting = family(2, List.of("tr"), 25, 0, false);

		assertThat(cards(List.of(often, waiting))).containsExactly(List.of(1L, 2L));
	}

	@Test
	void theNewcomerBonusEndsWithTheNewcomersFirstIntroduction() {
		PairScorer scorer = new PairScorer(Weights.DEFAULTS, History.EMPTY, NOW);
		Candidate other = family(9, List.of("nl"), 0, 0, false);

		double introducedNewcomer = scorer.score(family(1, List.of("nl"), 0, 1, true), other);
		double introducedRegular = scorer.score(family(1, List.of("nl"), 0, 1, false), other);

		assertThat(introducedNewcomer).isEqualTo(introducedRegular);
		assertThat(scorer.score(family(1, List.of("nl"), 0, 0, true), other)).isGreaterThan(introducedRegular);
	}

	@Test
	void waitingKeepsCountingAfterFortyMinutes() {
		PairScorer scorer = new PairScorer(Weights.DEFAULTS, History.EMPTY, NOW);
		Candidate other = family(9, List.of("nl"), 0, 0, false);

		assertThat(scorer.score(family(1, List.of("nl"), 70, 0, false), other))
			.isGreaterThan(scorer.score(family(1, List.of("nl"), 40, 0, false), other));
	}

	@Test
	void aFamilyAloneForAnHourTopsAFreshNewcomerPair() {
		// alone 70 minutes, and a pair of newcomers who just came in and share an
		// interest
		Candidate alone = family(1, List.of("nl"), 70, 0, false);
		Candidate partner = family(2, List.of("nl"), 70, 0, false);
		Candidate newcomer1 = new Candidate(30, 3, List.of("tr"), Set.of("cooking"), List.of(), NOW, true, true, 0);
		Candidate newcomer2 = new Candidate(40, 4, List.of("tr"), Set.of("cooking"), List.of(), NOW, true, true, 0);

		assertThat(cards(List.of(newcomer1, newcomer2, alone, partner)).getFirst()).containsExactly(1L, 2L);
	}

	private static Candidate family(long id, List<String> languages, int minutesHere, int introductions,
			boolean firstVisit) {
		return new Candidate(id * 10, id, languages, Set.of(), List.of(), NOW.minusSeconds(60L * minutesHere),
				firstVisit, true, introductions);
	}

	private List<List<Long>> cards(List<Candidate> present) {
		return engine.suggest(present, History.EMPTY, Set.of(), NOW)
			.stream()
			.map(card -> card.families().stream().map(Candidate::familyId).toList())
			.toList();
	}

}
