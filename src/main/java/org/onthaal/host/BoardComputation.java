package org.onthaal.host;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.onthaal.family.InterestRepository;
import org.onthaal.matching.Candidate;
import org.onthaal.matching.FamilyPair;
import org.onthaal.matching.History;
import org.onthaal.matching.IntroductionEngine;
import org.onthaal.matching.Suggestion;
import org.onthaal.tuning.EngineWeights;
import tools.jackson.databind.ObjectMapper;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A place's board, computed in one read-write transaction: who is here, the engine's
 * suggestions (new ones stored, dropped ones withdrawn), the open outcome prompts and the
 * interest catalogue the cards are labelled from.
 * <p>
 * It checks no access and needs no signed-in user, because {@link SharedBoards} runs it
 * on a background thread for every open board of the place at once. That is why the class
 * is package-private: only {@link SharedBoards} (which checks each board when it
 * subscribes) and {@link HostBoardService#board} (which checks the caller) reach it.
 */
@Component
class BoardComputation {

	/** How long after an introduction the board asks whether the families talked. */
	static final Duration ASK_OUTCOME_AFTER = Duration.ofMinutes(10);

	private final PresenceRepository presence;

	private final IntroductionRepository introductions;

	private final InterestRepository interests;

	private final ObjectMapper json;

	private final Clock clock;

	private final EngineWeights weights;

	BoardComputation(PresenceRepository presence, IntroductionRepository introductions, InterestRepository interests,
			EngineWeights weights, ObjectMapper json, Clock clock) {
		this.presence = presence;
		this.weights = weights;
		this.introductions = introductions;
		this.interests = interests;
		this.json = json;
		this.clock = clock;
	}

	/** Writes only when the suggestions change. */
	@Transactional
	public Board compute(long locationId) {
		Instant now = clock.instant();
		List<PresentFamily> present = presence.presentAt(locationId);
		Map<Long, PresentFamily> byVisit = present.stream()
			.collect(Collectors.toMap(PresentFamily::visitId, family -> family));
		Set<Long> visitIds = byVisit.keySet();
		Set<Long> familyIds = present.stream().map(PresentFamily::familyId).collect(Collectors.toSet());

		introductions.withdrawWhereSomeoneLeft(locationId);
		History history = introductions.historyFor(familyIds, visitIds);
		Map<Long, Integer> introductionsPerVisit = introductions.introductionsPerVisit(visitIds);
		Set<Long> introducedVisits = Set.copyOf(introductionsPerVisit.keySet());
		Map<IntroductionRepository.VisitPair, Long> open = new HashMap<>(introductions.openSuggestions(locationId));
		Set<FamilyPair> onScreen = new HashSet<>();
		open.keySet().forEach(pair -> {
			PresentFamily a = byVisit.get(pair.first());
			PresentFamily b = byVisit.get(pair.second());
			if (a != null && b != null) {
				onScreen.add(FamilyPair.of(a.familyId(), b.familyId()));
			}
		});

		List<Candidate> candidates = present.stream()
			.map(family -> new Candidate(family.visitId(), family.familyId(), family.languages(),
					Set.copyOf(family.interestCodes()), family.childAgeBands(), family.checkedInAt().toInstant(),
					family.newcomer(), family.openToMeet(), introductionsPerVisit.getOrDefault(family.visitId(), 0)))
			.toList();
		List<SuggestionCard> cards = new ArrayList<>();
		// the place's own weights, read each time: a manager's change on another node
		// reaches this board with the live update that says so
		IntroductionEngine engine = new IntroductionEngine(weights.forPlace(locationId));
		for (Suggestion suggestion : engine.suggest(candidates, history, onScreen, now)) {
			List<Long> ids = new ArrayList<>();
			List<Candidate> group = suggestion.families();
			for (int i = 0; i < group.size(); i++) {
				for (int j = i + 1; j < group.size(); j++) {
					var pair = IntroductionRepository.VisitPair.of(group.get(i).visitId(), group.get(j).visitId());
					Long existing = open.remove(pair);
					ids.add(existing != null ? existing : introductions.suggest(locationId, pair, suggestion.score(),
							reasonsJson(suggestion), now));
				}
			}
			cards.add(new SuggestionCard(ids, group.stream().map(c -> byVisit.get(c.visitId())).toList(),
					suggestion.score(), suggestion.reasons()));
		}
		introductions.withdraw(open.values());
		List<OutcomePrompt> prompts = introductions.awaitingOutcome(locationId, now.minus(ASK_OUTCOME_AFTER))
			.stream()
			.map(a -> new OutcomePrompt(a.introductionId(), a.firstNickname(), a.secondNickname()))
			.toList();
		return new Board(present, cards, prompts, introducedVisits, interests.findAll());
	}

	private String reasonsJson(Suggestion suggestion) {
		return json.writeValueAsString(suggestion.reasons()
			.stream()
			.map(reason -> Map.of("kind", reason.kind().name(), "value", reason.value()))
			.toList());
	}

}
