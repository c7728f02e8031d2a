package org.onthaal.tuning;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.onthaal.matching.Candidate;
import org.onthaal.matching.History;
import org.onthaal.matching.Weights;

import static org.assertj.core.api.Assertions.assertThat;

/** The replay behind the tuning preview, on mornings small enough to follow by hand. */
class ReplayTest {

	private static final Instant NINE = Instant.parse("2026-11-20T08:00:00Z");

	private static final Instant NOON = NINE.plus(Duration.ofHours(3));

	@Test
	void theHostIntroducesTheTopCardAtEachMomentAndIntroducedFamiliesAreNotSuggestedAgain() {
		List<Replay.Visit> morning = List.of(visit(1, List.of("nl"), Set.of(), NINE, true, true),
				visit(2, List.of("nl"), Set.of(), NINE, false, true),
				// not open to meet today: never introduced, not counted
				visit(3, List.of("nl"), Set.of(), NINE, false, false));

		Replay.Figures figures = Replay.run(morning, List.of(at(30), at(40)), History.EMPTY, Weights.DEFAULTS);

		assertThat(figures.events()).as("the second moment finds no one new to meet").isEqualTo(1);
		assertThat(figures.pairs()).isEqualTo(1);
		assertThat(figures.openVisits()).isEqualTo(2);
		assertThat(figures.introducedVisits()).isEqualTo(2);
		assertThat(figures.newcomers()).isEqualTo(1);
		assertThat(figures.newcomersReached()).isEqualTo(1);
		assertThat(figures.averageWaitMinutes()).isEqualTo(30.0);
		assertThat(figures.bridgingShare()).isZero();
	}

	@Test
	void theBridgeWeightDecidesWhetherTheHostBridgesHomeLanguages() {
		// A and B speak Dutch at home and share sleep; C and D speak Arabic at home,
		// Dutch
		// too, and share cooking: the same-language pairs share an interest, the bridging
		// pairs a language only
		List<Replay.Visit> morning = List.of(visit(1, List.of("nl"), Set.of("sleep"), NINE, false, true),
				visit(2, List.of("nl"), Set.of("sleep"), NINE, false, true),
				visit(3, List.of("ar", "nl"), Set.of("cooking"), NINE, false, true),
				visit(4, List.of("ar", "nl"), Set.of("cooking"), NINE, false, true));
		// one tap: at a second, the families left could form a trio
		List<Instant> oneTap = List.of(at(30));

		Replay.Figures byDefault = Replay.run(morning, oneTap, History.EMPTY, Weights.DEFAULTS);
		Map<WeightSetting, Double> noBridge = new EnumMap<>(WeightSetting.valuesOf(Weights.DEFAULTS));
		noBridge.put(WeightSetting.BRIDGE, 0.0);
		Replay.Figures withoutBridge = Replay.run(morning, oneTap, History.EMPTY, WeightSetting.weights(noBridge));

		assertThat(byDefault.pairs()).isEqualTo(1);
		assertThat(byDefault.bridgingPairs()).as("bridge 2.5 > a shared interest 1.5").isEqualTo(1);
		assertThat(withoutBridge.pairs()).isEqualTo(1);
		assertThat(withoutBridge.bridgingPairs()).isZero();
	}

	@Test
	void familiesWhoKnewEachOtherBeforeAreNotIntroducedAndSomeoneWhoLeftIsNotThere() {
		List<Replay.Visit> morning = List.of(visit(1, List.of("nl"), Set.of(), NINE, false, true),
				visit(2, List.of("nl"), Set.of(), NINE, false, true),
				new Replay.Visit(candidate(3, List.of("nl"), Set.of(), NINE, false, true), at(20)));
		History known = new History(Set.of(org.onthaal.matching.FamilyPair.of(1, 2)), Map.of(), Set.of(), Set.of());

		Replay.Figures figures = Replay.run(morning, List.of(at(30)), known, Weights.DEFAULTS);

		assertThat(figures.events()).as("1 and 2 know each other, 3 left at 9:20").isZero();
	}

	@Test
	void withoutRecordedMomentsTheHostActsEveryTenMinutesWhileTwoFamiliesOpenToMeetAreThere() {
		List<Replay.Visit> morning = List.of(
				new Replay.Visit(candidate(1, List.of("nl"), Set.of(), NINE, false, true), NOON),
				new Replay.Visit(candidate(2, List.of("nl"), Set.of(), at(25), false, true), at(60)),
				new Replay.Visit(candidate(3, List.of("nl"), Set.of(), at(30), false, false), NOON));

		List<Instant> moments = Replay.everyTenMinutes(morning);

		assertThat(moments).containsExactly(at(30), at(40), at(50));
		Replay.Figures figures = Replay.run(morning, moments, History.EMPTY, Weights.DEFAULTS);
		assertThat(figures.events()).isEqualTo(1);
		assertThat(figures.minutesToFirstIntroduction()).as("30 for 1, 5 for 2").isEqualTo(35);
	}

	private static Instant at(int minutesAfterNine) {
		return NINE.plus(Duration.ofMinutes(minutesAfterNine));
	}

	private static Replay.Visit visit(long family, List<String> languages, Set<String> interests, Instant arrives,
			boolean firstVisit, boolean open) {
		return new Replay.Visit(candidate(family, languages, interests, arrives, firstVisit, open), NOON);
	}

	private static Candidate candidate(long family, List<String> languages, Set<String> interests, Instant arrives,
			boolean firstVisit, boolean open) {
		return new Candidate(100 + family, family, languages, interests, List.of(), arrives, firstVisit, open, 0);
	}

}
