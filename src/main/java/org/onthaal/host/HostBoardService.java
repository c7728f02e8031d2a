package org.onthaal.host;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.onthaal.base.audit.AuditLog;
import org.onthaal.base.security.CurrentUser;
import org.onthaal.base.security.StaffRoles;
import org.onthaal.live.LiveNotifier;
import org.onthaal.space.LocationService;
import org.onthaal.staff.StaffAccount;
import org.onthaal.staff.StaffDirectory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * The host board's data: who is present, the engine's suggestions (stored, so a team can
 * later look back at what was suggested and what hosts did), and the "did they talk?"
 * prompts. For hosts and managers, at the places they work at only.
 */
@Service
@RolesAllowed({ StaffRoles.HOST, StaffRoles.MANAGER })
public class HostBoardService {

	/** How long a host can take back a tap. */
	public static final Duration UNDO_WITHIN = Duration.ofSeconds(10);

	private static final String AUDIT_ENTITY = "introduction";

	private final PresenceRepository presence;

	private final IntroductionRepository introductions;

	private final StaffDirectory staff;

	private final LocationService locations;

	private final LiveNotifier live;

	private final BoardComputation computation;

	private final AuditLog audit;

	private final Clock clock;

	HostBoardService(PresenceRepository presence, IntroductionRepository introductions, StaffDirectory staff,
			LocationService locations, LiveNotifier live, BoardComputation computation, AuditLog audit, Clock clock) {
		this.presence = presence;
		this.introductions = introductions;
		this.staff = staff;
		this.locations = locations;
		this.live = live;
		this.computation = computation;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<PresentFamily> presentFamilies(long locationId) {
		locations.requireAccess(locationId);
		return presence.presentAt(locationId);
	}

	/**
	 * The place's board as it is now, computed for this caller (the open boards share one
	 * through {@link SharedBoards} instead).
	 */
	@Transactional
	public Board board(long locationId) {
		locations.requireAccess(locationId);
		return computation.compute(locationId);
	}

	/**
	 * Records what the host did with a suggestion, on every host board of the location at
	 * once, and audits it (the signed-in host is the actor). Returns false when another
	 * host had already decided it; then nothing is written.
	 */
	@Transactional
	public boolean decide(long locationId, List<Long> introductionIds, Decision decision, String username) {
		locations.requireAccess(locationId);
		Instant now = clock.instant();
		@Nullable Long staffId = staff.find(username).map(StaffAccount::id).orElse(null);
		if (introductions.decide(locationId, introductionIds, decision.name(), staffId, now) == 0) {
			return false;
		}
		if (decision == Decision.INTRODUCED || decision == Decision.ALREADY_KNOW) {
			String source = decision == Decision.INTRODUCED ? "INTRODUCTION" : "HOST";
			introductions.familyPairs(introductionIds).forEach(pair -> introductions.acquaint(pair, source, now));
		}
		audit.record(CurrentUser.username(), "SUGGESTION_DECIDED", AUDIT_ENTITY, introductionIds.getFirst(), locationId,
				Map.of("decision", decision.name(), "introductionIds", introductionIds));
		live.introductionChanged(locationId, introductionIds.getFirst());
		return true;
	}

	/**
	 * "Not a match" on a trio: the host said which pair does not fit. Only that pair is
	 * vetoed; the trio's other pairs are set aside for today (not now), since the card as
	 * a whole was turned down. Returns false, writing nothing, when the trio was no
	 * longer open or the pair is not one of its own.
	 */
	@Transactional
	public boolean vetoOnePair(long locationId, List<Long> trioIds, long vetoedId, String username) {
		locations.requireAccess(locationId);
		if (!trioIds.contains(vetoedId)) {
			return false;
		}
		Instant now = clock.instant();
		@Nullable Long staffId = staff.find(username).map(StaffAccount::id).orElse(null);
		List<Long> others = trioIds.stream().filter(id -> id != vetoedId).toList();
		if (introductions.decide(locationId, List.of(vetoedId), Decision.NOT_A_MATCH.name(), staffId, now) == 0) {
			return false;
		}
		if (introductions.decide(locationId, others, Decision.NOT_NOW.name(), staffId, now) != others.size()) {
			// someone decided part of the trio meanwhile: all or nothing
			TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
			return false;
		}
		audit.record(CurrentUser.username(), "SUGGESTION_DECIDED", AUDIT_ENTITY, vetoedId, locationId, Map
			.of("decision", Decision.NOT_A_MATCH.name(), "vetoedIntroductionId", vetoedId, "introductionIds", trioIds));
		live.introductionChanged(locationId, vetoedId);
		return true;
	}

	/**
	 * Takes back a decision the same host made at most {@link #UNDO_WITHIN} ago (measured
	 * here, not by the button): the suggestion is open again and the acquaintances the
	 * decision made are gone. Returns false, changing nothing, when it is too late, the
	 * decision was someone else's or part of the card is not decided.
	 */
	@Transactional
	public boolean undo(long locationId, List<Long> introductionIds, String username) {
		locations.requireAccess(locationId);
		Instant now = clock.instant();
		@Nullable Long staffId = staff.find(username).map(StaffAccount::id).orElse(null);
		// compared in the database, where the tap's moment was stored at its precision
		List<IntroductionRepository.DecidedRow> rows = introductions.decidedRows(locationId, introductionIds,
				now.minus(UNDO_WITHIN));
		boolean allMine = staffId != null && rows.size() == Set.copyOf(introductionIds).size()
				&& rows.stream().allMatch(row -> staffId.equals(row.staffUserId()));
		if (!allMine) {
			return false;
		}
		introductions.forgetAcquaintancesMadeBy(introductionIds);
		introductions.withdrawOpenInvolving(locationId,
				rows.stream().flatMap(row -> java.util.stream.Stream.of(row.visitA(), row.visitB())).toList());
		if (introductions.reopen(locationId, introductionIds) != rows.size()) {
			TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
			return false;
		}
		Map<Long, String> undone = new java.util.TreeMap<>();
		rows.forEach(row -> undone.put(row.introductionId(), row.status()));
		audit.record(CurrentUser.username(), "SUGGESTION_DECISION_UNDONE", AUDIT_ENTITY, introductionIds.getFirst(),
				locationId, Map.of("undone", undone, "introductionIds", introductionIds));
		live.introductionChanged(locationId, introductionIds.getFirst());
		return true;
	}

	/**
	 * "Did they talk?": the answer, once, audited with the host who gave it. Families who
	 * did not talk do not know each other after all: the acquaintance the introduction
	 * made goes, and they may be suggested again after {@code Weights.reintroduceAfter}.
	 */
	@Transactional
	public void recordOutcome(long locationId, long introductionId, boolean talked) {
		locations.requireAccess(locationId);
		// only an introduction of this place: an id from elsewhere changes nothing
		if (introductions.recordOutcome(locationId, introductionId, talked) > 0) {
			if (!talked) {
				introductions.forgetAcquaintancesMadeBy(List.of(introductionId));
			}
			audit.record(CurrentUser.username(), "SUGGESTION_OUTCOME_RECORDED", AUDIT_ENTITY, introductionId,
					locationId, Map.of("talked", talked));
			live.introductionChanged(locationId, introductionId);
		}
	}

}
