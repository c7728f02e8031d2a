package org.onthaal.host;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.onthaal.base.i18n.Translations;
import org.onthaal.matching.Reason;
import org.onthaal.matching.Reason.Kind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the host is told to open with, from the real bundles, for the combinations a
 * suggestion can have.
 */
class ConversationOpenerTest {

	private static final Translations TRANSLATIONS = new Translations();

	private static final OffsetDateTime ARRIVED = OffsetDateTime.of(2026, 12, 3, 10, 0, 0, 0, ZoneOffset.UTC);

	private final PresentFamily amal = family(1, "Amal", List.of("ar", "nl"), List.of("cooking", "music"),
			List.of("1-2"));

	private final PresentFamily olena = family(2, "Olena", List.of("uk", "ar"), List.of("cooking"), List.of("1-2"));

	@Test
	void aSharedInterestAndChildrenOfTheSameAgeMakeOneSentenceThatAsksAboutTheInterest() {
		SuggestionCard card = card(List.of(amal, olena), reason(Kind.SHARED_LANGUAGE, "ar"),
				reason(Kind.SHARED_INTEREST, "cooking"), reason(Kind.CHILDREN_SAME_AGE, "1-2"));

		assertThat(opener("nl", card)).isEqualTo(
				"Beide gezinnen hebben een kind van 1-2 jaar en praten graag over „Koken”: vraag wat ze er leuk aan vinden.");
		assertThat(opener("ar", card))
			.isEqualTo("كلتا العائلتين لديها طفل بعمر 1-2 سنوات ويهمّها موضوع «الطبخ»: اسألهم عمّا يحبّونه فيه.");
	}

	@Test
	void onlyALanguageInCommonIsSaidInTheReadersNameForIt() {
		PresentFamily selam = family(3, "Selam", List.of("ti"), List.of(), List.of());
		PresentFamily yonas = family(4, "Yonas", List.of("ti", "nl"), List.of(), List.of());
		SuggestionCard card = card(List.of(selam, yonas), reason(Kind.SHARED_LANGUAGE, "ti"));

		assertThat(opener("nl", card))
			.isEqualTo("Beide gezinnen spreken Tigrinya: zeg dat als je ze aan elkaar voorstelt.");
		assertThat(opener("ar", card)).isEqualTo("كلتا العائلتين تتحدّث التغرينية: قل لهم ذلك عندما تعرّفهم على بعض.");
	}

	@Test
	void childrenCloseInAgeAndALanguageTheyShare() {
		PresentFamily elif = family(5, "Elif", List.of("tr"), List.of(), List.of("2-3"));
		PresentFamily ahmet = family(6, "Ahmet", List.of("tr"), List.of(), List.of("1-2"));
		SuggestionCard card = card(List.of(elif, ahmet), reason(Kind.SHARED_LANGUAGE, "tr"),
				reason(Kind.CHILDREN_CLOSE_AGE, "1-2"));

		assertThat(opener("nl", card)).isEqualTo(
				"Beide gezinnen spreken Turks en hebben kinderen van ongeveer dezelfde leeftijd (1-2 jaar): vraag hoe oud hun kinderen zijn.");
	}

	@Test
	void aBridgeBetweenHomeLanguagesIsTheLanguageToIntroduceThemIn() {
		PresentFamily elif = family(5, "Elif", List.of("tr", "fr"), List.of(), List.of());
		PresentFamily marie = family(7, "Marie", List.of("fr"), List.of(), List.of());
		SuggestionCard card = card(List.of(elif, marie), reason(Kind.SHARED_LANGUAGE, "fr"), reason(Kind.BRIDGE, "fr"));

		assertThat(opener("nl", card)).isEqualTo(
				"Beide gezinnen spreken thuis andere talen, maar ook Frans: stel ze in het Frans aan elkaar voor.");
		assertThat(opener("ar", card)).isEqualTo(
				"كلتا العائلتين تتحدّث لغات مختلفة في البيت، لكن تجمعها الفرنسية: عرّفهم على بعض باللغة الفرنسية.");
	}

	@Test
	void aNewcomerIsWelcomedFirstAndOneSharedThingFollows() {
		PresentFamily newcomer = family(1, "Amal", List.of("ar"), List.of("cooking"), List.of("1-2"));
		SuggestionCard card = card(List.of(newcomer, olena), reason(Kind.SHARED_LANGUAGE, "ar"),
				reason(Kind.NEWCOMER, "1"), reason(Kind.SHARED_INTEREST, "cooking"),
				reason(Kind.CHILDREN_SAME_AGE, "1-2"));

		assertThat(opener("nl", card)).isEqualTo("Amal is nieuw: heet hen welkom en stel Olena voor."
				+ " Beide gezinnen praten graag over „Koken”: vraag wat ze er leuk aan vinden.");
		assertThat(opener("ar", card)).isEqualTo(
				"Amal هنا لأول مرة: رحّب بهم وعرّفهم على Olena. كلتا العائلتين يهمّها موضوع «الطبخ»: اسألهم عمّا يحبّونه فيه.");
	}

	@Test
	void aTrioSaysOfAllThreeOnlyWhatAllThreeShare() {
		PresentFamily fatima = family(8, "Fatima", List.of("ar"), List.of("cooking"), List.of("1-2"));
		SuggestionCard card = card(List.of(amal, olena, fatima), reason(Kind.SHARED_LANGUAGE, "ar"),
				reason(Kind.SHARED_INTEREST, "cooking"), reason(Kind.CHILDREN_SAME_AGE, "1-2"));

		assertThat(opener("nl", card)).isEqualTo(
				"De drie gezinnen hebben een kind van 1-2 jaar en praten graag over „Koken”: vraag wat ze er leuk aan vinden.");
		assertThat(opener("ar", card))
			.isEqualTo("العائلات الثلاث لديها طفل بعمر 1-2 سنوات ويهمّها موضوع «الطبخ»: اسألهم عمّا يحبّونه فيه.");
	}

	@Test
	void inATrioWhatTheThirdFamilyDoesNotShareIsSaidOfTheTwoByName() {
		// the matching gives the reasons of the first two: Fatima likes no cooking and
		// has
		// older children, but speaks Arabic with them
		PresentFamily fatima = family(8, "Fatima", List.of("ar"), List.of("music"), List.of("6+"));
		SuggestionCard card = card(List.of(amal, olena, fatima), reason(Kind.SHARED_LANGUAGE, "ar"),
				reason(Kind.SHARED_INTEREST, "cooking"), reason(Kind.CHILDREN_SAME_AGE, "1-2"));

		assertThat(opener("nl", card)).isEqualTo(
				"Amal en Olena hebben een kind van 1-2 jaar en praten graag over „Koken”: vraag wat ze er leuk aan vinden.");
		assertThat(opener("ar", card)).isEqualTo(
				"كلتا عائلتَي Amal وOlena لديها طفل بعمر 1-2 سنوات ويهمّها موضوع «الطبخ»: اسألهم عمّا يحبّونه فيه.");
	}

	@Test
	void twoNewcomersInOneReasonAreStillWelcomed() {
		// the engine names every newcomer of a card in one reason: "1,2"
		PresentFamily first = family(1, "Amal", List.of("ar"), List.of(), List.of());
		PresentFamily second = family(2, "Olena", List.of("ar"), List.of(), List.of());
		SuggestionCard card = card(List.of(first, second), reason(Kind.SHARED_LANGUAGE, "ar"),
				reason(Kind.NEWCOMER, "1,2"));

		assertThat(opener("nl", card)).startsWith("Amal is nieuw: heet hen welkom en stel Olena voor.");
	}

	@Test
	void aTrioNewcomerIsIntroducedToBothOthers() {
		PresentFamily newcomer = family(8, "Fatima", List.of("ar"), List.of(), List.of());
		SuggestionCard card = card(List.of(newcomer, amal, olena), reason(Kind.SHARED_LANGUAGE, "ar"),
				reason(Kind.NEWCOMER, "8"));

		assertThat(opener("nl", card)).isEqualTo("Fatima is nieuw: heet hen welkom en stel Amal en Olena voor."
				+ " De drie gezinnen spreken Arabisch: zeg dat als je ze aan elkaar voorstelt.");
	}

	@Test
	void everyScreenLanguageBuildsASentenceWithoutLeftoverPlaceholders() {
		SuggestionCard card = card(List.of(amal, olena), reason(Kind.SHARED_LANGUAGE, "ar"), reason(Kind.BRIDGE, "ar"),
				reason(Kind.SHARED_INTEREST, "cooking"), reason(Kind.NEWCOMER, "2"));
		for (Locale language : Translations.SCREEN_LANGUAGES) {
			String text = opener(language.getLanguage(), card);
			assertThat(text).as(language.toString()).contains("Olena", "Amal").doesNotContain("{", "!host", "  ");
		}
	}

	@Test
	void aReasonWithoutItsValueIsLeftOutRatherThanShownBlank() {
		SuggestionCard card = card(List.of(amal, olena), reason(Kind.SHARED_LANGUAGE, "ar"),
				reason(Kind.SHARED_INTEREST, ""));

		assertThat(opener("nl", card))
			.isEqualTo("Beide gezinnen spreken Arabisch: zeg dat als je ze aan elkaar voorstelt.");
	}

	private static String opener(String language, SuggestionCard card) {
		Locale reader = Locale.forLanguageTag(language);
		return new ConversationOpener((key, arguments) -> TRANSLATIONS.getTranslation(key, reader, arguments), reader,
				code -> TRANSLATIONS.getTranslation("interest." + code, reader))
			.text(card);
	}

	private static Reason reason(Kind kind, String value) {
		return new Reason(kind, value);
	}

	private static SuggestionCard card(List<PresentFamily> families, Reason... reasons) {
		return new SuggestionCard(List.of(41L), families, 5.0, List.of(reasons));
	}

	private static PresentFamily family(long id, String nickname, List<String> languages, List<String> interests,
			List<String> bands) {
		return new PresentFamily(id * 10, id, nickname, ARRIVED, true, false, languages, interests, bands);
	}

}
