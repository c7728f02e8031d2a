package org.onthaal.ops;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * What a restore must bring back of the {@code public} schema: each table's row count and
 * a checksum of its rows, each sequence's position, and the definitions of columns,
 * constraints, indexes, triggers and functions. Rows are summed in the order of their
 * text in the "C" collation, so the checksum does not depend on the physical order or on
 * the server's collation, and needs no knowledge of the keys.
 */
record DatabaseFingerprint(int majorVersion, SortedMap<String, Rows> tables,
		SortedMap<String, @Nullable Long> sequences, SortedMap<String, String> definitions) {

	record Rows(long count, String md5) {
	}

	private static final String TABLES = """
			select c.relname from pg_class c
			where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p')
			""";

	private static final String ROWS = """
			select count(*), md5(coalesce(string_agg(t::text, E'\\n' order by t::text collate "C"), ''))
			from public.%s t
			""";

	private static final String SEQUENCES = "select sequencename, last_value from pg_sequences where schemaname = 'public'";

	private static final Pattern CAST = Pattern.compile("::[a-z]+(?: [a-z]+)*(?:\\[\\])?");

	/** Each query answers a definition's name and its text. */
	private static final List<String> DEFINITIONS = List.of("""
			select format('column %s.%s', table_name, column_name),
			  format('%s null=%s default=%s identity=%s', data_type, is_nullable, column_default, is_identity)
			from information_schema.columns where table_schema = 'public'
			""", """
			select format('constraint %s on %s', conname, conrelid::regclass), pg_get_constraintdef(oid)
			from pg_constraint where connamespace = 'public'::regnamespace
			""", """
			select format('index %s', indexname), indexdef from pg_indexes where schemaname = 'public'
			""", """
			select format('trigger %s on %s', tgname, tgrelid::regclass), pg_get_triggerdef(oid)
			from pg_trigger where not tgisinternal
			""", """
			select format('function %s(%s)', proname, pg_get_function_arguments(oid)), md5(prosrc)
			from pg_proc where pronamespace = 'public'::regnamespace
			""");

	static DatabaseFingerprint of(Connection connection) throws SQLException {
		SortedMap<String, Rows> tables = new TreeMap<>();
		for (String table : strings(connection, TABLES)) {
			String quoted = '"' + table.replace("\"", "\"\"") + '"';
			try (var statement = connection.createStatement();
					ResultSet result = statement.executeQuery(ROWS.formatted(quoted))) {
				result.next();
				tables.put(table, new Rows(result.getLong(1), result.getString(2)));
			}
		}
		SortedMap<String, @Nullable Long> sequences = new TreeMap<>();
		try (var statement = connection.createStatement(); ResultSet result = statement.executeQuery(SEQUENCES)) {
			while (result.next()) {
				long value = result.getLong(2);
				sequences.put(result.getString(1), result.wasNull() ? null : value);
			}
		}
		SortedMap<String, String> definitions = new TreeMap<>();
		for (String query : DEFINITIONS) {
			try (var statement = connection.createStatement(); ResultSet result = statement.executeQuery(query)) {
				while (result.next()) {
					definitions.put(result.getString(1), comparable(result.getString(2)));
				}
			}
		}
		int majorVersion = Integer.parseInt(strings(connection, "show server_version_num").get(0)) / 10000;
		return new DatabaseFingerprint(majorVersion, tables, sequences, definitions);
	}

	private static String comparable(String definition) {
		if (!definition.startsWith("CHECK ")) {
			return definition;
		}
		return CAST.matcher(definition).replaceAll("").replaceAll("[()]", "").replaceAll("\\s+", " ");
	}

	private static List<String> strings(Connection connection, String query) throws SQLException {
		List<String> values = new ArrayList<>();
		try (var statement = connection.createStatement(); ResultSet result = statement.executeQuery(query)) {
			while (result.next()) {
				values.add(result.getString(1));
			}
		}
		return values;
	}

	/** Every way the restored database differs from this one, in words; empty if none. */
	List<String> differencesIn(DatabaseFingerprint restored) {
		List<String> differences = new ArrayList<>();
		TreeSet<String> names = new TreeSet<>(tables.keySet());
		names.addAll(restored.tables.keySet());
		for (String table : names) {
			Rows was = tables.get(table);
			Rows is = restored.tables.get(table);
			if (was == null || is == null) {
				differences.add("table " + table + (was == null ? " was not there" : " is missing"));
			}
			else if (was.count() != is.count()) {
				differences.add("table " + table + ": " + was.count() + " rows, restored " + is.count());
			}
			else if (!was.md5().equals(is.md5())) {
				differences.add("table " + table + ": " + was.count() + " rows, other contents");
			}
		}
		TreeSet<String> sequenceNames = new TreeSet<>(sequences.keySet());
		sequenceNames.addAll(restored.sequences.keySet());
		for (String sequence : sequenceNames) {
			if (!sequences.containsKey(sequence) || !restored.sequences.containsKey(sequence)
					|| !Objects.equals(sequences.get(sequence), restored.sequences.get(sequence))) {
				differences.add("sequence " + sequence + ": " + describe(sequences, sequence) + ", restored "
						+ describe(restored.sequences, sequence));
			}
		}
		TreeSet<String> definitionNames = new TreeSet<>(definitions.keySet());
		definitionNames.addAll(restored.definitions.keySet());
		for (String name : definitionNames) {
			String was = definitions.get(name);
			String is = restored.definitions.get(name);
			if (was == null || is == null) {
				differences.add(name + (was == null ? " was not there" : " is missing"));
			}
			else if (!was.equals(is)) {
				differences.add(name + ": " + was + ", restored " + is);
			}
		}
		return differences;
	}

	private static String describe(Map<String, @Nullable Long> sequences, String name) {
		return sequences.containsKey(name) ? "at " + sequences.get(name) : "not there";
	}

	long rowCount() {
		return tables.values().stream().mapToLong(Rows::count).sum();
	}

	long tablesWithRows() {
		return tables.values().stream().filter(rows -> rows.count() > 0).count();
	}

}
