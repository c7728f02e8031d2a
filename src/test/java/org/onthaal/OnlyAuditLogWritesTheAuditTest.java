package org.onthaal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One audit writer: only {@code base.audit} inserts, updates or deletes audit events
 * (through jOOQ or in SQL text). Others may read them. A source check, because ArchUnit
 * sees that a class uses the table, not whether it writes to it.
 */
class OnlyAuditLogWritesTheAuditTest {

	private static final Path SOURCES = Path.of("src/main/java");

	private static final Path AUDIT_WRITER = SOURCES.resolve("org/onthaal/base/audit");

	private static final List<Pattern> WRITES = List.of(
			Pattern.compile(
					"(insertInto|update|deleteFrom|delete|mergeInto|truncate)\\s*\\(\\s*(Tables\\.)?AUDIT_EVENT\\b"),
			Pattern.compile("(?i)(insert\\s+into|update|delete\\s+from|truncate(\\s+table)?)\\s+\"?audit_event\\b"));

	@Test
	void onlyBaseAuditWritesAuditEvents() throws IOException {
		List<String> writers;
		try (Stream<Path> files = Files.walk(SOURCES)) {
			writers = files.filter(file -> file.toString().endsWith(".java"))
				.filter(file -> !file.startsWith(AUDIT_WRITER))
				.filter(OnlyAuditLogWritesTheAuditTest::writesAuditEvents)
				.map(SOURCES::relativize)
				.map(Path::toString)
				.toList();
		}
		assertThat(writers).as("classes writing audit_event outside base.audit").isEmpty();
		assertThat(writesAuditEvents(AUDIT_WRITER.resolve("AuditLog.java"))).as("the check finds AuditLog's insert")
			.isTrue();
	}

	private static boolean writesAuditEvents(Path file) {
		try {
			String source = Files.readString(file);
			return WRITES.stream().anyMatch(pattern -> pattern.matcher(source).find());
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
