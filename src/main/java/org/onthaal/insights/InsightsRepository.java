package org.onthaal.insights;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.onthaal.db.tables.Visit;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

import org.springframework.stereotype.Repository;

import static org.jooq.impl.DSL.boolOr;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.not;
import static org.jooq.impl.DSL.selectDistinct;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.sum;
import static org.onthaal.db.Tables.FAMILY_LANGUAGE;
import static org.onthaal.db.Tables.INTRODUCTION;
import static org.onthaal.db.Tables.OCCUPANCY_SNAPSHOT;
import static org.onthaal.db.Tables.VISIT;
import static org.onthaal.db.Tables.ZONE;

/**
 * The statistics, counted by PostgreSQL over whole periods: every figure is exact. Times
 * are bucketed in the location's own time zone, so a check-in at 9:30 in Brussels counts
 * at 9 o'clock whatever the season.
 */
@Repository
class InsightsRepository {

	/** How the host board stores a bridging reason: {"kind":"BRIDGE","value":"nl"}. */
	private static final String BRIDGE = "[{\"kind\":\"BRIDGE\"}]";

	private static final TypeReference<Map<String, String>> LABELS = new TypeReference<>() {
	};

	private final DSLContext dsl;

	private final ObjectMapper json;

	InsightsRepository(DSLContext dsl, ObjectMapper json) {
		this.dsl = dsl;
		this.json = json;
	}

	/** Visits per local day; days without visits are absent. */
	Map<LocalDate, VisitDay> visitsPerDay(long locationId, Period period, ZoneId zone) {
		Field<LocalDate> day = localDate(VISIT.CHECKED_IN_AT, zone);
		Map<LocalDate, VisitDay> days = new HashMap<>();
		dsl.select(day, count(), sum(VISIT.ADULTS), sum(VISIT.CHILDREN), count().filterWhere(VISIT.FIRST_VISIT))
			.from(VISIT)
			.where(visitsIn(locationId, period, zone))
			.groupBy(day)
			.forEach(r -> days.put(r.value1(),
					new VisitDay(r.value2(), r.value3().intValue(), r.value4().intValue(), r.value5())));
		return days;
	}

	record VisitDay(int visits, int adults, int children, int firstVisits) {
	}

	/** Introductions per local day they were suggested; days without any are absent. */
	Map<LocalDate, IntroductionDay> introductionsPerDay(long locationId, Period period, ZoneId zone) {
		Field<LocalDate> day = localDate(INTRODUCTION.SUGGESTED_AT, zone);
		Condition introduced = INTRODUCTION.STATUS.eq("INTRODUCED");
		Map<LocalDate, IntroductionDay> days = new HashMap<>();
		dsl.select(day, count(), count().filterWhere(introduced),
				count().filterWhere(introduced.and(INTRODUCTION.OUTCOME.eq("TALKED"))),
				count().filterWhere(introduced.and(bridging())))
			.from(INTRODUCTION)
			.where(introductionsIn(locationId, period, zone))
			.groupBy(day)
			.forEach(r -> days.put(r.value1(), new IntroductionDay(r.value2(), r.value3(), r.value4(), r.value5())));
		return days;
	}

	record IntroductionDay(int suggested, int introduced, int talked, int bridging) {
	}

	HeatMap checkInHeatMap(long locationId, Period period, ZoneId zone) {
		Field<Integer> weekday = localPart("isodow", VISIT.CHECKED_IN_AT, zone);
		Field<Integer> hour = localPart("hour", VISIT.CHECKED_IN_AT, zone);
		HeatMap map = new HeatMap();
		dsl.select(weekday, hour, count())
			.from(VISIT)
			.where(visitsIn(locationId, period, zone))
			.groupBy(weekday, hour)
			.forEach(r -> map.add(DayOfWeek.of(r.value1()), r.value2(), r.value3()));
		return map;
	}

	/**
	 * Languages of the distinct families that visited. Anonymised visits no longer say
	 * whose they were: they are counted apart, as visits of unknown language.
	 */
	Insights.Languages languages(long locationId, Period period, ZoneId zone) {
		var totals = dsl.select(countDistinct(VISIT.FAMILY_ID), count().filterWhere(VISIT.FAMILY_ID.isNull()))
			.from(VISIT)
			.where(visitsIn(locationId, period, zone))
			.fetchSingle();
		List<Insights.LanguageCount> counts = dsl
			.select(FAMILY_LANGUAGE.LANGUAGE_CODE, count().filterWhere(FAMILY_LANGUAGE.RANK.eq((short) 1)), count())
			.from(FAMILY_LANGUAGE)
			.where(FAMILY_LANGUAGE.FAMILY_ID.in(selectDistinct(VISIT.FAMILY_ID).from(VISIT)
				.where(visitsIn(locationId, period, zone))
				.and(VISIT.FAMILY_ID.isNotNull())))
			.groupBy(FAMILY_LANGUAGE.LANGUAGE_CODE)
			.orderBy(count().desc(), count().filterWhere(FAMILY_LANGUAGE.RANK.eq((short) 1)).desc(),
					FAMILY_LANGUAGE.LANGUAGE_CODE)
			.fetch(r -> new Insights.LanguageCount(r.value1(), r.value2(), r.value3()));
		return new Insights.Languages(totals.value1(), totals.value2(), counts);
	}

	Introductions introductions(long locationId, Period period, ZoneId zone) {
		Map<String, Integer> byStatus = new HashMap<>();
		int[] talked = new int[1];
		int[] didNotTalk = new int[1];
		int[] bridging = new int[1];
		dsl.select(INTRODUCTION.STATUS, INTRODUCTION.OUTCOME, count(), count().filterWhere(bridging()))
			.from(INTRODUCTION)
			.where(introductionsIn(locationId, period, zone))
			.groupBy(INTRODUCTION.STATUS, INTRODUCTION.OUTCOME)
			.forEach(r -> {
				byStatus.merge(r.value1(), r.value3(), Integer::sum);
				if ("INTRODUCED".equals(r.value1())) {
					if ("TALKED".equals(r.value2())) {
						talked[0] += r.value3();
					}
					else if ("DID_NOT_TALK".equals(r.value2())) {
						didNotTalk[0] += r.value3();
					}
					bridging[0] += r.value4();
				}
			});
		return new Introductions(byStatus.getOrDefault("SUGGESTED", 0), byStatus.getOrDefault("WITHDRAWN", 0),
				byStatus.getOrDefault("INTRODUCED", 0), byStatus.getOrDefault("NOT_NOW", 0),
				byStatus.getOrDefault("ALREADY_KNOW", 0), byStatus.getOrDefault("NOT_A_MATCH", 0), talked[0],
				didNotTalk[0], bridging[0]);
	}

	/** Per reason kind: suggestions giving it, introductions made, and their outcomes. */
	List<Reflection.ReasonOutcome> reasonOutcomes(long locationId, Period period, ZoneId zone) {
		// PostgreSQL lets a function in FROM read the rows before it (an implicit
		// LATERAL)
		Table<?> reasons = DSL.table("jsonb_to_recordset({0}) as reason(kind text, value text)", INTRODUCTION.REASONS);
		Field<String> kind = DSL.field(DSL.name("reason", "kind"), SQLDataType.VARCHAR);
		Condition introduced = INTRODUCTION.STATUS.eq("INTRODUCED");
		return dsl
			.select(kind, countDistinct(INTRODUCTION.ID), countDistinct(INTRODUCTION.ID).filterWhere(introduced),
					countDistinct(INTRODUCTION.ID).filterWhere(introduced.and(INTRODUCTION.OUTCOME.eq("TALKED"))),
					countDistinct(INTRODUCTION.ID).filterWhere(introduced.and(INTRODUCTION.OUTCOME.eq("DID_NOT_TALK"))))
			.from(INTRODUCTION)
			.crossJoin(reasons)
			.where(introductionsIn(locationId, period, zone))
			.and(kind.isNotNull())
			.groupBy(kind)
			.orderBy(kind)
			.fetch(r -> new Reflection.ReasonOutcome(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
	}

	/**
	 * Active corners, in their order, with their snapshots in the period by local hour.
	 */
	List<Insights.CornerUse> corners(long locationId, Period period, ZoneId zone) {
		Field<Integer> hour = localPart("hour", OCCUPANCY_SNAPSHOT.TAKEN_AT, zone);
		Map<Long, Map<Integer, Insights.Usage>> byZone = new HashMap<>();
		dsl.select(OCCUPANCY_SNAPSHOT.ZONE_ID, hour, count(), sum(OCCUPANCY_SNAPSHOT.HEADCOUNT),
				max(OCCUPANCY_SNAPSHOT.HEADCOUNT))
			.from(OCCUPANCY_SNAPSHOT)
			.where(OCCUPANCY_SNAPSHOT.LOCATION_ID.eq(locationId))
			.and(OCCUPANCY_SNAPSHOT.TAKEN_AT.ge(period.start(zone)))
			.and(OCCUPANCY_SNAPSHOT.TAKEN_AT.lt(period.end(zone)))
			.groupBy(OCCUPANCY_SNAPSHOT.ZONE_ID, hour)
			.forEach(r -> byZone.computeIfAbsent(r.value1(), id -> new TreeMap<>())
				.put(r.value2(), new Insights.Usage(r.value3(), r.value4().longValue(), r.value5())));
		return dsl.select(ZONE.ID, ZONE.NAME, ZONE.LABELS, ZONE.KIND, ZONE.CAPACITY)
			.from(ZONE)
			.where(ZONE.LOCATION_ID.eq(locationId))
			.and(ZONE.ACTIVE.isTrue())
			.orderBy(ZONE.SORT_ORDER, ZONE.ID)
			.fetch(r -> {
				Map<Integer, Insights.Usage> hours = byZone.getOrDefault(r.value1(), Map.of());
				List<Insights.HourUse> byHour = new ArrayList<>();
				hours.forEach((h, usage) -> byHour.add(new Insights.HourUse(h, usage)));
				Insights.Usage overall = hours.values()
					.stream()
					.reduce(Insights.Usage.NONE, (a, b) -> new Insights.Usage(a.snapshots() + b.snapshots(),
							a.headcountSum() + b.headcountSum(), Math.max(a.peak(), b.peak())));
				return new Insights.CornerUse(r.value1(), r.value2(), json.readValue(r.value3().data(), LABELS),
						r.value4(), r.value5(), overall, byHour);
			});
	}

	/**
	 * Families that visited in the period and were never introduced to anyone at this
	 * place up to its end, grouped by how often they came in the period.
	 */
	List<Reflection.NeverIntroduced> neverIntroduced(long locationId, Period period, ZoneId zone) {
		Visit other = VISIT.as("other");
		Condition everIntroduced = exists(selectOne().from(INTRODUCTION)
			.join(other)
			.on(other.ID.in(INTRODUCTION.VISIT_A_ID, INTRODUCTION.VISIT_B_ID))
			.where(other.FAMILY_ID.eq(VISIT.FAMILY_ID))
			.and(INTRODUCTION.LOCATION_ID.eq(locationId))
			.and(INTRODUCTION.STATUS.eq("INTRODUCED"))
			.and(INTRODUCTION.SUGGESTED_AT.lt(period.end(zone))));
		var perFamily = dsl.select(VISIT.FAMILY_ID, count().as("visits"), boolOr(VISIT.OPEN_TO_MEET).as("open"))
			.from(VISIT)
			.where(visitsIn(locationId, period, zone))
			.and(VISIT.FAMILY_ID.isNotNull())
			.and(not(everIntroduced))
			.groupBy(VISIT.FAMILY_ID)
			.asTable("per_family");
		Field<Integer> visits = perFamily.field("visits", Integer.class);
		Field<Boolean> open = perFamily.field("open", Boolean.class);
		return dsl.select(visits, count(), count().filterWhere(open))
			.from(perFamily)
			.groupBy(visits)
			.orderBy(visits)
			.fetch(r -> new Reflection.NeverIntroduced(r.value1(), r.value2(), r.value3()));
	}

	private static Condition visitsIn(long locationId, Period period, ZoneId zone) {
		return VISIT.LOCATION_ID.eq(locationId)
			.and(VISIT.CHECKED_IN_AT.ge(period.start(zone)))
			.and(VISIT.CHECKED_IN_AT.lt(period.end(zone)));
	}

	private static Condition introductionsIn(long locationId, Period period, ZoneId zone) {
		return INTRODUCTION.LOCATION_ID.eq(locationId)
			.and(INTRODUCTION.SUGGESTED_AT.ge(period.start(zone)))
			.and(INTRODUCTION.SUGGESTED_AT.lt(period.end(zone)));
	}

	private static Condition bridging() {
		return DSL.condition("{0} @> cast({1} as jsonb)", INTRODUCTION.REASONS, DSL.inline(BRIDGE));
	}

	// the zone is inlined (a checked ZoneId, never user text) so the same expression can
	// be selected and grouped by
	private static Field<LocalDate> localDate(Field<OffsetDateTime> at, ZoneId zone) {
		return DSL.field("cast({0} at time zone {1} as date)", SQLDataType.LOCALDATE, at, DSL.inline(zone.getId()));
	}

	private static Field<Integer> localPart(String part, Field<OffsetDateTime> at, ZoneId zone) {
		return DSL.field("cast(extract(" + part + " from {0} at time zone {1}) as integer)", SQLDataType.INTEGER, at,
				DSL.inline(zone.getId()));
	}

}
