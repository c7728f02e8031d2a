package org.onthaal.insights.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.i18n.I18NProvider;
import org.junit.jupiter.api.Test;
import org.onthaal.KaribuTest;
import org.onthaal.insights.Insights;
import org.onthaal.insights.InsightsService;
import org.onthaal.insights.Period;
import org.onthaal.staff.Role;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long the insights page takes for a year at a busy place: 40 visits a day, 600
 * families, 12 suggestions a day, 5 corners with 6 snapshots each a day. Not part of the
 * test suite (no timing assertions); run it alone:
 * {@code ./mvnw -o test -Dtest=InsightsBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class InsightsBenchmark extends KaribuTest {

	private static final int ROUNDS = 7;

	@Autowired
	private InsightsService service;

	@Autowired
	private I18NProvider i18n;

	@Test
	void aYearAtABusyPlace() {
		LocalDate to = LocalDate.of(2026, 11, 30);
		Period year = new Period(to.minusDays(364), to);
		seed(year.from());
		login("mila", Role.MANAGER);

		List<Long> query = new ArrayList<>();
		List<Long> draw = new ArrayList<>();
		List<Long> csv = new ArrayList<>();
		Insights data = null;
		int charts = 0;
		for (int round = 0; round < ROUNDS; round++) {
			long t0 = System.nanoTime();
			data = service.insights(locationId, year);
			long t1 = System.nanoTime();
			charts = new InsightSections(new Texts(i18n, Locale.forLanguageTag("nl"))).draw(data).size();
			long t2 = System.nanoTime();
			service.exportDays(locationId, year);
			long t3 = System.nanoTime();
			query.add((t1 - t0) / 1_000_000);
			draw.add((t2 - t1) / 1_000_000);
			csv.add((t3 - t2) / 1_000_000);
		}
		assertThat(data.visits()).isEqualTo(365 * 40);
		System.out.printf("%nInsightsBenchmark: %d visits, %d suggestions, %d snapshots over %d days%n", data.visits(),
				data.introductions().suggested(),
				data.corners().stream().mapToInt(corner -> corner.overall().snapshots()).sum(), year.length());
		System.out.printf("  figures (all queries) ms: first %d, median of the rest %d, all %s%n", query.get(0),
				median(query.subList(1, ROUNDS)), query);
		System.out.printf("  %d charts drawn as SVG ms: first %d, median of the rest %d, all %s%n", charts, draw.get(0),
				median(draw.subList(1, ROUNDS)), draw);
		System.out.printf("  CSV per day (figures + file) ms: median %d, all %s%n%n", median(csv), csv);
	}

	private void seed(LocalDate first) {
		dsl.execute("""
				insert into family (nickname, consent_introductions, demo)
				select 'Bench' || n, true, false from generate_series(1, 600) n
				""");
		dsl.execute("""
				insert into family_language (family_id, language_code, rank)
				select f.id, (array['nl','fr','ar','tr','pl','ro','uk','so'])[1 + f.id % 8], 1 from family f
				""");
		dsl.execute("""
				insert into family_language (family_id, language_code, rank)
				select f.id, case when f.id % 8 = 0 then 'en' else 'nl' end, 2 from family f where f.id % 3 = 0
				""");
		// 40 check-ins a day between 9:00 and 16:48 local time; 1 in 100 anonymised
		dsl.execute(
				"""
						insert into visit (location_id, family_id, checked_in_at, checked_out_at, adults, children,
						                   open_to_meet, source, first_visit)
						select {0}, case when (d * 40 + i) % 100 = 0 then null else (select min(id) from family) + (d * 40 + i) % 600 end,
						       ((cast({1} as date) + d) + time '09:00' + i * interval '12 minutes') at time zone 'Europe/Brussels',
						       ((cast({1} as date) + d) + time '10:30' + i * interval '12 minutes') at time zone 'Europe/Brussels',
						       1 + i % 2, i % 3, i % 5 <> 0, 'KIOSK', d * 40 + i < 600
						from generate_series(0, 364) d, generate_series(0, 39) i
						""",
				locationId, first);
		dsl.execute(
				"""
						insert into introduction (location_id, visit_a_id, visit_b_id, suggested_at, reasons, status, outcome)
						select {0}, a.id, b.id, b.checked_in_at + interval '5 minutes',
						       case when a.id % 4 = 0 then cast('[{"kind":"SHARED_LANGUAGE","value":"nl"},{"kind":"BRIDGE","value":"nl"}]' as jsonb)
						            else cast('[{"kind":"SHARED_LANGUAGE","value":"fr"},{"kind":"SHARED_INTEREST","value":"cooking"}]' as jsonb) end,
						       (array['INTRODUCED','INTRODUCED','NOT_NOW','WITHDRAWN','ALREADY_KNOW','NOT_A_MATCH'])[1 + a.id % 6],
						       case when a.id % 6 < 2 then (array['TALKED','DID_NOT_TALK', null])[1 + a.id % 3] end
						from visit a join visit b on b.id = a.id + 1
						where a.location_id = {0} and a.id % 10 < 3
						""",
				locationId);
		for (int corner = 0; corner < 5; corner++) {
			long zone = dsl.insertInto(org.onthaal.db.Tables.ZONE)
				.set(org.onthaal.db.Tables.ZONE.LOCATION_ID, locationId)
				.set(org.onthaal.db.Tables.ZONE.NAME, "Hoek " + corner)
				.set(org.onthaal.db.Tables.ZONE.KIND, "PLAY")
				.set(org.onthaal.db.Tables.ZONE.CAPACITY, 8 + corner * 2)
				.set(org.onthaal.db.Tables.ZONE.SORT_ORDER, corner)
				.returning(org.onthaal.db.Tables.ZONE.ID)
				.fetchSingle(org.onthaal.db.Tables.ZONE.ID);
			dsl.execute(
					"""
							insert into occupancy_snapshot (location_id, zone_id, taken_at, headcount)
							select {0}, {1}, ((cast({2} as date) + d) + time '09:30' + s * interval '75 minutes') at time zone 'Europe/Brussels',
							       (d + s * 3 + {3}) % 12
							from generate_series(0, 364) d, generate_series(0, 5) s
							""",
					locationId, zone, first, corner);
		}
		dsl.execute("analyze");
	}

	private static long median(List<Long> values) {
		List<Long> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return sorted.get(sorted.size() / 2);
	}

}
