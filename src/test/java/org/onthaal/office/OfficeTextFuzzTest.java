package org.onthaal.office;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;

import org.jooq.Table;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onthaal.KaribuTest;
import org.onthaal.base.fuzz.Fuzz;
import org.onthaal.base.fuzz.HostileText;
import org.onthaal.base.text.TypedName;
import org.onthaal.space.CardPrint;
import org.onthaal.space.InterestCatalogueService;
import org.onthaal.space.InterestForm;
import org.onthaal.space.LocationAdminService;
import org.onthaal.space.LocationForm;
import org.onthaal.space.OpeningException;
import org.onthaal.space.OpeningHoursRejected;
import org.onthaal.space.OpeningHoursService;
import org.onthaal.space.SpaceRuleException;
import org.onthaal.space.Zone;
import org.onthaal.space.ZoneForm;
import org.onthaal.space.ZoneKind;
import org.onthaal.space.ZoneService;
import org.onthaal.staff.NewStaff;
import org.onthaal.staff.Role;
import org.onthaal.staff.StaffAdministration;
import org.onthaal.staff.StaffChangeRejected;
import org.onthaal.staff.StaffMember;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onthaal.db.Tables.AUDIT_EVENT;
import static org.onthaal.db.Tables.INTEREST;
import static org.onthaal.db.Tables.LOCATION;
import static org.onthaal.db.Tables.OPENING_EXCEPTION;
import static org.onthaal.db.Tables.STAFF_USER;
import static org.onthaal.db.Tables.ZONE;

/**
 * Generated text ({@link HostileText#officeText}: spreadsheet formulas, markup, every
 * Unicode category, long pastes) in each back-office field that other people read,
 * through the real services on PostgreSQL. Each is either refused with a message the back
 * office has in every language, leaving no row and no audit event, or stored as the one
 * rule for typed names makes it ({@link TypedName#normalise}: NFC, white space runs one
 * space, no space at the ends), read back equal and audited with that very text.
 */
class OfficeTextFuzzTest extends KaribuTest {

	/** The back office's languages (AccountRules.UI_LANGUAGES). */
	private static final List<String> OFFICE_LANGUAGES = List.of("", "_fr", "_nl");

	@Autowired
	private ZoneService zones;

	@Autowired
	private InterestCatalogueService interests;

	@Autowired
	private LocationAdminService locationAdmin;

	@Autowired
	private OpeningHoursService hours;

	@Autowired
	private StaffAdministration staffAdmin;

	@Autowired
	private ObjectMapper json;

	private int made;

	@BeforeEach
	void signInAsManager() {
		login("mila", Role.MANAGER);
	}

	@Test
	void cornerNames() {
		storedAsTypedOrRefused(20261221L, 200, ZONE, "office-space", raw -> {
			long id = zones.create(locationId, new ZoneForm(raw, Map.of(), ZoneKind.COFFEE, 10, "COFFEE", true));
			return zone(id).name();
		});
	}

	@Test
	void cornerLabels() {
		storedAsTypedOrRefused(20261222L, 200, ZONE, "office-space", raw -> {
			long id = zones.create(locationId,
					new ZoneForm("Hoek " + ++made, Map.of("fr", raw), ZoneKind.PLAY, 10, "CHILD", true));
			return zone(id).labels().getOrDefault("fr", "");
		});
	}

	@Test
	void interestLabels() {
		storedAsTypedOrRefused(20261223L, 200, INTEREST, "office-space", raw -> {
			String code = interests.create(new InterestForm("COFFEE", Map.of("nl", raw), true));
			return interests.interests()
				.stream()
				.filter(interest -> interest.code().equals(code))
				.findFirst()
				.orElseThrow()
				.labels()
				.getOrDefault("nl", "");
		});
	}

	@Test
	void locationNames() {
		storedAsTypedOrRefused(20261224L, 500, LOCATION, "office-space", raw -> {
			long id = locationAdmin.create(new LocationForm(raw, ZoneId.of("Europe/Brussels"), List.of("nl", "fr"),
					"nl", 12, 24, true, false, CardPrint.OFF));
			return locationAdmin.location(id).name();
		});
	}

	@Test
	void closureReasons() {
		storedAsTypedOrRefused(20261225L, 100, OPENING_EXCEPTION, "office-space", raw -> {
			LocalDate day = LocalDate.of(2026, 12, 24).plusDays(++made);
			long id = hours.addException(locationId, day, day, true, null, null, raw);
			OpeningException stored = hours.exceptions(locationId)
				.stream()
				.filter(exception -> exception.id() == id)
				.findFirst()
				.orElseThrow();
			return stored.reason() == null ? "" : stored.reason();
		});
	}

	@Test
	void staffDisplayNames() {
		storedAsTypedOrRefused(20261226L, 1000, STAFF_USER, "office-staff", raw -> {
			String username = "staff" + ++made;
			long id = staffAdmin.createStaff(
					new NewStaff(username, raw, Set.of(Role.HOST), Set.of(locationId), "nl", "een-lang-wachtwoord"));
			return staffAdmin.listStaff()
				.stream()
				.filter(member -> member.id() == id)
				.findFirst()
				.map(StaffMember::displayName)
				.orElseThrow();
		});
	}

	/**
	 * {@code divisor}: a location or a staff member costs more to make (a password hash),
	 * so they get fewer tries. {@code store} stores the text through the service and
	 * returns it as the service reads it back; {@code bundle} is where the refusal's
	 * words must be.
	 */
	private void storedAsTypedOrRefused(long seed, int divisor, Table<?> table, String bundle,
			Function<String, String> store) {
		List<Properties> bundles = OFFICE_LANGUAGES.stream().map(language -> bundle(bundle + language)).toList();
		Fuzz.checkText(seed, Fuzz.tries(divisor), HostileText::officeText, raw -> {
			int rows = dsl.fetchCount(table);
			int events = dsl.fetchCount(AUDIT_EVENT);
			String stored;
			try {
				stored = store.apply(raw);
			}
			catch (SpaceRuleException | OpeningHoursRejected | StaffChangeRejected refused) {
				String key = messageKey(refused);
				assertThat(bundles).as("words for %s", key)
					.allSatisfy(words -> assertThat(words.getProperty(key)).isNotBlank());
				assertThat(dsl.fetchCount(table)).as("no row left").isEqualTo(rows);
				assertThat(dsl.fetchCount(AUDIT_EVENT)).as("no audit event").isEqualTo(events);
				return;
			}
			assertThat(stored).as("read back %s", Fuzz.escape(stored)).isEqualTo(TypedName.normalise(raw));
			assertThat(dsl.fetchCount(table)).isEqualTo(rows + 1);
			assertThat(dsl.fetchCount(AUDIT_EVENT)).isEqualTo(events + 1);
			if (table != STAFF_USER && !stored.isEmpty()) {
				// a staff member's name is staff data: their creation is audited by
				// username
				assertThat(texts(lastAuditDetails())).as("audited as stored").contains(stored);
			}
		});
	}

	private static String messageKey(RuntimeException refused) {
		return switch (refused) {
			case SpaceRuleException ex -> ex.messageKey();
			case OpeningHoursRejected ex -> ex.problem().key();
			case StaffChangeRejected ex -> ex.messageKey();
			default -> throw refused;
		};
	}

	private Zone zone(long id) {
		return zones.zones(locationId).stream().filter(zone -> zone.id() == id).findFirst().orElseThrow();
	}

	private JsonNode lastAuditDetails() {
		String details = dsl.select(AUDIT_EVENT.DETAILS)
			.from(AUDIT_EVENT)
			.orderBy(AUDIT_EVENT.ID.desc())
			.limit(1)
			.fetchOne(AUDIT_EVENT.DETAILS)
			.data();
		return json.readTree(details);
	}

	/** Every string in a JSON tree. */
	private static List<String> texts(JsonNode node) {
		List<String> texts = new ArrayList<>();
		if (node.isString()) {
			texts.add(node.asString());
		}
		node.forEach(child -> texts.addAll(texts(child)));
		return texts;
	}

	private static Properties bundle(String name) {
		Properties properties = new Properties();
		try (InputStream in = OfficeTextFuzzTest.class.getResourceAsStream("/i18n/" + name + ".properties")) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return properties;
	}

}
