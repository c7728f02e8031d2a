package org.onthaal.family;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.onthaal.db.tables.Visit;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

import org.springframework.stereotype.Repository;

import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectCount;
import static org.jooq.impl.DSL.selectOne;
import static org.onthaal.db.Tables.ACQUAINTANCE;
import static org.onthaal.db.Tables.AUDIT_EVENT;
import static org.onthaal.db.Tables.CHILD;
import static org.onthaal.db.Tables.FAMILY;
import static org.onthaal.db.Tables.FAMILY_INTEREST;
import static org.onthaal.db.Tables.FAMILY_LANGUAGE;
import static org.onthaal.db.Tables.INTEREST;
import static org.onthaal.db.Tables.INTRODUCTION;
import static org.onthaal.db.Tables.LOCATION;
import static org.onthaal.db.Tables.VISIT;

/**
 * The back office's reads and writes of families: search, correct, export (erasure is
 * {@link FamilyEraser}'s).
 *
 * <p>
 * Which families a manager may see: a family has no location of its own, so it belongs to
 * the meeting places it visited. A manager finds a family when it has at least one visit
 * (still carrying its id) at the meeting place being worked on. A family whose visits
 * were all made anonymous by retention (or who never visited) belongs to no place any
 * more; only a manager who works at every meeting place ({@code everywhere}) finds it, so
 * its data can still be exported or erased on request and is never shown to a manager of
 * a single place it may never have visited.
 */
@Repository
class FamilyAdminRepository {

	private static final Visit ANY_VISIT = VISIT.as("any_visit");

	private static final TypeReference<Map<String, String>> LABELS = new TypeReference<>() {
	};

	private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() {
	};

	private final DSLContext dsl;

	private final ObjectMapper json;

	FamilyAdminRepository(DSLContext dsl, ObjectMapper json) {
		this.dsl = dsl;
		this.json = json;
	}

	/** Families of this place matching the search, most recently seen first. */
	List<FamilySummary> search(long locationId, boolean everywhere, String text, @Nullable String pictogram, int offset,
			int limit) {
		Condition here = VISIT.FAMILY_ID.eq(FAMILY.ID).and(VISIT.LOCATION_ID.eq(locationId));
		var lastVisit = field(select(max(VISIT.CHECKED_IN_AT)).from(VISIT).where(here));
		return dsl
			.select(FAMILY.ID, FAMILY.NICKNAME, languages(), childAgeBands(),
					field(select(min(VISIT.CHECKED_IN_AT)).from(VISIT).where(here)), lastVisit,
					field(selectCount().from(VISIT).where(here)), FAMILY.CONSENT_INTRODUCTIONS)
			.from(FAMILY)
			.where(matching(text, pictogram))
			.and(visibleAt(locationId, everywhere))
			.orderBy(lastVisit.desc().nullsLast(), FAMILY.NICKNAME, FAMILY.ID)
			.offset(offset)
			.limit(limit)
			.fetch(r -> new FamilySummary(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
					r.value7(), r.value8()));
	}

	int count(long locationId, boolean everywhere, String text, @Nullable String pictogram) {
		return dsl.fetchCount(FAMILY, matching(text, pictogram).and(visibleAt(locationId, everywhere)));
	}

	boolean isVisibleAt(long familyId, long locationId, boolean everywhere) {
		return dsl.fetchExists(FAMILY, FAMILY.ID.eq(familyId).and(visibleAt(locationId, everywhere)));
	}

	/**
	 * Nickname contains the text (any case), or the text is the card's four digits; the
	 * pictogram, when given, must be the card's.
	 */
	private static Condition matching(String text, @Nullable String pictogram) {
		Condition condition = DSL.trueCondition();
		if (!text.isEmpty()) {
			String pattern = "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
			Condition byName = FAMILY.NICKNAME.likeIgnoreCase(pattern, '!');
			condition = text.matches("\\d{4}") ? byName.or(FAMILY.CARD_DIGITS.eq(text)) : byName;
		}
		return pictogram == null ? condition : condition.and(FAMILY.CARD_PICTOGRAM.eq(pictogram));
	}

	private static Condition visibleAt(long locationId, boolean everywhere) {
		Condition visitedHere = exists(
				selectOne().from(VISIT).where(VISIT.FAMILY_ID.eq(FAMILY.ID)).and(VISIT.LOCATION_ID.eq(locationId)));
		if (!everywhere) {
			return visitedHere;
		}
		return visitedHere.or(notExists(selectOne().from(ANY_VISIT).where(ANY_VISIT.FAMILY_ID.eq(FAMILY.ID))));
	}

	private static org.jooq.Field<List<String>> languages() {
		return multiset(select(FAMILY_LANGUAGE.LANGUAGE_CODE).from(FAMILY_LANGUAGE)
			.where(FAMILY_LANGUAGE.FAMILY_ID.eq(FAMILY.ID))
			.orderBy(FAMILY_LANGUAGE.RANK)).convertFrom(r -> r.map(Record1::value1));
	}

	private static org.jooq.Field<List<String>> childAgeBands() {
		// the bands' text order is also their age order: 0-1, 1-2, 2-3, 3-4, 4-6, 6+
		return multiset(select(CHILD.AGE_BAND).from(CHILD)
			.where(CHILD.FAMILY_ID.eq(FAMILY.ID))
			.orderBy(CHILD.AGE_BAND, CHILD.ID)).convertFrom(r -> r.map(Record1::value1));
	}

	Optional<FamilyDetails> details(long familyId) {
		return dsl
			.select(FAMILY.ID, FAMILY.VERSION, FAMILY.NICKNAME, languages(),
					multiset(select(INTEREST.CODE).from(FAMILY_INTEREST)
						.join(INTEREST)
						.on(INTEREST.ID.eq(FAMILY_INTEREST.INTEREST_ID))
						.where(FAMILY_INTEREST.FAMILY_ID.eq(FAMILY.ID))
						.orderBy(INTEREST.SORT_ORDER, INTEREST.ID)).convertFrom(r -> r.map(Record1::value1)),
					childAgeBands(), FAMILY.CONSENT_INTRODUCTIONS, FAMILY.CONSENT_AT, FAMILY.CARD_PICTOGRAM,
					FAMILY.CARD_DIGITS, FAMILY.CREATED_AT, FAMILY.LAST_SEEN_AT)
			.from(FAMILY)
			.where(FAMILY.ID.eq(familyId))
			.fetchOptional(r -> new FamilyDetails(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
					r.value6(), r.value7(), r.value8(), r.value9(), r.value10(), r.value11(), r.value12()));
	}

	/**
	 * Changes the family row if it is still at {@code version}; false when someone else
	 * changed it first.
	 */
	boolean updateRow(long familyId, int version, String nickname, boolean consent, boolean consentChanged,
			OffsetDateTime now) {
		var update = dsl.update(FAMILY)
			.set(FAMILY.NICKNAME, nickname)
			.set(FAMILY.CONSENT_INTRODUCTIONS, consent)
			.set(FAMILY.VERSION, FAMILY.VERSION.plus(1));
		if (consentChanged) {
			update = update.set(FAMILY.CONSENT_AT, now);
		}
		return update.where(FAMILY.ID.eq(familyId)).and(FAMILY.VERSION.eq(version)).execute() == 1;
	}

	/** The active catalogue, plus retired interests the family still has, in order. */
	List<InterestOption> interestOptions(long familyId) {
		return dsl.select(INTEREST.ID, INTEREST.CODE, INTEREST.PICTOGRAM, INTEREST.LABELS)
			.from(INTEREST)
			.where(INTEREST.ACTIVE.isTrue()
				.or(INTEREST.ID.in(select(FAMILY_INTEREST.INTEREST_ID).from(FAMILY_INTEREST)
					.where(FAMILY_INTEREST.FAMILY_ID.eq(familyId)))))
			.orderBy(INTEREST.SORT_ORDER, INTEREST.ID)
			.fetch(r -> new InterestOption(r.value1(), r.value2(), r.value3(),
					json.readValue(r.value4().data(), LABELS)));
	}

	/** Known interest codes among those given. */
	List<String> knownInterests(List<String> codes) {
		return dsl.select(INTEREST.CODE).from(INTEREST).where(INTEREST.CODE.in(codes)).fetch(INTEREST.CODE);
	}

	/**
	 * Children as told: bands that stay keep their row (and the date they were told);
	 * bands that went are removed, newest first; new ones are added as told today.
	 */
	void replaceChildren(long familyId, List<String> ageBands, OffsetDateTime now) {
		Map<String, Integer> wanted = new HashMap<>();
		ageBands.forEach(band -> wanted.merge(band, 1, Integer::sum));
		List<Long> surplus = new ArrayList<>();
		dsl.select(CHILD.ID, CHILD.AGE_BAND)
			.from(CHILD)
			.where(CHILD.FAMILY_ID.eq(familyId))
			.orderBy(CHILD.ID)
			.forEach(r -> {
				int left = wanted.getOrDefault(r.value2(), 0);
				if (left > 0) {
					wanted.put(r.value2(), left - 1);
				}
				else {
					surplus.add(r.value1());
				}
			});
		dsl.deleteFrom(CHILD).where(CHILD.ID.in(surplus)).execute();
		wanted.forEach((band, count) -> {
			for (int i = 0; i < count; i++) {
				dsl.insertInto(CHILD)
					.set(CHILD.FAMILY_ID, familyId)
					.set(CHILD.AGE_BAND, band)
					.set(CHILD.RECORDED_ON, now.toLocalDate())
					.execute();
			}
		});
	}

	List<FamilyExport.Language> exportLanguages(long familyId) {
		return dsl.select(FAMILY_LANGUAGE.RANK, FAMILY_LANGUAGE.LANGUAGE_CODE)
			.from(FAMILY_LANGUAGE)
			.where(FAMILY_LANGUAGE.FAMILY_ID.eq(familyId))
			.orderBy(FAMILY_LANGUAGE.RANK)
			.fetch(r -> new FamilyExport.Language(r.value1(), r.value2(), r.value2()));
	}

	/** An interest code with the manager's own labels per language. */
	record StoredInterest(String code, Map<String, String> labels) {
	}

	List<StoredInterest> exportInterests(long familyId) {
		return dsl.select(INTEREST.CODE, INTEREST.LABELS)
			.from(FAMILY_INTEREST)
			.join(INTEREST)
			.on(INTEREST.ID.eq(FAMILY_INTEREST.INTEREST_ID))
			.where(FAMILY_INTEREST.FAMILY_ID.eq(familyId))
			.orderBy(INTEREST.SORT_ORDER, INTEREST.ID)
			.fetch(r -> new StoredInterest(r.value1(), json.readValue(r.value2().data(), LABELS)));
	}

	List<FamilyExport.Visit> exportVisits(long familyId) {
		return dsl
			.select(LOCATION.NAME, VISIT.CHECKED_IN_AT, VISIT.CHECKED_OUT_AT, VISIT.ADULTS, VISIT.CHILDREN,
					VISIT.OPEN_TO_MEET, VISIT.SOURCE, VISIT.FIRST_VISIT)
			.from(VISIT)
			.join(LOCATION)
			.on(LOCATION.ID.eq(VISIT.LOCATION_ID))
			.where(VISIT.FAMILY_ID.eq(familyId))
			.orderBy(VISIT.CHECKED_IN_AT, VISIT.ID)
			.fetch(r -> new FamilyExport.Visit(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
					r.value7(), r.value8()));
	}

	/** Introductions one of the family's visits took part in; the other side unnamed. */
	List<FamilyExport.Introduction> exportIntroductions(long familyId) {
		return dsl
			.select(LOCATION.NAME, INTRODUCTION.SUGGESTED_AT, INTRODUCTION.DECIDED_AT, INTRODUCTION.STATUS,
					INTRODUCTION.OUTCOME)
			.from(INTRODUCTION)
			.join(LOCATION)
			.on(LOCATION.ID.eq(INTRODUCTION.LOCATION_ID))
			.where(exists(selectOne().from(VISIT)
				.where(VISIT.ID.in(INTRODUCTION.VISIT_A_ID, INTRODUCTION.VISIT_B_ID))
				.and(VISIT.FAMILY_ID.eq(familyId))))
			.orderBy(INTRODUCTION.SUGGESTED_AT, INTRODUCTION.ID)
			.fetch(r -> new FamilyExport.Introduction(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
					FamilyExport.ANOTHER_FAMILY));
	}

	List<FamilyExport.Acquaintance> exportAcquaintances(long familyId) {
		return dsl.select(ACQUAINTANCE.SINCE, ACQUAINTANCE.SOURCE)
			.from(ACQUAINTANCE)
			.where(ACQUAINTANCE.FAMILY_A_ID.eq(familyId).or(ACQUAINTANCE.FAMILY_B_ID.eq(familyId)))
			.orderBy(ACQUAINTANCE.SINCE)
			.fetch(r -> new FamilyExport.Acquaintance(r.value1(), r.value2(), FamilyExport.ANOTHER_FAMILY));
	}

	/** Audit events about the family: when, what, and their details as stored. */
	List<FamilyExport.Event> exportAuditEvents(long familyId) {
		return dsl.select(AUDIT_EVENT.OCCURRED_AT, AUDIT_EVENT.ACTION, AUDIT_EVENT.DETAILS)
			.from(AUDIT_EVENT)
			.where(AUDIT_EVENT.ENTITY.eq(FamilyAdminService.AUDIT_ENTITY))
			.and(AUDIT_EVENT.ENTITY_ID.eq(familyId))
			.orderBy(AUDIT_EVENT.OCCURRED_AT, AUDIT_EVENT.ID)
			.fetch(r -> new FamilyExport.Event(r.value1(), r.value2(), json.readValue(r.value3().data(), DETAILS)));
	}

}
