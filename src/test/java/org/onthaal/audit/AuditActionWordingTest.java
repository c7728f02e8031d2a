package org.onthaal.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every action the code base writes to the audit log has a name in the back office's
 * three languages, so managers never read a raw code. The actions are found where they
 * are written: the upper-case string literals of every class that uses the audit writer.
 */
class AuditActionWordingTest {

	private static final Pattern ACTION_CODE = Pattern.compile("\"([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\"");

	@Test
	void everyRecordedActionHasANameInEveryStaffLanguage() throws IOException {
		Set<String> actions = recordedActions();
		assertThat(actions).as("the scan finds the audit writers")
			.contains("FAMILY_ERASED", "VISITS_ANONYMISED", "ZONE_ACTIVATED", "STAFF_PASSWORD_RESET", "KIOSK_PAIRED");
		for (String bundle : new String[] { "office", "office_nl", "office_fr" }) {
			Properties texts = load(bundle);
			Set<String> missing = new TreeSet<>();
			for (String action : actions) {
				String name = texts.getProperty("audit.action." + action);
				if (name == null || name.isBlank()) {
					missing.add(action);
				}
			}
			assertThat(missing).as("audit.action.* keys missing in %s.properties", bundle).isEmpty();
		}
	}

	private static Set<String> recordedActions() throws IOException {
		Set<String> actions = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
				String source = Files.readString(file);
				if (!source.contains("AuditLog") || file.endsWith("AuditLog.java")) {
					continue;
				}
				Matcher matcher = ACTION_CODE.matcher(source);
				while (matcher.find()) {
					actions.add(matcher.group(1));
				}
			}
		}
		return actions;
	}

	private static Properties load(String bundle) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = AuditActionWordingTest.class.getResourceAsStream("/i18n/" + bundle + ".properties")) {
			assertThat(in).as(bundle).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
