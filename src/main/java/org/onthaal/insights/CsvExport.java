package org.onthaal.insights;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * CSV for funder reports, made for spreadsheets as used in Flanders and Brussels: UTF-8
 * with a byte order mark (so Excel reads accents and Arabic right), semicolons between
 * fields (Excel's list separator in Dutch and French locales), decimal commas, ISO dates
 * and CRLF line ends. The header row holds fixed English codes, the same whatever the
 * manager's language, so a funder's template or formula keeps working. The last row holds
 * the totals.
 */
final class CsvExport {

	static final String SEPARATOR = ";";

	static final List<String> DAY_COLUMNS = List.of("date", "visits", "adults", "children", "new_families",
			"returning_families", "introductions_suggested", "introductions_made", "introductions_talked",
			"introductions_bridging");

	static final List<String> CORNER_COLUMNS = List.of("corner", "kind", "capacity", "snapshots", "headcount_sum",
			"average_headcount", "peak_headcount", "average_occupancy_percent");

	/** What starts a formula (OWASP: = + - @ tab CR), and the full-width = + - @. */
	private static final String FORMULA_STARTS = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private CsvExport() {
	}

	static byte[] days(Insights insights) {
		StringBuilder csv = new StringBuilder();
		line(csv, DAY_COLUMNS);
		int[] totals = new int[DAY_COLUMNS.size() - 1];
		for (Insights.Day day : insights.days()) {
			int[] values = { day.visits(), day.adults(), day.children(), day.firstVisits(), day.returningVisits(),
					day.suggested(), day.introduced(), day.talked(), day.bridging() };
			for (int i = 0; i < values.length; i++) {
				totals[i] += values[i];
			}
			line(csv, day.date().toString(), values);
		}
		line(csv, "total", totals);
		return bytes(csv);
	}

	static byte[] corners(List<Insights.CornerUse> corners) {
		StringBuilder csv = new StringBuilder();
		line(csv, CORNER_COLUMNS);
		for (Insights.CornerUse corner : corners) {
			Insights.Usage usage = corner.overall();
			line(csv, List.of(text(corner.name()), corner.kind(), Integer.toString(corner.capacity()),
					Integer.toString(usage.snapshots()), Long.toString(usage.headcountSum()), decimal(usage.average()),
					Integer.toString(usage.peak()), decimal(corner.averageOccupancyPercent())));
		}
		return bytes(csv);
	}

	/** Two decimals with a decimal comma, e.g. 2,50. */
	static String decimal(double value) {
		return String.format(Locale.ROOT, "%.2f", value).replace('.', ',');
	}

	/**
	 * Quotes a field when it needs it, and defuses text a spreadsheet would run as a
	 * formula (a corner named "=..." stays text): a quote in front, as OWASP advises.
	 */
	static String text(String value) {
		String safe = wouldRun(value) ? "'" + value : value;
		if (safe.contains(SEPARATOR) || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
			return "\"" + safe.replace("\"", "\"\"") + "\"";
		}
		return safe;
	}

	/**
	 * Whether the first character a spreadsheet does not skip starts a formula. Spaces
	 * and invisible characters before it are no protection: LibreOffice trims them on
	 * import when asked to, and Excel with an East Asian input method reads the
	 * full-width signs as the ASCII ones.
	 */
	private static boolean wouldRun(String value) {
		for (char c : value.toCharArray()) {
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

	private static void line(StringBuilder csv, String first, int[] values) {
		csv.append(first);
		for (int value : values) {
			csv.append(SEPARATOR).append(value);
		}
		csv.append("\r\n");
	}

	private static void line(StringBuilder csv, List<String> fields) {
		csv.append(String.join(SEPARATOR, fields)).append("\r\n");
	}

	private static byte[] bytes(StringBuilder csv) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(BOM);
		out.writeBytes(csv.toString().getBytes(StandardCharsets.UTF_8));
		return out.toByteArray();
	}

}
