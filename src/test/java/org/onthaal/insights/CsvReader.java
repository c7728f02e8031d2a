package org.onthaal.insights;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the exports back as a spreadsheet does (RFC 4180 with the export's semicolon): a
 * quoted field may hold separators, line breaks and doubled quotes; a line ends with
 * CRLF. Written here, not taken from the export, so a quoting mistake cannot hide in
 * both.
 */
final class CsvReader {

	private CsvReader() {
	}

	/** The rows of an export, its byte order mark left off. */
	static List<List<String>> rows(byte[] content) {
		String text = new String(content, StandardCharsets.UTF_8);
		if (!text.startsWith("\uFEFF")) {
			throw new IllegalArgumentException("no byte order mark");
		}
		return rows(text.substring(1));
	}

	static List<List<String>> rows(String text) {
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (c == '"' && field.isEmpty()) {
				i = quoted(text, i + 1, field);
				if (i < text.length() && text.charAt(i) != ';' && text.charAt(i) != '\r') {
					throw new IllegalArgumentException("text after a closing quote at " + i);
				}
			}
			else if (c == ';') {
				row.add(field.toString());
				field.setLength(0);
				i++;
			}
			else if (c == '\r' && text.startsWith("\r\n", i)) {
				row.add(field.toString());
				field.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
				i += 2;
			}
			else if (c == '"' || c == '\r' || c == '\n') {
				throw new IllegalArgumentException("unquoted " + (int) c + " at " + i);
			}
			else {
				field.append(c);
				i++;
			}
		}
		if (!row.isEmpty() || !field.isEmpty()) {
			throw new IllegalArgumentException("last line without CRLF");
		}
		return rows;
	}

	/** Reads a quoted field from just after its opening quote; returns what follows. */
	private static int quoted(String text, int from, StringBuilder field) {
		int i = from;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (c == '"') {
				if (text.startsWith("\"\"", i)) {
					field.append('"');
					i += 2;
					continue;
				}
				return i + 1;
			}
			field.append(c);
			i++;
		}
		throw new IllegalArgumentException("quote never closed");
	}

}
