package org.onthaal.insights;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.onthaal.base.fuzz.Fuzz;
import org.onthaal.base.fuzz.HostileText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generated corner names (spreadsheet formulas after white space or in full-width forms,
 * dynamic data exchange, markup, separators, quotes, line breaks, every Unicode
 * category), 10,000 per run from a fixed seed, in the corners export. A spreadsheet reads
 * each back as one cell holding the name, with a quote in front when the name would
 * otherwise run as a formula; the figures the export writes itself stay numbers.
 */
class CsvCellsFuzzTest {

	/**
	 * What starts a formula in Excel, LibreOffice or Google Sheets (OWASP), and the
	 * full-width forms that Excel with an East Asian input method turns into them.
	 */
	private static final String FORMULA_STARTS = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";

	@Test
	void everyNameComesBackAsOneCellAndNeverAsAFormula() {
		Fuzz.checkText(20261215L, Fuzz.tries(1), HostileText::officeText, typed -> {
			String name = storable(typed);
			Insights.CornerUse corner = new Insights.CornerUse(1, name, Map.of(), "COFFEE", 12,
					new Insights.Usage(3, 13, 6), List.of());

			List<List<String>> rows = CsvReader.rows(CsvExport.corners(List.of(corner)));

			assertThat(rows).hasSize(2);
			assertThat(rows.get(0)).isEqualTo(CsvExport.CORNER_COLUMNS);
			assertThat(rows.get(1)).containsExactly(wouldRun(name) ? "'" + name : name, "COFFEE", "12", "3", "13",
					"4,33", "6", "36,11");
		});
	}

	@Test
	void aNameThatWouldRunIsDefusedWhateverComesBeforeIt() {
		for (String name : List.of("=1+1", " =1+1", "\u00A0+1", "\u3000-1", "\n@SUM(A1)", "\t", "\r", "\uFF1D1+1",
				"\u200B=1+1")) {
			assertThat(CsvReader.rows(CsvExport.text(name) + "\r\n")).as(Fuzz.escape(name))
				.containsExactly(List.of("'" + name));
		}
		assertThat(CsvExport.text("Koffie-hoek")).isEqualTo("Koffie-hoek");
	}

	/**
	 * A name as PostgreSQL can hold it: well-formed UTF-16 (a lone surrogate is refused
	 * before it is stored; see OfficeTextFuzzTest).
	 */
	private static String storable(String typed) {
		StringBuilder name = new StringBuilder();
		typed.codePoints().filter(cp -> Character.getType(cp) != Character.SURROGATE).forEach(name::appendCodePoint);
		return name.toString();
	}

	/**
	 * Whether the first character a spreadsheet does not skip starts a formula; white
	 * space, control and invisible format characters are skipped (LibreOffice trims
	 * spaces on import when asked to).
	 */
	private static boolean wouldRun(String name) {
		for (char c : name.toCharArray()) {
			if (FORMULA_STARTS.indexOf(c) >= 0) {
				return true;
			}
			int type = Character.getType(c);
			if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && type != Character.CONTROL
					&& type != Character.FORMAT) {
				return false;
			}
		}
		return false;
	}

}
