package org.onthaal.checkin;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onthaal.DatabaseTestBase;
import org.onthaal.base.fuzz.Fuzz;
import org.onthaal.base.fuzz.HostileText;
import org.onthaal.family.FamilyMatch;
import org.onthaal.family.NewFamily;
import org.onthaal.family.Nickname;
import org.onthaal.staff.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onthaal.db.Tables.AUDIT_EVENT;
import static org.onthaal.db.Tables.FAMILY;
import static org.onthaal.db.Tables.VISIT;

/**
 * Generated nicknames ({@link HostileText}) through the path production takes: the
 * kiosk's and the host's assisted check-in of a new family, on the real database. What is
 * accepted is stored as cleaned and reads back equal (also through the host's search);
 * what is refused is refused with a nickname reason and leaves no row. 400 tries per run
 * (1/25 of {@link Fuzz#tries}); the cleaning itself gets all of them in NicknameFuzzTest.
 */
@SpringBootTest
class CheckInNicknameFuzzTest extends DatabaseTestBase {

	private static final Set<CheckInRejected.Reason> NICKNAME_REASONS = Set.of(CheckInRejected.Reason.NICKNAME_EMPTY,
			CheckInRejected.Reason.NICKNAME_TOO_LONG, CheckInRejected.Reason.NICKNAME_INVALID);

	@Autowired
	private CheckInService checkIns;

	@BeforeEach
	void signInAHostOfThePlace() {
		staff.create("test", "fuzz-host", "a-long-test-password", "Fuzz", Set.of(Role.HOST), List.of(locationId),
				false);
		var authorities = List.of(new SimpleGrantedAuthority("ROLE_" + Role.HOST.name()));
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(new User("fuzz-host", "n/a", authorities), "n/a",
					authorities));
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void acceptedNicknamesAreStoredAsCleanedAndRefusedOnesLeaveNoRow() {
		int[] tryNumber = { 0 };
		Fuzz.checkText(20261208L, Fuzz.tries(25), HostileText::nickname, raw -> {
			VisitSource source = tryNumber[0]++ % 2 == 0 ? VisitSource.KIOSK : VisitSource.HOST;
			int families = dsl.fetchCount(FAMILY);
			int visits = dsl.fetchCount(VISIT);
			int audits = dsl.fetchCount(AUDIT_EVENT);
			String expected = cleanedOrNull(raw);

			CheckIn checkIn = null;
			RuntimeException refused = null;
			try {
				checkIn = checkIns.checkInNewFamily(locationId, family(raw), true, source);
			}
			catch (RuntimeException ex) {
				refused = ex;
			}

			if (expected == null) {
				assertThat(refused).as("refused with a nickname reason")
					.isInstanceOfSatisfying(CheckInRejected.class,
							ex -> assertThat(ex.reason()).isIn(NICKNAME_REASONS));
				assertThat(dsl.fetchCount(FAMILY)).as("no family row").isEqualTo(families);
				assertThat(dsl.fetchCount(VISIT)).as("no visit row").isEqualTo(visits);
				assertThat(dsl.fetchCount(AUDIT_EVENT)).as("no audit row").isEqualTo(audits);
				return;
			}
			assertThat(refused).as("accepted, by " + source).isNull();
			assertThat(checkIn).isNotNull();
			long familyId = checkIn.familyId();
			assertThat(checkIn.nickname()).isEqualTo(expected);
			assertThat(dsl.fetchValue(FAMILY.NICKNAME, FAMILY.ID.eq(familyId))).as("stored").isEqualTo(expected);
			assertThat(checkIns.returningFamily(familyId)).as("read back")
				.hasValueSatisfying(family -> assertThat(family.nickname()).isEqualTo(expected));
			List<FamilyMatch> found = checkIns.findFamilies(locationId, expected);
			assertThat(found.size() == 10 || found.stream().anyMatch(match -> match.familyId() == familyId))
				.as("the host's search finds it by its nickname")
				.isTrue();
			assertThat(dsl.fetchCount(FAMILY)).isEqualTo(families + 1);
			assertThat(dsl.fetchCount(VISIT)).isEqualTo(visits + 1);
		});
	}

	private static String cleanedOrNull(String raw) {
		try {
			return Nickname.clean(raw);
		}
		catch (Nickname.Rejected ex) {
			return null;
		}
	}

	private static NewFamily family(String nickname) {
		return new NewFamily(nickname, List.of("nl"), List.of(), List.of("1-2"), true, false);
	}

}
