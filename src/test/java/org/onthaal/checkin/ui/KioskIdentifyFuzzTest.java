package org.onthaal.checkin.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onthaal.KaribuTest;
import org.onthaal.base.fuzz.Fuzz;
import org.onthaal.base.fuzz.HostileText;
import org.onthaal.checkin.CheckIn;
import org.onthaal.checkin.CodeLockFailures;
import org.onthaal.checkin.CheckInService;
import org.onthaal.checkin.VisitSource;
import org.onthaal.family.FamilyCard;
import org.onthaal.family.NewFamily;
import org.onthaal.kiosk.TestKiosks;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.onthaal.db.Tables.CODE_ENTRY_LOCK;

/**
 * Generated taps on the real kiosk's code screen (pictures, digits, erase, OK, double
 * taps, whatever a scanner types into the scan field): never an error, the kiosk stays on
 * the code screen or shows the family whose card or code it was, and only a complete
 * wrong code counts towards the lock, once. 25 runs of taps and 20 scans on the welcome
 * screen per CI run (Karibu is slow).
 */
class KioskIdentifyFuzzTest extends KaribuTest {

	/** One tap (or a scan): what the family does and on what. */
	record Action(String id, String scanned) {

		@Override
		public String toString() {
			return id.equals("kiosk-scan") ? "scan " + Fuzz.escape(scanned) : id.replace("kiosk-", "");
		}

	}

	@Autowired
	private CheckInService checkIns;

	private final List<CheckIn> families = new ArrayList<>();

	private long deviceId;

	@BeforeEach
	void aPairedKioskAndThreeFamilies() {
		deviceId = TestKiosks.pairAndUse(ctx, locationId).deviceId();
		for (String nickname : List.of("Amal", "Olena", "Hodan")) {
			families.add(checkIns.checkInNewFamily(locationId,
					new NewFamily(nickname, List.of("nl"), List.of(), List.of(), true, false), true,
					VisitSource.KIOSK));
		}
	}

	@Test
	void tapsNeverBreakTheKioskAndOnlyCompleteWrongCodesCountOnce() {
		Fuzz.check(20261211L, Fuzz.tries(400), this::taps, List::of,
				actions -> actions.stream().map(Action::toString).toList().toString(), this::play);
	}

	/**
	 * What a scanner types on the welcome screen (the browser passes a burst that starts
	 * like a card): the family whose card it is, or the code screen saying it is unknown;
	 * never an error.
	 */
	@Test
	void aScanOnTheWelcomeScreenShowsItsFamilyOrTheCodeScreen() {
		Fuzz.check(20261214L, Fuzz.tries(500), random -> List.of(scannedOnWelcome(random)), Fuzz::units,
				pieces -> Fuzz.escape(String.join("", pieces)), pieces -> {
					String scanned = String.join("", pieces);
					_find(CheckInFlow.class).forEach(CheckInFlow::startOver);
					_get(ScanAnywhere.class).scanned(scanned);
					CheckIn owner = ownerOfToken(scanned);
					if (owner != null) {
						assertShows(owner);
					}
					else if (!scanned.isBlank() && scanned.length() <= 80) {
						assertThat(_find(IdentifyScreen.class)).as("the code screen").hasSize(1);
						assertThat(_get(Paragraph.class, spec -> spec.withId("kiosk-identify-error")).isVisible())
							.isTrue();
					}
					assertThat(failures()).as("a scan never counts").isZero();
				});
	}

	private String scannedOnWelcome(Random random) {
		String token = families.get(random.nextInt(families.size())).card().token();
		return switch (random.nextInt(5)) {
			case 0 -> token;
			case 1 -> token.substring(0, token.length() - 1) + HostileText.anyCategory(random);
			case 2 -> token.repeat(1 + random.nextInt(3));
			default -> FamilyCard.TOKEN_PREFIX + String.join("", HostileText.nickname(random));
		};
	}

	/** Plays the taps on a fresh code screen, checking after every one. */
	private void play(List<Action> actions) {
		dsl.deleteFrom(CODE_ENTRY_LOCK).where(CODE_ENTRY_LOCK.KIOSK_DEVICE_ID.eq(deviceId)).execute();
		// from the welcome screen, wherever the last run left the kiosk
		_find(CheckInFlow.class).forEach(CheckInFlow::startOver);
		KioskFlow.startIn("nl", "card");
		String picture = null;
		StringBuilder digits = new StringBuilder();
		int wrongCodes = 0;
		for (Action action : actions) {
			if (!present(action.id())) {
				// not on the screen (the lock took the keypad's place): nobody can tap it
				continue;
			}
			boolean locked = checkIns.codeEntryLockedSeconds(deviceId) > 0;
			String submitted = null;
			String id = action.id();
			if (id.equals("kiosk-scan")) {
				_setValue(_get(TextField.class, spec -> spec.withId("kiosk-scan")), action.scanned());
				CheckIn owner = ownerOfToken(action.scanned());
				if (owner != null) {
					assertShows(owner);
					return;
				}
				if (!action.scanned().isBlank()) {
					// "unknown card" starts the number again
					digits.setLength(0);
				}
			}
			else {
				_click(_get(Button.class, spec -> spec.withId(id)));
				if (id.startsWith("kiosk-picture-")) {
					picture = id.substring("kiosk-picture-".length());
					submitted = digits.length() == 4 ? picture + " " + digits : null;
				}
				else if (id.equals("kiosk-key-erase")) {
					digits.setLength(Math.max(0, digits.length() - 1));
				}
				else if (id.equals("kiosk-identify-ok")) {
					submitted = picture != null && digits.length() == 4 ? picture + " " + digits : null;
				}
				else if (digits.length() < 4) {
					digits.append(id.substring("kiosk-key-".length()));
					submitted = picture != null && digits.length() == 4 ? picture + " " + digits : null;
				}
			}
			if (submitted != null) {
				CheckIn owner = ownerOfCode(submitted);
				if (owner != null && !locked) {
					assertShows(owner);
					return;
				}
				if (!locked) {
					wrongCodes++;
				}
				digits.setLength(0);
			}
			assertThat(_find(IdentifyScreen.class)).as("still on the code screen after " + action).hasSize(1);
			assertThat(failures()).as("wrong codes counted after " + action).isEqualTo(wrongCodes);
		}
	}

	private void assertShows(CheckIn family) {
		assertThat(_get(H1.class, spec -> spec.withId("kiosk-returning-title")).getText()).contains(family.nickname());
		_get(CheckInFlow.class).startOver();
	}

	private static boolean present(String id) {
		return !_find(com.vaadin.flow.component.Component.class, spec -> spec.withId(id)).isEmpty();
	}

	/**
	 * Taps as a family (or a child) makes them: codes, near misses, double taps, scans.
	 */
	private List<Action> taps(Random random) {
		List<Action> actions = new ArrayList<>();
		int count = 1 + random.nextInt(25);
		while (actions.size() < count) {
			CheckIn family = families.get(random.nextInt(families.size()));
			switch (random.nextInt(8)) {
				case 0 -> {
					actions.add(tap("kiosk-picture-" + family.card().pictogram()));
					for (char digit : family.card().digits().toCharArray()) {
						actions.add(tap("kiosk-key-" + digit));
					}
				}
				case 1 -> actions.add(tap(
						"kiosk-picture-" + FamilyCard.PICTOGRAMS.get(random.nextInt(FamilyCard.PICTOGRAMS.size()))));
				case 2, 3 -> actions.add(tap("kiosk-key-" + random.nextInt(10)));
				case 4 -> actions.add(tap("kiosk-key-erase"));
				case 5 -> actions.add(tap("kiosk-identify-ok"));
				case 6 -> actions.add(new Action("kiosk-scan", switch (random.nextInt(4)) {
					case 0 -> family.card().token();
					case 1 -> family.card().token().substring(0, 1 + random.nextInt(20));
					default -> String.join("", HostileText.nickname(random));
				}));
				default -> {
					// a double tap
					if (!actions.isEmpty()) {
						actions.add(actions.getLast());
					}
				}
			}
		}
		return actions;
	}

	private static Action tap(String id) {
		return new Action(id, "");
	}

	private CheckIn ownerOfToken(String scanned) {
		return families.stream()
			.filter(family -> family.card().token().equalsIgnoreCase(scanned.strip()))
			.findFirst()
			.orElse(null);
	}

	private CheckIn ownerOfCode(String code) {
		return families.stream()
			.filter(family -> (family.card().pictogram() + " " + family.card().digits()).equals(code))
			.findFirst()
			.orElse(null);
	}

	private int failures() {
		return CodeLockFailures.of(dsl, deviceId);
	}

}
