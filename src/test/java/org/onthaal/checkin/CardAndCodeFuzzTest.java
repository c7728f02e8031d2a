package org.onthaal.checkin;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onthaal.DatabaseTestBase;
import org.onthaal.base.fuzz.Fuzz;
import org.onthaal.base.fuzz.HostileText;
import org.onthaal.family.FamilyCard;
import org.onthaal.family.NewFamily;
import org.onthaal.kiosk.TestKiosks;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onthaal.db.Tables.CODE_ENTRY_LOCK;

/**
 * Generated scanner input and code entries at the kiosk, through the services it calls: a
 * scan or a code never identifies another family than the one whose card or code it is,
 * never fails with anything but "unknown" or "locked", a scan never counts towards the
 * code lock, and every wrong code counts exactly once (none while locked).
 */
@SpringBootTest
class CardAndCodeFuzzTest extends DatabaseTestBase {

	private static final String HEX = "0123456789ABCDEF";

	@Autowired
	private CheckInService checkIns;

	@Autowired
	private ApplicationContext ctx;

	private final List<CheckIn> families = new ArrayList<>();

	private final Map<String, Long> familyByCode = new HashMap<>();

	private long deviceId;

	@BeforeEach
	void fiveFamiliesWithCardsAndAKiosk() {
		clock.setTo(Instant.now());
		for (String nickname : List.of("Amal", "Olena", "Hodan", "Kasia", "Mehmet")) {
			CheckIn checkIn = checkIns.checkInNewFamily(locationId,
					new NewFamily(nickname, List.of("nl"), List.of(), List.of(), true, false), true, VisitSource.KIOSK);
			families.add(checkIn);
			familyByCode.put(checkIn.card().pictogram() + " " + checkIn.card().digits(), checkIn.familyId());
		}
		deviceId = TestKiosks.pair(ctx, locationId).deviceId();
	}

	@Test
	void aScanFindsOnlyTheFamilyWhoseCardItIsAndNeverCounts() {
		Fuzz.check(20261209L, Fuzz.tries(50), random -> List.of(scannerInput(random)), Fuzz::units,
				pieces -> Fuzz.escape(String.join("", pieces)), pieces -> {
					String scanned = String.join("", pieces);
					int failures = failures();
					CodeLookup lookup = checkIns.identifyByCard(scanned);
					Long owner = ownerOfToken(scanned);
					if (owner == null) {
						assertThat(lookup.family()).as("nobody's card").isNull();
					}
					else {
						assertThat(lookup.family()).as("its family").isNotNull();
						assertThat(lookup.family().familyId()).isEqualTo(owner);
					}
					assertThat(lookup.secondsLocked()).isZero();
					assertThat(failures()).as("a scan never counts").isEqualTo(failures);
				});
	}

	@Test
	void aCodeFindsOnlyItsFamilyAndEveryWrongCodeCountsOnce() {
		Fuzz.check(20261210L, Fuzz.tries(50), this::codeAttempts, java.util.Collections::singletonList,
				CardAndCodeFuzzTest::show, attempts -> {
					// every run of tries starts on an open kiosk
					dsl.deleteFrom(CODE_ENTRY_LOCK).where(CODE_ENTRY_LOCK.KIOSK_DEVICE_ID.eq(deviceId)).execute();
					for (String[] attempt : attempts) {
						tryCode(attempt[0], attempt[1]);
					}
				});
	}

	private void tryCode(String pictogram, String digits) {
		int failures = failures();
		boolean wasLocked = checkIns.codeEntryLockedSeconds(deviceId) > 0;
		CodeLookup lookup = checkIns.identifyByCode(deviceId, pictogram, digits);
		Long owner = familyByCode.get(pictogram + " " + digits);
		if (wasLocked) {
			assertThat(lookup.family()).as("nothing is looked up while locked").isNull();
			assertThat(lookup.secondsLocked()).isPositive();
			assertThat(failures()).as("a try while locked does not count").isEqualTo(failures);
		}
		else if (owner != null) {
			assertThat(lookup.family()).as("its family").isNotNull();
			assertThat(lookup.family().familyId()).isEqualTo(owner);
			assertThat(failures()).as("a right code resets the count").isZero();
		}
		else {
			assertThat(lookup.family()).as("nobody's code").isNull();
			assertThat(failures()).as("a wrong code counts once").isEqualTo(failures + 1);
		}
		if (lookup.secondsLocked() > 0 && Math.floorMod(pictogram.hashCode() + digits.hashCode(), 3) == 0) {
			// sometimes the family waits the lock out, sometimes it tries on meanwhile
			clock.advance(Duration.ofSeconds(lookup.secondsLocked()));
		}
	}

	/** What a scanner (or a person at the scan field) may type. */
	private String scannerInput(Random random) {
		String token = families.get(random.nextInt(families.size())).card().token();
		return switch (random.nextInt(9)) {
			case 0 -> token;
			case 1 -> around(random, token.toLowerCase(Locale.ROOT));
			case 2 -> oneCharacterChanged(random, token);
			case 3 -> token.substring(0, random.nextInt(token.length()));
			case 4 -> token + token.substring(0, 1 + random.nextInt(token.length() - 1));
			case 5 -> token.repeat(2 + random.nextInt(40));
			case 6 -> randomBytes(random);
			case 7 -> FamilyCard.TOKEN_PREFIX + String.join("", HostileText.nickname(random));
			default -> String.join("", HostileText.nickname(random));
		};
	}

	private static String around(Random random, String token) {
		List<String> edges = List.of("", " ", "\r", "\n", "\t", "\u00A0", "\u0000", "\u001D", "\uFEFF");
		return edges.get(random.nextInt(edges.size())) + token + edges.get(random.nextInt(edges.size()));
	}

	private static String oneCharacterChanged(Random random, String token) {
		int at = random.nextInt(token.length());
		String replacement = random.nextBoolean() ? String.valueOf(HEX.charAt(random.nextInt(HEX.length())))
				: HostileText.anyCategory(random);
		return token.substring(0, at) + replacement + token.substring(at + 1);
	}

	private static String randomBytes(Random random) {
		byte[] bytes = new byte[random.nextInt(100)];
		random.nextBytes(bytes);
		return new String(bytes, random.nextBoolean() ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
	}

	/** A run of code entries: right ones, wrong ones, and what no keypad would send. */
	private List<String[]> codeAttempts(Random random) {
		List<String[]> attempts = new ArrayList<>();
		int count = 1 + random.nextInt(12);
		List<String> codes = new ArrayList<>(familyByCode.keySet());
		codes.sort(null);
		for (int i = 0; i < count; i++) {
			String[] real = codes.get(random.nextInt(codes.size())).split(" ");
			attempts.add(switch (random.nextInt(7)) {
				case 0 -> real;
				case 1 -> new String[] { real[0], digits(random, 4) };
				case 2 -> new String[] { pictogram(random), real[1] };
				case 3 -> new String[] { pictogram(random), digits(random, random.nextInt(7)) };
				case 4 -> new String[] { real[0].toLowerCase(Locale.ROOT), real[1] };
				case 5 -> new String[] { real[0], oddDigits(random, real[1]) };
				default ->
					new String[] { HostileText.anyCategory(random), String.join("", HostileText.nickname(random)) };
			});
		}
		return attempts;
	}

	private static String pictogram(Random random) {
		return FamilyCard.PICTOGRAMS.get(random.nextInt(FamilyCard.PICTOGRAMS.size()));
	}

	private static String digits(Random random, int length) {
		StringBuilder digits = new StringBuilder();
		for (int i = 0; i < length; i++) {
			digits.append(random.nextInt(10));
		}
		return digits.toString();
	}

	/** The right number as no keypad types it: other digits, spaces, signs. */
	private static String oddDigits(Random random, String digits) {
		return switch (random.nextInt(5)) {
			case 0 -> " " + digits;
			case 1 -> digits + "\n";
			case 2 ->
				digits.chars().mapToObj(c -> String.valueOf((char) ('\u0660' + c - '0'))).reduce("", String::concat);
			case 3 ->
				digits.chars().mapToObj(c -> String.valueOf((char) ('\uFF10' + c - '0'))).reduce("", String::concat);
			default -> "+" + digits.substring(1);
		};
	}

	private static String show(List<String[]> attempts) {
		return attempts.stream()
			.map(attempt -> Fuzz.escape(attempt[0]) + " " + Fuzz.escape(attempt[1]))
			.reduce((a, b) -> a + ", " + b)
			.orElse("(none)");
	}

	private Long ownerOfToken(String scanned) {
		String typed = scanned.strip().toUpperCase(Locale.ROOT);
		return families.stream()
			.filter(family -> family.card().token().equals(typed))
			.map(CheckIn::familyId)
			.findFirst()
			.orElse(null);
	}

	private int failures() {
		return CodeLockFailures.of(dsl, deviceId);
	}

}
