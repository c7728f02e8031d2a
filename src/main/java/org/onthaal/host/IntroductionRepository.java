package org.onthaal.host;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Table;
import org.jspecify.annotations.Nullable;
import org.onthaal.matching.FamilyPair;
import org.onthaal.db.tables.Visit;
import org.onthaal.matching.History;

import org.springframework.stereotype.Repository;

import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.greatest;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.least;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.when;
import static org.onthaal.db.Tables.ACQUAINTANCE;
import static org.onthaal.db.Tables.FAMILY;
import static org.onthaal.db.Tables.INTRODUCTION;
import static org.onthaal.db.Tables.VISIT;

/** Suggestions and what hosts did with them, and the history the engine must respect. */
@Repository
class IntroductionRepository {

	/** Two visits, lower id first, as introduction rows store them. */
	record VisitPair(long first, long second) {

		static VisitPair of(long a, long b) {
			return a < b ? new VisitPair(a, b) : new VisitPair(b, a);
		}

	}

	/** An introduction made a while ago whose outcome the host has not recorded yet. */
	record AwaitingOutcome(long introductionId, String firstNickname, String secondNickname) {
	}

	/** A decided suggestion as an undo needs to see it. */
	record DecidedRow(long introductionId, long visitA, long visitB, String status, OffsetDateTime decidedAt,
			@Nullable Long staffUserId) {
	}

	/** What the host's decisions are stored as; an undo turns only these back. */
	private static final List<String> DECISIONS = List.of("INTRODUCED", "NOT_NOW", "ALREADY_KNOW", "NOT_A_MATCH");

	/** The two visits an introduction joins; every query here reads them the same way. */
	private static final Visit VISIT_A = VISIT.as("visit_a");

	private static final Visit VISIT_B = VISIT.as("visit_b");

	private final DSLContext dsl;

	IntroductionRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	History historyFor(Set<Long> familyIds, Set<Long> openVisitIds) {
		Set<FamilyPair> acquaintances = new HashSet<>();
		dsl.select(ACQUAINTANCE.FAMILY_A_ID, ACQUAINTANCE.FAMILY_B_ID)
			.from(ACQUAINTANCE)
			.where(ACQUAINTANCE.FAMILY_A_ID.in(familyIds))
			.and(ACQUAINTANCE.FAMILY_B_ID.in(familyIds))
			.forEach(r -> acquaintances.add(FamilyPair.of(r.value1(), r.value2())));
		Map<FamilyPair, Instant> lastIntroduced = new HashMap<>();
		Set<FamilyPair> vetoes = new HashSet<>();
		dsl.select(VISIT_A.FAMILY_ID, VISIT_B.FAMILY_ID, INTRODUCTION.STATUS, max(INTRODUCTION.DECIDED_AT))
			.from(introductionWithVisits())
			.where(VISIT_A.FAMILY_ID.in(familyIds))
			.and(VISIT_B.FAMILY_ID.in(familyIds))
			.and(INTRODUCTION.STATUS.in("INTRODUCED", "NOT_A_MATCH"))
			.groupBy(VISIT_A.FAMILY_ID, VISIT_B.FAMILY_ID, INTRODUCTION.STATUS)
			.forEach(r -> {
				FamilyPair pair = FamilyPair.of(r.value1(), r.value2());
				if ("NOT_A_MATCH".equals(r.value3())) {
					vetoes.add(pair);
				}
				else if (r.value4() != null) {
					lastIntroduced.merge(pair, r.value4().toInstant(), (x, y) -> x.isAfter(y) ? x : y);
				}
			});
		Set<FamilyPair> notNow = new HashSet<>();
		dsl.select(VISIT_A.FAMILY_ID, VISIT_B.FAMILY_ID)
			.from(introductionWithVisits())
			.where(INTRODUCTION.STATUS.eq("NOT_NOW"))
			.and(INTRODUCTION.VISIT_A_ID.in(openVisitIds))
			.and(INTRODUCTION.VISIT_B_ID.in(openVisitIds))
			.forEach(r -> notNow.add(FamilyPair.of(r.value1(), r.value2())));
		return new History(acquaintances, lastIntroduced, vetoes, notNow);
	}

	/**
	 * How often each visit (of those given) was introduced during this visit, counting a
	 * host's one tap once: a trio's three pairs share their decision time.
	 */
	Map<Long, Integer> introductionsPerVisit(Set<Long> openVisitIds) {
		Map<Long, Set<OffsetDateTime>> events = new HashMap<>();
		dsl.select(INTRODUCTION.VISIT_A_ID, INTRODUCTION.VISIT_B_ID, INTRODUCTION.DECIDED_AT)
			.from(INTRODUCTION)
			.where(INTRODUCTION.STATUS.eq("INTRODUCED"))
			.and(INTRODUCTION.VISIT_A_ID.in(openVisitIds).or(INTRODUCTION.VISIT_B_ID.in(openVisitIds)))
			.forEach(r -> {
				events.computeIfAbsent(r.value1(), visit -> new HashSet<>()).add(r.value3());
				events.computeIfAbsent(r.value2(), visit -> new HashSet<>()).add(r.value3());
			});
		Map<Long, Integer> counts = new HashMap<>();
		events.forEach((visit, times) -> counts.put(visit, times.size()));
		return counts;
	}

	/** Open suggestions at a location whose two visits are both still present. */
	Map<VisitPair, Long> openSuggestions(long locationId) {
		Map<VisitPair, Long> open = new HashMap<>();
		dsl.select(INTRODUCTION.VISIT_A_ID, INTRODUCTION.VISIT_B_ID, INTRODUCTION.ID)
			.from(introductionWithVisits())
			.where(INTRODUCTION.LOCATION_ID.eq(locationId))
			.and(INTRODUCTION.STATUS.eq("SUGGESTED"))
			.and(VISIT_A.CHECKED_OUT_AT.isNull())
			.and(VISIT_B.CHECKED_OUT_AT.isNull())
			.forEach(r -> open.put(new VisitPair(r.value1(), r.value2()), r.value3()));
		return open;
	}

	/**
	 * Stores a suggestion once, whichever host board gets there first; returns its id.
	 */
	long suggest(long locationId, VisitPair pair, double score, String reasonsJson, Instant now) {
		Long inserted = dsl.insertInto(INTRODUCTION)
			.set(INTRODUCTION.LOCATION_ID, locationId)
			.set(INTRODUCTION.VISIT_A_ID, pair.first())
			.set(INTRODUCTION.VISIT_B_ID, pair.second())
			.set(INTRODUCTION.SUGGESTED_AT, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.set(INTRODUCTION.SCORE, java.math.BigDecimal.valueOf(Math.round(score * 1000) / 1000.0))
			.set(INTRODUCTION.REASONS, JSONB.valueOf(reasonsJson))
			.onConflictDoNothing()
			.returning(INTRODUCTION.ID)
			.fetchOne(INTRODUCTION.ID);
		if (inserted != null) {
			return inserted;
		}
		return dsl.fetchValue(INTRODUCTION.ID,
				INTRODUCTION.VISIT_A_ID.eq(pair.first())
					.and(INTRODUCTION.VISIT_B_ID.eq(pair.second()))
					.and(INTRODUCTION.STATUS.eq("SUGGESTED")));
	}

	/**
	 * Suggestions the engine no longer makes, or whose families left, stay on record as
	 * withdrawn.
	 */
	void withdraw(Collection<Long> introductionIds) {
		if (!introductionIds.isEmpty()) {
			dsl.update(INTRODUCTION)
				.set(INTRODUCTION.STATUS, "WITHDRAWN")
				.where(INTRODUCTION.ID.in(introductionIds))
				.and(INTRODUCTION.STATUS.eq("SUGGESTED"))
				.execute();
		}
	}

	void withdrawWhereSomeoneLeft(long locationId) {
		// only this location's open suggestions are looked at, however long the visit
		// history grows
		dsl.update(INTRODUCTION)
			.set(INTRODUCTION.STATUS, "WITHDRAWN")
			.where(INTRODUCTION.LOCATION_ID.eq(locationId))
			.and(INTRODUCTION.STATUS.eq("SUGGESTED"))
			.and(exists(selectOne().from(VISIT)
				.where(VISIT.ID.in(INTRODUCTION.VISIT_A_ID, INTRODUCTION.VISIT_B_ID))
				.and(VISIT.CHECKED_OUT_AT.isNotNull())))
			.execute();
	}

	/**
	 * Records the host's decision on suggestions still open; returns how many it changed.
	 */
	int decide(long locationId, Collection<Long> introductionIds, String status, @Nullable Long staffUserId,
			Instant now) {
		return dsl.update(INTRODUCTION)
			.set(INTRODUCTION.STATUS, status)
			.set(INTRODUCTION.DECIDED_AT, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.set(INTRODUCTION.STAFF_USER_ID, staffUserId)
			.set(INTRODUCTION.VERSION, INTRODUCTION.VERSION.plus(1))
			.where(INTRODUCTION.ID.in(introductionIds))
			.and(INTRODUCTION.LOCATION_ID.eq(locationId))
			.and(INTRODUCTION.STATUS.eq("SUGGESTED"))
			.execute();
	}

	/**
	 * The given introductions of this location that carry a host's decision made at or
	 * after {@code decidedSince}.
	 */
	List<DecidedRow> decidedRows(long locationId, Collection<Long> introductionIds, Instant decidedSince) {
		return dsl
			.select(INTRODUCTION.ID, INTRODUCTION.VISIT_A_ID, INTRODUCTION.VISIT_B_ID, INTRODUCTION.STATUS,
					INTRODUCTION.DECIDED_AT, INTRODUCTION.STAFF_USER_ID)
			.from(INTRODUCTION)
			.where(INTRODUCTION.ID.in(introductionIds))
			.and(INTRODUCTION.LOCATION_ID.eq(locationId))
			.and(INTRODUCTION.STATUS.in(DECISIONS))
			.and(INTRODUCTION.DECIDED_AT.ge(OffsetDateTime.ofInstant(decidedSince, ZoneOffset.UTC)))
			.fetch(r -> new DecidedRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
	}

	/**
	 * Removes the acquaintances these decisions made: the ones stored at the moment of
	 * the decision with its source. Families known to each other before stay known.
	 */
	int forgetAcquaintancesMadeBy(Collection<Long> introductionIds) {
		return dsl.deleteFrom(ACQUAINTANCE)
			.where(exists(selectOne().from(introductionWithVisits())
				.where(INTRODUCTION.ID.in(introductionIds))
				.and(INTRODUCTION.STATUS.in("INTRODUCED", "ALREADY_KNOW"))
				.and(ACQUAINTANCE.SINCE.eq(INTRODUCTION.DECIDED_AT))
				.and(ACQUAINTANCE.SOURCE
					.eq(when(INTRODUCTION.STATUS.eq("INTRODUCED"), inline("INTRODUCTION")).otherwise(inline("HOST"))))
				.and(ACQUAINTANCE.FAMILY_A_ID.eq(least(VISIT_A.FAMILY_ID, VISIT_B.FAMILY_ID)))
				.and(ACQUAINTANCE.FAMILY_B_ID.eq(greatest(VISIT_A.FAMILY_ID, VISIT_B.FAMILY_ID)))))
			.execute();
	}

	/**
	 * Open suggestions at this location that involve one of these visits: a card that an
	 * undo brings back takes its families back from newer cards.
	 */
	void withdrawOpenInvolving(long locationId, Collection<Long> visitIds) {
		dsl.update(INTRODUCTION)
			.set(INTRODUCTION.STATUS, "WITHDRAWN")
			.where(INTRODUCTION.LOCATION_ID.eq(locationId))
			.and(INTRODUCTION.STATUS.eq("SUGGESTED"))
			.and(INTRODUCTION.VISIT_A_ID.in(visitIds).or(INTRODUCTION.VISIT_B_ID.in(visitIds)))
			.execute();
	}

	/** Makes decided suggestions open again, as if the host had not tapped. */
	int reopen(long locationId, Collection<Long> introductionIds) {
		return dsl.update(INTRODUCTION)
			.set(INTRODUCTION.STATUS, "SUGGESTED")
			.setNull(INTRODUCTION.DECIDED_AT)
			.setNull(INTRODUCTION.STAFF_USER_ID)
			.set(INTRODUCTION.VERSION, INTRODUCTION.VERSION.plus(1))
			.where(INTRODUCTION.ID.in(introductionIds))
			.and(INTRODUCTION.LOCATION_ID.eq(locationId))
			.and(INTRODUCTION.STATUS.in(DECISIONS))
			.and(INTRODUCTION.OUTCOME.isNull())
			.execute();
	}

	/** The two families of each introduction. */
	List<FamilyPair> familyPairs(Collection<Long> introductionIds) {
		return dsl.select(VISIT_A.FAMILY_ID, VISIT_B.FAMILY_ID)
			.from(introductionWithVisits())
			.where(INTRODUCTION.ID.in(introductionIds))
			.fetch(r -> FamilyPair.of(r.value1(), r.value2()));
	}

	void acquaint(FamilyPair pair, String source, Instant now) {
		dsl.insertInto(ACQUAINTANCE)
			.set(ACQUAINTANCE.FAMILY_A_ID, pair.first())
			.set(ACQUAINTANCE.FAMILY_B_ID, pair.second())
			.set(ACQUAINTANCE.SINCE, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.set(ACQUAINTANCE.SOURCE, source)
			.onConflictDoNothing()
			.execute();
	}

	/**
	 * Introductions made before {@code madeBefore} at this location, both families still
	 * here, no outcome yet.
	 */
	List<AwaitingOutcome> awaitingOutcome(long locationId, Instant madeBefore) {
		var fa = FAMILY.as("fa");
		var fb = FAMILY.as("fb");
		return dsl.select(INTRODUCTION.ID, fa.NICKNAME, fb.NICKNAME)
			.from(introductionWithVisits())
			.join(fa)
			.on(fa.ID.eq(VISIT_A.FAMILY_ID))
			.join(fb)
			.on(fb.ID.eq(VISIT_B.FAMILY_ID))
			.where(INTRODUCTION.LOCATION_ID.eq(locationId))
			.and(INTRODUCTION.STATUS.eq("INTRODUCED"))
			.and(INTRODUCTION.OUTCOME.isNull())
			.and(INTRODUCTION.DECIDED_AT.le(OffsetDateTime.ofInstant(madeBefore, ZoneOffset.UTC)))
			.and(VISIT_A.CHECKED_OUT_AT.isNull().or(VISIT_B.CHECKED_OUT_AT.isNull()))
			.orderBy(INTRODUCTION.DECIDED_AT)
			.fetch(r -> new AwaitingOutcome(r.value1(), r.value2(), r.value3()));
	}

	int recordOutcome(long locationId, long introductionId, boolean talked) {
		return dsl.update(INTRODUCTION)
			.set(INTRODUCTION.OUTCOME, talked ? "TALKED" : "DID_NOT_TALK")
			.where(INTRODUCTION.ID.eq(introductionId))
			.and(INTRODUCTION.LOCATION_ID.eq(locationId))
			.and(INTRODUCTION.OUTCOME.isNull())
			.execute();
	}

	private static Table<?> introductionWithVisits() {
		return INTRODUCTION.join(VISIT_A)
			.on(VISIT_A.ID.eq(INTRODUCTION.VISIT_A_ID))
			.join(VISIT_B)
			.on(VISIT_B.ID.eq(INTRODUCTION.VISIT_B_ID));
	}

}
