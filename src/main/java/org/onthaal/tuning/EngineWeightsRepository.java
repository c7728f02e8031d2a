package org.onthaal.tuning;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.onthaal.db.tables.Visit;
import org.onthaal.family.FamilyProfileFields;
import org.onthaal.matching.Candidate;
import org.onthaal.matching.FamilyPair;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

import org.springframework.stereotype.Repository;

import static org.onthaal.db.Tables.ACQUAINTANCE;
import static org.onthaal.db.Tables.ENGINE_WEIGHTS;
import static org.onthaal.db.Tables.INTRODUCTION;
import static org.onthaal.db.Tables.LOCATION;
import static org.onthaal.db.Tables.VISIT;

/** A place's own weights, and the stored visits the preview replays. */
@Repository
class EngineWeightsRepository {

	/** A place's stored weights by setting key, and who saved them when. */
	record Stored(Map<String, Double> values, Instant changedAt, String changedBy) {
	}

	private static final TypeReference<Map<String, Double>> VALUES = new TypeReference<>() {
	};

	private static final Visit VISIT_A = VISIT.as("visit_a");

	private static final Visit VISIT_B = VISIT.as("visit_b");

	private final DSLContext dsl;

	private final ObjectMapper json;

	EngineWeightsRepository(DSLContext dsl, ObjectMapper json) {
		this.dsl = dsl;
		this.json = json;
	}

	Optional<Stored> find(long locationId) {
		return dsl.select(ENGINE_WEIGHTS.WEIGHTS, ENGINE_WEIGHTS.CHANGED_AT, ENGINE_WEIGHTS.CHANGED_BY)
			.from(ENGINE_WEIGHTS)
			.where(ENGINE_WEIGHTS.LOCATION_ID.eq(locationId))
			.fetchOptional(
					r -> new Stored(json.readValue(r.value1().data(), VALUES), r.value2().toInstant(), r.value3()));
	}

	void save(long locationId, Map<String, Double> values, Instant changedAt, String changedBy) {
		JSONB weights = JSONB.valueOf(json.writeValueAsString(values));
		OffsetDateTime at = OffsetDateTime.ofInstant(changedAt, ZoneOffset.UTC);
		dsl.insertInto(ENGINE_WEIGHTS)
			.set(ENGINE_WEIGHTS.LOCATION_ID, locationId)
			.set(ENGINE_WEIGHTS.WEIGHTS, weights)
			.set(ENGINE_WEIGHTS.CHANGED_AT, at)
			.set(ENGINE_WEIGHTS.CHANGED_BY, changedBy)
			.onConflict(ENGINE_WEIGHTS.LOCATION_ID)
			.doUpdate()
			.set(ENGINE_WEIGHTS.WEIGHTS, weights)
			.set(ENGINE_WEIGHTS.CHANGED_AT, at)
			.set(ENGINE_WEIGHTS.CHANGED_BY, changedBy)
			.execute();
	}

	boolean delete(long locationId) {
		return dsl.deleteFrom(ENGINE_WEIGHTS).where(ENGINE_WEIGHTS.LOCATION_ID.eq(locationId)).execute() > 0;
	}

	/** Two managers saving at once: the second waits, then sees the first's weights. */
	void lockLocation(long locationId) {
		dsl.select(LOCATION.ID).from(LOCATION).where(LOCATION.ID.eq(locationId)).forUpdate().fetchOptional();
	}

	/**
	 * The visits that began at the place in [from, until), as the engine would have seen
	 * each family on arrival (today's languages, interests and children: what the family
	 * told is not versioned), with the consent given at that visit. A visit not yet ended
	 * counts as ending at {@code until}.
	 */
	List<Replay.Visit> visits(long locationId, Instant from, Instant until) {
		OffsetDateTime end = OffsetDateTime.ofInstant(until, ZoneOffset.UTC);
		return dsl
			.select(VISIT.ID, VISIT.FAMILY_ID, VISIT.CHECKED_IN_AT, VISIT.CHECKED_OUT_AT, VISIT.OPEN_TO_MEET,
					FamilyProfileFields.firstVisit(VISIT), FamilyProfileFields.languages(VISIT.FAMILY_ID),
					FamilyProfileFields.interestCodes(VISIT.FAMILY_ID),
					FamilyProfileFields.childAgeBands(VISIT.FAMILY_ID))
			.from(VISIT)
			.where(VISIT.LOCATION_ID.eq(locationId))
			.and(VISIT.CHECKED_IN_AT.ge(OffsetDateTime.ofInstant(from, ZoneOffset.UTC)))
			.and(VISIT.CHECKED_IN_AT.lt(end))
			.orderBy(VISIT.CHECKED_IN_AT, VISIT.ID)
			.fetch(r -> {
				OffsetDateTime out = r.value4();
				Instant leaves = out == null || out.isAfter(end) ? until : out.toInstant();
				Candidate family = new Candidate(r.value1(), r.value2(), r.value7(), Set.copyOf(r.value8()), r.value9(),
						r.value3().toInstant(), r.value6(), r.value5(), 0);
				return new Replay.Visit(family, leaves);
			});
	}

	/**
	 * Who knew whom before {@code from}: the engine's own introductions after it are what
	 * the replay makes anew; families marked as knowing each other (by a host or
	 * themselves) count whenever it was said.
	 */
	Set<FamilyPair> acquaintances(Set<Long> familyIds, Instant from) {
		Set<FamilyPair> known = new HashSet<>();
		dsl.select(ACQUAINTANCE.FAMILY_A_ID, ACQUAINTANCE.FAMILY_B_ID)
			.from(ACQUAINTANCE)
			.where(ACQUAINTANCE.FAMILY_A_ID.in(familyIds))
			.and(ACQUAINTANCE.FAMILY_B_ID.in(familyIds))
			.and(ACQUAINTANCE.SINCE.lt(OffsetDateTime.ofInstant(from, ZoneOffset.UTC))
				.or(ACQUAINTANCE.SOURCE.ne("INTRODUCTION")))
			.forEach(r -> known.add(FamilyPair.of(r.value1(), r.value2())));
		return known;
	}

	/** Pairs a host marked as no match: the replay respects them too. */
	Set<FamilyPair> vetoes(Set<Long> familyIds) {
		Set<FamilyPair> vetoes = new HashSet<>();
		dsl.select(VISIT_A.FAMILY_ID, VISIT_B.FAMILY_ID)
			.from(INTRODUCTION)
			.join(VISIT_A)
			.on(VISIT_A.ID.eq(INTRODUCTION.VISIT_A_ID))
			.join(VISIT_B)
			.on(VISIT_B.ID.eq(INTRODUCTION.VISIT_B_ID))
			.where(INTRODUCTION.STATUS.eq("NOT_A_MATCH"))
			.and(VISIT_A.FAMILY_ID.in(familyIds))
			.and(VISIT_B.FAMILY_ID.in(familyIds))
			.forEach(r -> vetoes.add(FamilyPair.of(r.value1(), r.value2())));
		return vetoes;
	}

	/** When the place's hosts introduced families in [from, until): one moment a tap. */
	List<Instant> hostMoments(long locationId, Instant from, Instant until) {
		return dsl.selectDistinct(INTRODUCTION.DECIDED_AT)
			.from(INTRODUCTION)
			.where(INTRODUCTION.LOCATION_ID.eq(locationId))
			.and(INTRODUCTION.STATUS.eq("INTRODUCED"))
			.and(INTRODUCTION.DECIDED_AT.ge(OffsetDateTime.ofInstant(from, ZoneOffset.UTC)))
			.and(INTRODUCTION.DECIDED_AT.lt(OffsetDateTime.ofInstant(until, ZoneOffset.UTC)))
			.orderBy(INTRODUCTION.DECIDED_AT)
			.fetch(r -> r.value1().toInstant());
	}

}
