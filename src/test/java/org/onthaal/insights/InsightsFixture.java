package org.onthaal.insights;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jspecify.annotations.Nullable;

import static org.onthaal.db.Tables.FAMILY;
import static org.onthaal.db.Tables.FAMILY_LANGUAGE;
import static org.onthaal.db.Tables.INTRODUCTION;
import static org.onthaal.db.Tables.OCCUPANCY_SNAPSHOT;
import static org.onthaal.db.Tables.VISIT;
import static org.onthaal.db.Tables.ZONE;

/**
 * A small, precise data set around the change to summer time (29 March 2026 in Brussels),
 * with every expected figure worked out by hand in the tests. Visits and snapshots are
 * given in local time.
 */
public final class InsightsFixture {

	public static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	/** Monday of ISO week 13 to Sunday of week 14. */
	public static final Period PERIOD = new Period(LocalDate.of(2026, 3, 23), LocalDate.of(2026, 4, 5));

	public static final List<String> NICKNAMES = List.of("Anouk", "Berkay", "Chiara", "Dorota", "Emre", "Fatou");

	private final DSLContext dsl;

	private final long locationId;

	private InsightsFixture(DSLContext dsl, long locationId) {
		this.dsl = dsl;
		this.locationId = locationId;
	}

	public static void seed(DSLContext dsl, long locationId) {
		new InsightsFixture(dsl, locationId).seed();
	}

	private void seed() {
		long anouk = family("Anouk", "nl", "fr");
		long berkay = family("Berkay", "tr", "nl", "en");
		long chiara = family("Chiara", "ar", "fr");
		long dorota = family("Dorota", "pl");
		long emre = family("Emre", "tr", "de");
		long fatou = family("Fatou", "wo", "fr");

		long v1 = visit(anouk, "2026-03-24T09:30", true, 1, 2, true);
		long v2 = visit(berkay, "2026-03-24T09:45", false, 2, 1, true);
		long v3 = visit(chiara, "2026-03-24T10:10", true, 1, 1, false);
		long v4 = visit(null, "2026-03-24T14:05", false, 1, 0, true);
		// after the change to summer time: still 9 o'clock locally
		long v5 = visit(anouk, "2026-03-31T09:15", false, 1, 2, true);
		long v6 = visit(berkay, "2026-03-31T09:20", false, 1, 1, true);
		long v7 = visit(emre, "2026-04-01T14:30", true, 1, 3, true);
		visit(chiara, "2026-04-05T23:30", false, 1, 0, false);
		long v9 = visit(dorota, "2026-03-20T10:00", true, 1, 1, true);
		visit(anouk, "2026-04-06T00:10", false, 1, 2, true);
		long v11 = visit(berkay, "2026-03-23T00:05", false, 1, 0, true);
		visit(fatou, "2026-03-23T10:00", true, 1, 1, true);
		visit(fatou, "2026-03-30T10:00", false, 1, 1, true);
		visit(fatou, "2026-04-02T10:00", false, 1, 1, true);
		long v8 = dsl.fetchValue(VISIT.ID, VISIT.FAMILY_ID.eq(chiara).and(VISIT.FIRST_VISIT.isFalse()));

		introduction(v1, v2, "2026-03-24T09:50", "INTRODUCED", "TALKED", reason("SHARED_LANGUAGE", "nl"),
				reason("BRIDGE", "nl"));
		introduction(v1, v3, "2026-03-24T10:15", "NOT_NOW", null, reason("SHARED_LANGUAGE", "fr"),
				reason("CHILDREN_SAME_AGE", "1-2"));
		introduction(v2, v3, "2026-03-24T10:15", "WITHDRAWN", null, reason("NEWCOMER", "Chiara"));
		introduction(v5, v6, "2026-03-31T09:25", "INTRODUCED", "DID_NOT_TALK", reason("SHARED_LANGUAGE", "nl"),
				reason("SHARED_INTEREST", "cooking"));
		// an anonymised visit keeps its introductions
		introduction(v2, v4, "2026-03-24T14:10", "INTRODUCED", null, reason("BRIDGE", "en"),
				reason("SHARED_INTEREST", "books"));
		introduction(v5, v6, "2026-03-31T09:22", "ALREADY_KNOW", null, reason("CHILDREN_CLOSE_AGE", "2-3"));
		introduction(v7, v8, "2026-04-01T14:40", "SUGGESTED", null, reason("WAITING", "12"));
		// before the period: not counted
		introduction(v9, v11, "2026-03-20T10:05", "INTRODUCED", "TALKED", reason("BRIDGE", "nl"));
		introduction(v3, v4, "2026-03-24T14:10", "NOT_A_MATCH", null, reason("SHARED_LANGUAGE", "ar"));

		long coffee = zone("Koffiehoek", "COFFEE", 10, true, 0, "{\"fr\": \"Coin café\"}");
		long play = zone("Speelmat", "PLAY", 8, true, 1, "{}");
		long reading = zone("Leeshoek", "READING", 4, true, 2, "{}");
		long garden = zone("Tuin", "OUTDOOR", 20, false, 3, "{}");
		snapshot(coffee, "2026-03-24T09:30", 4);
		snapshot(coffee, "2026-03-24T10:30", 6);
		snapshot(coffee, "2026-03-31T09:45", 3);
		snapshot(play, "2026-03-24T10:00", 8);
		snapshot(play, "2026-04-01T14:00", 2);
		snapshot(reading, "2026-03-20T10:00", 2);
		snapshot(garden, "2026-03-24T11:00", 5);
	}

	private long family(String nickname, String... languages) {
		long id = dsl.insertInto(FAMILY)
			.set(FAMILY.NICKNAME, nickname)
			.set(FAMILY.CONSENT_INTRODUCTIONS, true)
			.returning(FAMILY.ID)
			.fetchSingle(FAMILY.ID);
		for (int rank = 1; rank <= languages.length; rank++) {
			dsl.insertInto(FAMILY_LANGUAGE)
				.set(FAMILY_LANGUAGE.FAMILY_ID, id)
				.set(FAMILY_LANGUAGE.LANGUAGE_CODE, languages[rank - 1])
				.set(FAMILY_LANGUAGE.RANK, (short) rank)
				.execute();
		}
		return id;
	}

	private long visit(@Nullable Long familyId, String localTime, boolean first, int adults, int children,
			boolean openToMeet) {
		OffsetDateTime in = local(localTime);
		return dsl.insertInto(VISIT)
			.set(VISIT.LOCATION_ID, locationId)
			.set(VISIT.FAMILY_ID, familyId)
			.set(VISIT.CHECKED_IN_AT, in)
			.set(VISIT.CHECKED_OUT_AT, in.plusHours(1))
			.set(VISIT.CHECKOUT_SOURCE, "HOST")
			.set(VISIT.ADULTS, (short) adults)
			.set(VISIT.CHILDREN, (short) children)
			.set(VISIT.OPEN_TO_MEET, openToMeet)
			.set(VISIT.SOURCE, "KIOSK")
			.set(VISIT.FIRST_VISIT, first)
			.returning(VISIT.ID)
			.fetchSingle(VISIT.ID);
	}

	private void introduction(long visitA, long visitB, String localTime, String status, @Nullable String outcome,
			String... reasons) {
		dsl.insertInto(INTRODUCTION)
			.set(INTRODUCTION.LOCATION_ID, locationId)
			.set(INTRODUCTION.VISIT_A_ID, Math.min(visitA, visitB))
			.set(INTRODUCTION.VISIT_B_ID, Math.max(visitA, visitB))
			.set(INTRODUCTION.SUGGESTED_AT, local(localTime))
			.set(INTRODUCTION.DECIDED_AT, "SUGGESTED".equals(status) ? null : local(localTime).plusMinutes(2))
			.set(INTRODUCTION.STATUS, status)
			.set(INTRODUCTION.OUTCOME, outcome)
			.set(INTRODUCTION.REASONS, JSONB.valueOf("[" + String.join(",", reasons) + "]"))
			.execute();
	}

	/** As the host board stores a reason. */
	private static String reason(String kind, String value) {
		return "{\"kind\":\"" + kind + "\",\"value\":\"" + value + "\"}";
	}

	private long zone(String name, String kind, int capacity, boolean active, int order, String labels) {
		return dsl.insertInto(ZONE)
			.set(ZONE.LOCATION_ID, locationId)
			.set(ZONE.NAME, name)
			.set(ZONE.KIND, kind)
			.set(ZONE.CAPACITY, capacity)
			.set(ZONE.ACTIVE, active)
			.set(ZONE.SORT_ORDER, order)
			.set(ZONE.LABELS, JSONB.valueOf(labels))
			.returning(ZONE.ID)
			.fetchSingle(ZONE.ID);
	}

	private void snapshot(long zoneId, String localTime, int headcount) {
		dsl.insertInto(OCCUPANCY_SNAPSHOT)
			.set(OCCUPANCY_SNAPSHOT.LOCATION_ID, locationId)
			.set(OCCUPANCY_SNAPSHOT.ZONE_ID, zoneId)
			.set(OCCUPANCY_SNAPSHOT.TAKEN_AT, local(localTime))
			.set(OCCUPANCY_SNAPSHOT.HEADCOUNT, (short) headcount)
			.execute();
	}

	static OffsetDateTime local(String localTime) {
		return LocalDateTime.parse(localTime).atZone(BRUSSELS).toOffsetDateTime();
	}

}
