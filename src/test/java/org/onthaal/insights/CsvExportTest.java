package org.onthaal.insights;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onthaal.KaribuTest;
import org.onthaal.staff.Role;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onthaal.db.Tables.AUDIT_EVENT;
import static org.onthaal.insights.InsightsFixture.PERIOD;

/** The funder CSVs hold exactly the seeded figures, and every export is audit logged. */
class CsvExportTest extends KaribuTest {

	@Autowired
	private InsightsService service;

	@BeforeEach
	void seed() {
		InsightsFixture.seed(dsl, locationId);
		login("mila", Role.MANAGER);
	}

	@Test
	void onePerDayWithTotalsForExcel() {
		CsvFile file = service.exportDays(locationId, PERIOD);

		assertThat(file.fileName()).isEqualTo("onthaal-visits-2026-03-23_2026-04-05.csv");
		assertThat(Arrays.copyOf(file.content(), 3)).as("UTF-8 byte order mark")
			.containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
		List<String> lines = lines(file);
		assertThat(lines).hasSize(1 + 14 + 1);
		assertThat(lines.get(0)).isEqualTo("date;visits;adults;children;new_families;returning_families;"
				+ "introductions_suggested;introductions_made;introductions_talked;introductions_bridging");
		assertThat(lines.get(1)).isEqualTo("2026-03-23;2;2;1;1;1;0;0;0;0");
		assertThat(lines.get(2)).isEqualTo("2026-03-24;4;5;4;2;2;5;2;1;2");
		assertThat(lines.get(7)).isEqualTo("2026-03-29;0;0;0;0;0;0;0;0;0");
		assertThat(lines.get(9)).isEqualTo("2026-03-31;2;2;3;0;2;2;1;0;0");
		assertThat(lines.get(14)).isEqualTo("2026-04-05;1;1;0;0;1;0;0;0;0");
		assertThat(lines.get(15)).isEqualTo("total;12;13;13;4;8;8;3;1;2");
		// the total row is the sum of the day rows, column by column
		int[] sums = new int[9];
		lines.subList(1, 15).forEach(line -> {
			String[] fields = line.split(";");
			for (int i = 0; i < sums.length; i++) {
				sums[i] += Integer.parseInt(fields[i + 1]);
			}
		});
		assertThat("total;" + String.join(";", Arrays.stream(sums).mapToObj(Integer::toString).toList()))
			.isEqualTo(lines.get(15));
	}

	@Test
	void onePerCornerWithDecimalCommas() {
		CsvFile file = service.exportCorners(locationId, PERIOD);

		assertThat(lines(file)).containsExactly(
				"corner;kind;capacity;snapshots;headcount_sum;average_headcount;peak_headcount;average_occupancy_percent",
				"Koffiehoek;COFFEE;10;3;13;4,33;6;43,33", "Speelmat;PLAY;8;2;10;5,00;8;62,50",
				"Leeshoek;READING;4;0;0;0,00;0;0,00");
	}

	@Test
	void everyExportIsAuditLoggedWithoutFamilyData() {
		service.exportDays(locationId, PERIOD);
		service.exportCorners(locationId, PERIOD);

		var events = dsl.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.ACTION.eq("INSIGHTS_EXPORTED")).fetch();
		assertThat(events).hasSize(2);
		assertThat(events).allSatisfy(event -> {
			assertThat(event.getActor()).isEqualTo("mila");
			assertThat(event.getLocationId()).isEqualTo(locationId);
			assertThat(event.getDetails().data()).contains("\"from\"", "2026-03-23", "2026-04-05")
				.doesNotContain("Anouk");
		});
	}

	@Test
	void fieldsThatASpreadsheetWouldRunOrSplitStayText() {
		assertThat(CsvExport.text("=1+1")).isEqualTo("'=1+1");
		assertThat(CsvExport.text("Koffie; thee")).isEqualTo("\"Koffie; thee\"");
		assertThat(CsvExport.text("De \"grote\" hoek")).isEqualTo("\"De \"\"grote\"\" hoek\"");
		assertThat(CsvExport.text("De \"grote\"; hoek")).isEqualTo("\"De \"\"grote\"\"; hoek\"");
	}

	private static List<String> lines(CsvFile file) {
		String text = new String(file.content(), 3, file.content().length - 3, StandardCharsets.UTF_8);
		assertThat(text).endsWith("\r\n");
		return List.of(text.split("\r\n"));
	}

}
