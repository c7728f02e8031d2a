package org.onthaal.matching;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onthaal.matching.Families.NOW;

/**
 * Same families, same suggestions: the result is a function of the input, whatever order
 * the families come in and however the matching happens to iterate its edges (held-out
 * runs saw 5–6 card orders at n = 20 and 100 and other trios at n = 500).
 */
class DeterministicSuggestionsTest {

	private final IntroductionEngine engine = new IntroductionEngine();

	@ParameterizedTest
	@ValueSource(ints = { 20, 100, 500 })
	void theSameFamiliesInAnyOrderGiveTheSameCardsInTheSameOrder(int n) {
		List<Candidate> present = Families.randomPresent(n, 20261204L + n);
		List<List<Long>> first = cards(present);
		assertThat(first).isNotEmpty();

		Random shuffle = new Random(n);
		for (int run = 0; run < 8; run++) {
			List<Candidate> again = new ArrayList<>(present);
			if (run % 2 == 1) {
				Collections.shuffle(again, shuffle);
			}
			assertThat(cards(again)).as("run %d%s", run, run % 2 == 1 ? ", shuffled" : "").isEqualTo(first);
		}
	}

	@Test
	void cardsOfEqualScoreGoLongestWaitingFirst() {
		// two pairs that can only be matched as they are, both scoring 1.5: Turkish
		// waited 8 and 2 minutes, Polish 5 and 5
		Candidate turkish1 = family(7, "tr", 8);
		Candidate turkish2 = family(9, "tr", 2);
		Candidate polish1 = family(1, "pl", 5);
		Candidate polish2 = family(2, "pl", 5);

		assertThat(cards(List.of(polish1, polish2, turkish1, turkish2))).containsExactly(List.of(7L, 9L),
				List.of(1L, 2L));
	}

	@Test
	void cardsOfEqualScoreAndWaitingGoByTheSmallestFamilyId() {
		Candidate turkish1 = family(5, "tr", 4);
		Candidate turkish2 = family(6, "tr", 4);
		Candidate polish1 = family(8, "pl", 4);
		Candidate polish2 = family(3, "pl", 4);

		assertThat(cards(List.of(turkish1, turkish2, polish1, polish2))).containsExactly(List.of(3L, 8L),
				List.of(5L, 6L));
	}

	private static Candidate family(long id, String language, int minutesWaiting) {
		return new Candidate(id * 10, id, List.of(language), Set.of(), List.of(),
				NOW.minusSeconds(60L * minutesWaiting), false, true, false);
	}

	private List<List<Long>> cards(List<Candidate> present) {
		return engine.suggest(present, History.EMPTY, Set.of(), NOW)
			.stream()
			.map(card -> card.families().stream().map(Candidate::familyId).toList())
			.toList();
	}

}
