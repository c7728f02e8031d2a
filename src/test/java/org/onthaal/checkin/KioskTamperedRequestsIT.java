package org.onthaal.checkin;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onthaal.DatabaseTestBase;
import org.onthaal.family.NewFamily;
import org.onthaal.kiosk.TestKiosks;
import org.onthaal.load.VaadinTab;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onthaal.db.Tables.CHILD;
import static org.onthaal.db.Tables.FAMILY;
import static org.onthaal.db.Tables.FAMILY_LANGUAGE;
import static org.onthaal.db.Tables.VISIT;

/**
 * The kiosk's own Vaadin requests (UIDL, through the light client of the load harness)
 * with values its screens never send: the answers a tab keeps for an interrupted
 * check-in, given back tampered (an unknown language code, 10,000 children, an age band
 * or interest that does not exist, a step it has not, another place's form id), taps on a
 * counter's disabled button beyond its end, and a counter's value synced from the client.
 * Each is refused on the server, stores nothing it should not, and the kiosk answers on
 * (no error page, no "the server gave up on this tab").
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class KioskTamperedRequestsIT extends DatabaseTestBase {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The script the kiosk sends to read back the answers kept in the tab. */
	private static final String KEPT_ANSWERS = "sessionStorage.getItem";

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext ctx;

	@Autowired
	private CheckInService checkIns;

	private String token = "";

	@BeforeEach
	void aPairedKiosk() {
		token = TestKiosks.pair(ctx, locationId).token();
	}

	/** What the tab keeps (AnswersInBrowser.Stored), as a tampered tab may write it. */
	record Kept(String language, String nickname, List<String> languages, List<String> interests, List<String> children,
			String meet, int step, String attempt) {

		Kept withLanguages(List<String> value) {
			return new Kept(language, nickname, value, interests, children, meet, step, attempt);
		}

		Kept withInterests(List<String> value) {
			return new Kept(language, nickname, languages, value, children, meet, step, attempt);
		}

		Kept withChildren(List<String> value) {
			return new Kept(language, nickname, languages, interests, value, meet, step, attempt);
		}

		Kept withStep(int value) {
			return new Kept(language, nickname, languages, interests, children, meet, value, attempt);
		}

		Kept withMeet(String value) {
			return new Kept(language, nickname, languages, interests, children, value, step, attempt);
		}

		Kept withScreenLanguage(String value) {
			return new Kept(value, nickname, languages, interests, children, meet, step, attempt);
		}

		Kept withAttempt(String value) {
			return new Kept(language, nickname, languages, interests, children, meet, step, value);
		}

	}

	private static Kept honest() {
		return new Kept("nl", "Olena", List.of("uk", "nl"), List.of("music"), List.of("1-2"), "yes", 5,
				UUID.randomUUID().toString());
	}

	@Test
	void keptAnswersNoScreenGaveAreNotPutBackAndNothingIsStored() throws Exception {
		List<Kept> tampered = List.of(honest().withLanguages(List.of("zz")),
				honest().withLanguages(List.of("nl", "qaa")), honest().withLanguages(List.of("nl", "<b>")),
				honest().withChildren(Collections.nCopies(10_000, "0-1")), honest().withChildren(List.of("-1")),
				honest().withChildren(List.of("1-2", "7-9")), honest().withInterests(List.of("skydiving")),
				honest().withStep(99), honest().withStep(-1), honest().withMeet("maybe"),
				honest().withScreenLanguage("zz"), honest().withAttempt("not-a-form-id"));
		for (Kept kept : tampered) {
			VaadinTab tab = kiosk();
			tab.answer(KEPT_ANSWERS, JSON.writeValueAsString(kept));
			assertThat(tab.has("kiosk-new-family")).as("not put back: %s", kept).isFalse();
			assertThat(tab.has("kiosk-start")).as("the kiosk starts clean").isTrue();
			tab.click("kiosk-start");
			assertThat(tab.has("kiosk-choose-nl")).as("and answers on").isTrue();
		}
		assertThat(dsl.fetchCount(FAMILY)).as("nothing stored").isZero();
		assertThat(dsl.fetchCount(VISIT)).isZero();

		// the same request with answers a screen gave does put them back, and stores them
		VaadinTab tab = kiosk();
		tab.answer(KEPT_ANSWERS, JSON.writeValueAsString(honest()));
		assertThat(tab.has("kiosk-new-family")).isTrue();
		tab.click("kiosk-confirm");
		assertThat(tab.has("kiosk-card-code")).isTrue();
		assertThat(dsl.fetchValues(FAMILY.NICKNAME)).containsExactly("Olena");
		assertThat(dsl.fetchValues(FAMILY_LANGUAGE.LANGUAGE_CODE)).containsExactlyInAnyOrder("uk", "nl");
		assertThat(dsl.fetchCount(CHILD)).isEqualTo(1);
	}

	@Test
	void anotherPlacesFormIdGetsNothingOfItsFamily() throws Exception {
		long elsewhere = locations.create("Elders", ZoneId.of("Europe/Brussels"), false);
		UUID theirForm = UUID.randomUUID();
		CheckIn theirs = checkIns.checkInNewFamily(elsewhere,
				new NewFamily("Hodan", List.of("so"), List.of(), List.of(), true, false), true, VisitSource.KIOSK,
				theirForm);
		String theirCard = dsl.fetchValue(FAMILY.CARD_TOKEN_HASH, FAMILY.ID.eq(theirs.familyId()));

		VaadinTab tab = kiosk();
		tab.answer(KEPT_ANSWERS, JSON.writeValueAsString(honest().withAttempt(theirForm.toString())));
		tab.click("kiosk-confirm");

		assertThat(tab.text("kiosk-card-code")).isNotBlank();
		assertThat(dsl.fetchValue(FAMILY.CARD_TOKEN_HASH, FAMILY.ID.eq(theirs.familyId())))
			.as("their card still works: no new token was made for it")
			.isEqualTo(theirCard);
		assertThat(dsl.fetchCount(VISIT, VISIT.FAMILY_ID.eq(theirs.familyId()).and(VISIT.LOCATION_ID.eq(locationId))))
			.as("no visit here for their family")
			.isZero();
		assertThat(dsl.fetchValues(FAMILY.NICKNAME)).containsExactlyInAnyOrder("Hodan", "Olena");
	}

	@Test
	void aCounterNeitherGoesBeyondItsEndsNorTakesAValueFromTheClient() throws Exception {
		CheckIn before = checkIns.checkInNewFamily(locationId,
				new NewFamily("Amal", List.of("ar"), List.of(), List.of(), true, false), true, VisitSource.KIOSK);
		checkIns.checkOut(locationId, before.familyId());

		VaadinTab tab = kiosk();
		tab.click("kiosk-attract-returning");
		tab.click("kiosk-picture-" + before.card().pictogram());
		for (char digit : before.card().digits().toCharArray()) {
			tab.click("kiosk-key-" + digit);
		}
		assertThat(tab.has("kiosk-returning-confirm")).isTrue();
		// the minus of "children" is disabled at 0, the plus of "adults" at 20: a
		// tampered
		// tab taps them anyway
		for (int i = 0; i < 5; i++) {
			tab.click("kiosk-children-less");
		}
		for (int i = 0; i < 30; i++) {
			tab.click("kiosk-adults-more");
		}
		// Flow takes no value of a property the server does not synchronise: it answers
		// with an error for the tab, and the tab carries on
		assertThatThrownBy(() -> tab.sync("kiosk-adults-value", "innerText", "10000")).hasMessageContaining("appError");
		assertThatThrownBy(() -> tab.sync("kiosk-children-value", "textContent", "-1"))
			.hasMessageContaining("appError");
		tab.click("kiosk-returning-confirm");

		assertThat(tab.has("kiosk-welcome")).isTrue();
		var visit = dsl.selectFrom(VISIT).where(VISIT.CHECKED_OUT_AT.isNull()).fetchSingle();
		assertThat(visit.getAdults().intValue()).as("no more adults than the screen counts").isEqualTo(20);
		assertThat(visit.getChildren().intValue()).as("no fewer children than none").isZero();
	}

	/** A fresh tab of the paired kiosk, on its welcome screen. */
	private VaadinTab kiosk() throws Exception {
		VaadinTab tab = new VaadinTab(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(),
				URI.create("http://127.0.0.1:" + port + "/"));
		tab.cookie("onthaal-kiosk", token);
		tab.open("kiosk");
		return tab;
	}

}
