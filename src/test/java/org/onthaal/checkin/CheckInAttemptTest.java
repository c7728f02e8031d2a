package org.onthaal.checkin;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.onthaal.DatabaseTestBase;
import org.onthaal.family.NewFamily;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onthaal.db.Tables.FAMILY;
import static org.onthaal.db.Tables.VISIT;

/**
 * A kiosk form sent again after its answer was lost (its node died after storing it) gets
 * the family it stored, never a second one; the card it never saw gets a new token.
 */
@SpringBootTest
class CheckInAttemptTest extends DatabaseTestBase {

	@Autowired
	private CheckInService checkIns;

	@Test
	void theSameFormSentTwiceStoresTheFamilyOnce() {
		UUID form = UUID.randomUUID();
		CheckIn first = checkIns.checkInNewFamily(locationId, marta(), true, VisitSource.KIOSK, form);
		CheckIn again = checkIns.checkInNewFamily(locationId, marta(), true, VisitSource.KIOSK, form);

		assertThat(dsl.fetchCount(FAMILY)).isEqualTo(1);
		assertThat(dsl.fetchCount(VISIT)).isEqualTo(1);
		assertThat(again.familyId()).isEqualTo(first.familyId());
		assertThat(again.visitId()).isEqualTo(first.visitId());
		assertThat(again.nickname()).isEqualTo("Marta");
		assertThat(again.card().pictogram()).isEqualTo(first.card().pictogram());
		assertThat(again.card().digits()).isEqualTo(first.card().digits());
		assertThat(checkIns.identifyByCard(again.card().token()).family()).isNotNull();
		// the first token was never shown: the lost answer carried it
		assertThat(checkIns.identifyByCard(first.card().token()).family()).isNull();
	}

	@Test
	void anotherFormIsAnotherFamily() {
		checkIns.checkInNewFamily(locationId, marta(), true, VisitSource.KIOSK, UUID.randomUUID());
		checkIns.checkInNewFamily(locationId, marta(), true, VisitSource.KIOSK, UUID.randomUUID());
		checkIns.checkInNewFamily(locationId, marta(), true, VisitSource.KIOSK);

		assertThat(dsl.fetchCount(FAMILY)).isEqualTo(3);
	}

	@Test
	void anotherPlacesFormIdAnswersNothingOfThatPlace() {
		UUID form = UUID.randomUUID();
		CheckIn there = checkIns.checkInNewFamily(locationId, marta(), true, VisitSource.KIOSK, form);
		long elsewhere = locations.create("Elders", ZoneId.of("Europe/Brussels"), false);

		CheckIn here = checkIns.checkInNewFamily(elsewhere, marta(), true, VisitSource.KIOSK, form);

		assertThat(here.familyId()).isNotEqualTo(there.familyId());
		assertThat(dsl.fetchCount(FAMILY)).isEqualTo(2);
	}

	private static NewFamily marta() {
		return new NewFamily("Marta", List.of("pl"), List.of(), List.of(), true, false);
	}

}
