package org.onthaal.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.onthaal.DatabaseTestBase;
import org.onthaal.checkin.CheckIn;
import org.onthaal.checkin.CheckInService;
import org.onthaal.checkin.VisitSource;
import org.onthaal.family.NewFamily;
import org.onthaal.kiosk.TestKiosks;
import org.onthaal.staff.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onthaal.db.Tables.FAMILY;
import static org.onthaal.db.Tables.VISIT;

/**
 * The load harness's client still speaks Vaadin's protocol (README, "Load harness"): a
 * kiosk driven through UIDL requests checks in a new and a returning family and sees one
 * leave, the rows are stored, and a host board signed in over the sign-in form hears each
 * check-in on its push channel. A few seconds on the tests' own server, so the harness
 * cannot rot silently; the long runs are not part of the build.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoadClientIT extends DatabaseTestBase {

	private static final String PASSWORD = "een-lang-wachtwoord";

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext applicationContext;

	@Autowired
	private CheckInService checkIns;

	@Test
	void aKioskOverUidlChecksFamiliesInAndABoardHearsEachOnItsPushChannel() throws Exception {
		staff.create("test", "gastvrouw", PASSWORD, "Gastvrouw", Set.of(Role.HOST), List.of(locationId), false);
		TestKiosks.Paired paired = TestKiosks.pair(applicationContext, locationId);
		CheckIn earlier = checkIns.checkInNewFamily(locationId,
				new NewFamily("Terugab", List.of("nl"), List.of(), List.of(), true, false), true, VisitSource.KIOSK);
		checkIns.checkOut(locationId, earlier.familyId());
		KioskScenario.Card card = new KioskScenario.Card("Terugab", earlier.card().pictogram(),
				earlier.card().digits());

		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		URI base = URI.create("http://127.0.0.1:" + port + "/");
		LoadRecord record = new LoadRecord();
		record.measuring = true;
		VaadinTab board = new VaadinTab(http, base);
		board.signIn("gastvrouw", PASSWORD);
		board.open("host");
		board.listen((message, arrived) -> record.pushed(0, message, arrived));
		VaadinTab tab = new VaadinTab(http, base);
		tab.cookie("onthaal-kiosk", paired.token());
		tab.open("kiosk");
		KioskScenario kiosk = new KioskScenario(tab, 0, record);

		KioskScenario.Card newCard = kiosk.newFamily("Gastab");
		kiosk.returning(card);

		assertThat(dsl.fetchExists(FAMILY, FAMILY.NICKNAME.eq("Gastab"))).isTrue();
		assertThat(dsl.fetchCount(VISIT, VISIT.CHECKED_OUT_AT.isNull())).isEqualTo(2);
		assertThat(record.measuredCheckIns()).isEqualTo(2);
		Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> record.allHeard(1));
		assertThat(record.pushNanos()).hasSize(2);
		assertThat(record.tapNanos()).hasSizeGreaterThan(20);

		// the new family leaves with the card the kiosk showed it
		var stored = dsl.selectFrom(FAMILY).where(FAMILY.NICKNAME.eq("Gastab")).fetchSingle();
		assertThat(newCard)
			.isEqualTo(new KioskScenario.Card("Gastab", stored.getCardPictogram(), stored.getCardDigits()));
		kiosk.leave(newCard);
		kiosk.leave(card);
		assertThat(dsl.fetchCount(VISIT, VISIT.CHECKED_OUT_AT.isNull())).isZero();
		board.close();
	}

}
