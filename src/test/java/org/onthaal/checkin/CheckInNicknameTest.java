package org.onthaal.checkin;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.onthaal.DatabaseTestBase;
import org.onthaal.family.NewFamily;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onthaal.db.Tables.FAMILY;

/** The server decides what a nickname is, whatever the kiosk's text field let through. */
@SpringBootTest
class CheckInNicknameTest extends DatabaseTestBase {

	@Autowired
	private CheckInService checkIns;

	@Test
	void aPastedLineBreakIsStoredAsOneSpace() {
		CheckIn checkIn = checkIns.checkInNewFamily(locationId, family("Anna\nMarie"), true, VisitSource.KIOSK);

		assertThat(storedNickname(checkIn)).isEqualTo("Anna Marie");
	}

	@Test
	void aPersianNameWithAZeroWidthNonJoinerIsStoredAsWritten() {
		CheckIn checkIn = checkIns.checkInNewFamily(locationId, family("مهر\u200Cنوش"), true, VisitSource.KIOSK);

		assertThat(storedNickname(checkIn)).isEqualTo("مهر\u200Cنوش");
	}

	@Test
	void aDecomposedNameIsStoredComposed() {
		CheckIn checkIn = checkIns.checkInNewFamily(locationId, family("Zoe\u0308"), true, VisitSource.KIOSK);

		assertThat(storedNickname(checkIn)).isEqualTo("Zo\u00EB");
	}

	private String storedNickname(CheckIn checkIn) {
		return dsl.fetchValue(FAMILY.NICKNAME, FAMILY.ID.eq(checkIn.familyId()));
	}

	private static NewFamily family(String nickname) {
		return new NewFamily(nickname, List.of("fa"), List.of(), List.of("1-2"), true, false);
	}

}
