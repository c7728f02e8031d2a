package org.onthaal.staff;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.onthaal.KaribuTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onthaal.db.Tables.STAFF_USER;

/**
 * A staff member's name follows the same server rules as a family's nickname: pasted line
 * breaks become one space, hidden characters are refused, joiners inside a word stay.
 */
class StaffDisplayNameTest extends KaribuTest {

	@Autowired
	private StaffAdministration administration;

	@Test
	void aPastedLineBreakBecomesOneSpace() {
		login("mila", Role.MANAGER);

		long id = administration.createStaff(newStaff("anna", "Anna\r\nDe\u00A0Smet"));

		assertThat(dsl.fetchValue(STAFF_USER.DISPLAY_NAME, STAFF_USER.ID.eq(id))).isEqualTo("Anna De Smet");
	}

	@Test
	void aPersianNameWithAJoinerIsStoredComposedAndAsWritten() {
		login("mila", Role.MANAGER);

		long id = administration.createStaff(newStaff("mehr", "مهر\u200Cنوش Zoe\u0308"));

		assertThat(dsl.fetchValue(STAFF_USER.DISPLAY_NAME, STAFF_USER.ID.eq(id))).isEqualTo("مهر\u200Cنوش Zoë");
	}

	@Test
	void controlAndBidiCharactersAreRefused() {
		login("mila", Role.MANAGER);

		for (String name : new String[] { "Anna\u202Eximd", "Anna\u0000", "\u200B", "Anna\u2066x" }) {
			assertThatThrownBy(() -> administration.createStaff(newStaff("anna", name))).as(name)
				.isInstanceOfSatisfying(StaffChangeRejected.class,
						ex -> assertThat(ex.reason()).isEqualTo(StaffChangeRejected.Reason.DISPLAY_NAME_INVALID));
		}
		assertThat(dsl.fetchCount(STAFF_USER, STAFF_USER.USERNAME.eq("anna"))).isZero();
	}

	private NewStaff newStaff(String username, String displayName) {
		return new NewStaff(username, displayName, Set.of(Role.HOST), Set.of(locationId), "nl", "een-lang-wachtwoord");
	}

}
