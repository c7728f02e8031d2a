package org.onthaal.host.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.onthaal.KaribuTest;
import org.onthaal.checkin.CheckInService;
import org.onthaal.checkin.VisitSource;
import org.onthaal.family.NewFamily;
import org.onthaal.staff.Role;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.onthaal.db.Tables.FAMILY;
import static org.onthaal.db.Tables.STAFF_USER;

/**
 * The conversation helper on a real board: how to open on each suggestion, a greeting in
 * the family's first language on each family.
 */
class ConversationHelperTest extends KaribuTest {

	@Autowired
	private CheckInService checkIns;

	@Test
	void aSuggestionSaysHowToOpenTheConversationInTheHostsLanguage() {
		checkIn("Elif", List.of("tr", "nl"), List.of("cooking"), List.of("1-2"));
		checkIn("Ahmet", List.of("tr"), List.of("cooking"), List.of("1-2"));
		openBoard(Locale.forLanguageTag("nl"));

		assertThat(openerOnBoard()).isEqualTo("Elif is nieuw: heet hen welkom en stel Ahmet voor."
				+ " Beide gezinnen praten graag over „Koken”: vraag wat ze er leuk aan vinden.");
	}

	@Test
	void anArabicHostReadsTheOpenerInArabicWithTheLanguageNamedInArabic() {
		checkIn("Amal", List.of("ar"), List.of("cooking"), List.of());
		// nothing else in common: the opener names the language they share
		checkIn("Olena", List.of("uk", "ar"), List.of(), List.of());
		openBoard(Locale.forLanguageTag("ar"));

		assertThat(openerOnBoard()).isEqualTo("Amal هنا لأول مرة: رحّب بهم وعرّفهم على Olena."
				+ " كلتا العائلتين تتحدّث لغات مختلفة في البيت، لكن تجمعها العربية: عرّفهم على بعض باللغة العربية.");
	}

	@Test
	void aTrioIsWelcomedAndToldWhatAllThreeShare() {
		checkIn("Amal", List.of("ar"), List.of("cooking"), List.of("1-2"));
		checkIn("Fatima", List.of("ar"), List.of("cooking"), List.of("1-2"));
		checkIn("Yasmine", List.of("ar"), List.of("cooking"), List.of("1-2"));
		openBoard(Locale.forLanguageTag("nl"));

		List<String> names = List
			.of(_get(Span.class, spec -> spec.withClasses("suggestion-names")).getText().split(" ↔ "));
		assertThat(names).hasSize(3);
		String opener = openerOnBoard();
		assertThat(opener).endsWith(" De drie gezinnen praten graag over „Koken”: vraag wat ze er leuk aan vinden.");
		String newcomer = opener.substring(0, opener.indexOf(" is nieuw"));
		List<String> others = names.stream().filter(name -> !name.equals(newcomer)).toList();
		assertThat(opener).startsWith(
				newcomer + " is nieuw: heet hen welkom en stel " + others.get(0) + " en " + others.get(1) + " voor.");
	}

	@Test
	void aFamilyCardGreetsInTheFamilysFirstLanguageWithATransliterationAndASpeaker() {
		checkIn("Selam", List.of("ti", "nl"), List.of(), List.of());
		openBoard(Locale.forLanguageTag("nl"));

		GreetingView greeting = _get(GreetingView.class, spec -> spec.withId("greeting-" + familyId("Selam")));
		assertThat(text(greeting, "greeting-label")).isEqualTo("Hallo in het Tigrinya:");
		Span word = _get(greeting, Span.class, spec -> spec.withClasses("greeting-word"));
		assertThat(word.getText()).isEqualTo("ሰላም");
		assertThat(word.getElement().getAttribute("lang")).isEqualTo("ti");
		assertThat(text(greeting, "greeting-latin")).isEqualTo("selam");
		var speaker = greeting.speaker();
		assertThat(speaker.getId()).contains("greeting-" + familyId("Selam") + "-speak");
		assertThat(speaker.getElement().getAttribute("data-utterances"))
			.isEqualTo("[{\"text\":\"ሰላም\",\"lang\":\"ti\"}]");
		assertThat(speaker.getElement().getAttribute("data-label")).isEqualTo("Laat „ሰላም” horen");
		// the kiosk's player crosses it out on a tablet without a Tigrinya voice
		assertThat(speaker.getElement().getAttribute("data-label-unavailable"))
			.isEqualTo("Deze tablet heeft geen stem voor het Tigrinya");
	}

	@Test
	void aLatinGreetingHasNoTransliterationAndAnArabicHostReadsTheLabelInArabic() {
		checkIn("Elif", List.of("tr"), List.of(), List.of());
		checkIn("Olena", List.of("uk", "pl"), List.of(), List.of());
		openBoard(Locale.forLanguageTag("ar"));

		GreetingView turkish = _get(GreetingView.class, spec -> spec.withId("greeting-" + familyId("Elif")));
		assertThat(text(turkish, "greeting-word")).isEqualTo("Merhaba");
		assertThat(_find(turkish, Span.class, spec -> spec.withClasses("greeting-latin"))).isEmpty();
		GreetingView ukrainian = _get(GreetingView.class, spec -> spec.withId("greeting-" + familyId("Olena")));
		assertThat(text(ukrainian, "greeting-label")).isEqualTo("التحية باللغة الأوكرانية:");
		assertThat(text(ukrainian, "greeting-word")).isEqualTo("Привіт");
		assertThat(text(ukrainian, "greeting-latin")).isEqualTo("Pryvit");
		assertThat(ukrainian.speaker().getElement().getAttribute("data-label-unavailable"))
			.isEqualTo("لا يوجد صوت للغة الأوكرانية على هذا الجهاز");
	}

	@Test
	void aFirstLanguageWithoutAWrittenGreetingShowsNoneNotTheSecondLanguages() {
		// Yoruba has no greeting written yet; Dutch, the family's second language, has
		// one
		checkIn("Ade", List.of("yo", "nl"), List.of(), List.of());
		openBoard(Locale.forLanguageTag("nl"));

		var card = _get(FamilyCard.class, spec -> spec.withId("family-" + familyId("Ade")));
		assertThat(_find(card, GreetingView.class)).isEmpty();
		assertThat(_find(card, Span.class, spec -> spec.withClasses("greeting-word"))).isEmpty();
	}

	private void checkIn(String nickname, List<String> languages, List<String> interests, List<String> bands) {
		checkIns.checkInNewFamily(locationId, new NewFamily(nickname, languages, interests, bands, true, false), true,
				VisitSource.KIOSK);
	}

	private void openBoard(Locale hostLanguage) {
		login("gastvrouw", Role.HOST);
		// the board speaks the host's own language, from the host's account
		dsl.update(STAFF_USER)
			.set(STAFF_USER.UI_LANGUAGE, hostLanguage.getLanguage())
			.where(STAFF_USER.USERNAME.eq("gastvrouw"))
			.execute();
		UI.getCurrent().navigate("host");
	}

	private long familyId(String nickname) {
		return dsl.fetchValue(FAMILY.ID, FAMILY.NICKNAME.eq(nickname));
	}

	private static String openerOnBoard() {
		return _get(ConversationOpenerLine.class).text();
	}

	private static String text(GreetingView greeting, String className) {
		return _get(greeting, Span.class, spec -> spec.withClasses(className)).getText();
	}

}
