package org.onthaal.kiosk;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.onthaal.DatabaseTestBase;
import org.onthaal.base.fuzz.Fuzz;
import org.onthaal.base.fuzz.HostileText;
import org.onthaal.base.security.GuessThrottle;
import org.onthaal.base.security.Sha256;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onthaal.db.Tables.KIOSK_DEVICE;

/**
 * Generated pairing codes typed on unpaired kiosks, from a few network addresses, with
 * minutes passing: right codes, near misses, used and expired codes, another device's,
 * and anything at all. Properties: pairing never fails with anything but a refusal; a
 * device is paired only by its own code, once, while the code is fresh and the address
 * may try (case, spaces, dashes, dots and underscores don't matter, as documented); every
 * refused code counts once towards the address's wait (five wrong, then 30 s, doubling
 * with every further five), a try while waiting counts nothing and pairs nothing, a right
 * code forgives.
 */
@SpringBootTest
class PairingCodeFuzzTest extends DatabaseTestBase {

	private static final List<String> ADDRESSES = List.of("203.0.113.7", "198.51.100.23", "2001:db8::17");

	private static final int DEVICES = 3;

	private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

	@Autowired
	private KioskPairing pairing;

	@Autowired
	private PairingThrottle throttle;

	@Autowired
	private ApplicationContext ctx;

	/**
	 * One code typed at an address after some minutes: a way of typing {@code device}'s
	 * code, or something else; {@code position} and {@code piece} say where and what.
	 */
	record Typing(int minutesBefore, int address, int device, Kind kind, int position, String piece) {
	}

	enum Kind {

		RIGHT, LOWER_CASE, GROUPED, DASHED, PADDED, ONE_CHANGED, LOOK_ALIKE, PIECE_INSIDE, PREFIX, TWICE, FULL_WIDTH,
		ANYTHING

	}

	/** The model of each address: wrong codes in a row, waiting until. */
	private record AddressState(int failures, Instant lockedUntil) {
	}

	private final List<PairingCodeIssued> issued = new ArrayList<>();

	private final Map<String, AddressState> addresses = new HashMap<>();

	private final java.util.Set<Long> paired = new java.util.HashSet<>();

	@Test
	void onlyAFreshCodePairsItsOwnDeviceOnceAndEveryWrongCodeCountsOnce() {
		Fuzz.check(20261216L, Fuzz.tries(400), this::typings, List::of, PairingCodeFuzzTest::show, typings -> {
			startWithThreeUnpairedKiosks();
			for (Typing typing : typings) {
				type(typing);
			}
		});
	}

	private void startWithThreeUnpairedKiosks() {
		clock.setTo(START);
		dsl.deleteFrom(KIOSK_DEVICE).execute();
		issued.clear();
		for (int i = 0; i < DEVICES; i++) {
			issued.add(TestKiosks.register(ctx, locationId, "Kiosk " + i));
		}
		addresses.clear();
		paired.clear();
		ADDRESSES.forEach(throttle::succeeded);
	}

	private void type(Typing typing) {
		clock.advance(Duration.ofMinutes(typing.minutesBefore()));
		String address = ADDRESSES.get(typing.address());
		String typed = typed(typing);
		Instant now = clock.instant();
		AddressState before = addresses.getOrDefault(address, new AddressState(0, Instant.MIN));
		long waiting = secondsUntil(before.lockedUntil(), now);
		PairingCodeIssued meant = matching(typed);
		boolean fresh = meant != null && now.isBefore(meant.expiresAt()) && !paired.contains(meant.deviceId());

		PairingResult result = pairing.pair(typed, address);

		if (waiting > 0) {
			assertThat(result.succeeded()).as("nothing pairs while the address waits").isFalse();
			assertThat(result.secondsLocked()).isEqualTo(waiting);
			return;
		}
		if (fresh) {
			assertThat(result.succeeded()).as("its own fresh code pairs it").isTrue();
			assertThat(result.kiosk().deviceId()).isEqualTo(meant.deviceId());
			assertThat(dsl.fetchValue(KIOSK_DEVICE.TOKEN_HASH, KIOSK_DEVICE.ID.eq(meant.deviceId())))
				.isEqualTo(Sha256.hex(result.token()));
			addresses.remove(address);
			paired.add(meant.deviceId());
		}
		else {
			assertThat(result.succeeded()).as("a wrong, used or expired code pairs nothing").isFalse();
			int failures = before.failures() + 1;
			Duration wait = GuessThrottle.waitAfter(failures);
			Instant lockedUntil = wait.isZero() ? before.lockedUntil() : now.plus(wait);
			addresses.put(address, new AddressState(failures, lockedUntil));
			assertThat(result.secondsLocked()).as("the wait after %s wrong codes", failures)
				.isEqualTo(secondsUntil(lockedUntil, now));
		}
		assertThat(dsl.fetchValues(KIOSK_DEVICE.ID, KIOSK_DEVICE.PAIRED_AT.isNotNull()))
			.as("no device paired but by its own code")
			.containsExactlyInAnyOrderElementsOf(paired);
		for (String other : ADDRESSES) {
			AddressState state = addresses.getOrDefault(other, new AddressState(0, Instant.MIN));
			assertThat(throttle.secondsLocked(other)).as("the wait of %s", other)
				.isEqualTo(secondsUntil(state.lockedUntil(), now));
		}
	}

	/** The issued code this typing is, as documented: case, spaces and dashes aside. */
	private PairingCodeIssued matching(String typed) {
		String code = typed.replaceAll("[ \\t\\n\\x0B\\f\\r\\-_.]", "").toUpperCase(Locale.ROOT);
		return issued.stream().filter(candidate -> candidate.code().equals(code)).findFirst().orElse(null);
	}

	private static long secondsUntil(Instant until, Instant now) {
		if (!until.isAfter(now)) {
			return 0;
		}
		Duration left = Duration.between(now, until);
		return left.toSeconds() + (left.toNanosPart() > 0 ? 1 : 0);
	}

	/** What is typed: built from the code issued in this run (codes are random). */
	private String typed(Typing typing) {
		String code = issued.get(typing.device()).code();
		int at = typing.position() % code.length();
		return switch (typing.kind()) {
			case RIGHT -> code;
			case LOWER_CASE -> code.toLowerCase(Locale.ROOT);
			case GROUPED -> KioskSecrets.grouped(code);
			case DASHED -> code.substring(0, 4) + "-" + code.substring(4);
			case PADDED -> typing.piece() + code + typing.piece();
			case ONE_CHANGED -> code.substring(0, at) + typing.piece() + code.substring(at + 1);
			case LOOK_ALIKE -> code.substring(0, at) + "01OIL".charAt(typing.position() % 5) + code.substring(at + 1);
			case PIECE_INSIDE -> code.substring(0, at) + typing.piece() + code.substring(at);
			case PREFIX -> code.substring(0, at);
			case TWICE -> code + code;
			case FULL_WIDTH ->
				code.chars().mapToObj(c -> String.valueOf((char) (c - 0x20 + 0xFF00))).reduce("", String::concat);
			case ANYTHING -> typing.piece();
		};
	}

	// ---- the generator ----

	private List<Typing> typings(Random random) {
		List<Typing> typings = new ArrayList<>();
		int count = 1 + random.nextInt(16);
		Kind[] kinds = Kind.values();
		for (int i = 0; i < count; i++) {
			Kind kind = kinds[random.nextInt(kinds.length)];
			int minutes = random.nextInt(6) == 0 ? random.nextInt(20) : 0;
			typings.add(new Typing(minutes, random.nextInt(ADDRESSES.size()), random.nextInt(DEVICES), kind,
					random.nextInt(1000), piece(random, kind)));
		}
		return typings;
	}

	private static String piece(Random random, Kind kind) {
		return switch (kind) {
			case PADDED ->
				List.of(" ", "  ", "\t", "\n", "-", ".", "_", "\u00A0", "\u200B", "\uFEFF").get(random.nextInt(10));
			case ONE_CHANGED -> random.nextBoolean()
					? String.valueOf(KioskSecrets.ALPHABET.charAt(random.nextInt(KioskSecrets.ALPHABET.length())))
					: HostileText.anyCategory(random);
			case PIECE_INSIDE -> HostileText.piece(random);
			case ANYTHING -> String.join("", HostileText.nickname(random));
			default -> "";
		};
	}

	private static String show(List<Typing> typings) {
		StringBuilder shown = new StringBuilder();
		typings.forEach(
				typing -> shown.append("\n    ").append(typing).append(" piece ").append(Fuzz.escape(typing.piece())));
		return shown.toString();
	}

}
