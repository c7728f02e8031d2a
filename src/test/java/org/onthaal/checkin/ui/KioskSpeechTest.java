package org.onthaal.checkin.ui;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onthaal.KaribuTest;
import org.onthaal.base.i18n.Translations;
import org.onthaal.base.ui.SpeakButton;
import org.onthaal.base.ui.Utterance;
import org.onthaal.kiosk.TestKiosks;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.onthaal.checkin.ui.KioskFlow.open;
import static org.onthaal.checkin.ui.KioskFlow.startIn;
import static org.onthaal.checkin.ui.KioskFlow.tap;
import static org.onthaal.checkin.ui.KioskFlow.typeNickname;

/**
 * What each kiosk screen's speaker reads: the words the screen shows, each with the
 * language it is written in (the player picks a voice or a recording by it) and the
 * translation key a recording is kept under.
 */
class KioskSpeechTest extends KaribuTest {

	private static final Locale ARABIC = Locale.forLanguageTag("ar");

	@Autowired
	private Translations translations;

	@BeforeEach
	void beAPairedKiosk() {
		TestKiosks.pairAndUse(ctx, locationId);
	}

	@Test
	void welcomeGreetsInEveryKioskLanguageEachWithItsOwnLanguage() {
		open();

		List<Utterance> spoken = spoken("kiosk-greeting-speak");

		List<Utterance> greetings = Translations.SCREEN_LANGUAGES.stream()
			.map(language -> new Utterance(t(language, "kiosk.title"), language.toLanguageTag(), "kiosk.title"))
			.toList();
		assertThat(spoken).containsSubsequence(greetings);
		assertThat(spoken).contains(new Utterance(t(ARABIC, "kiosk.title"), "ar", "kiosk.title"));
		assertThat(spoken.getLast().promptKey()).isEqualTo("kiosk.attract.start");
	}

	@Test
	void languageScreenAsksTheQuestionInEveryKioskLanguage() {
		open();
		tap("kiosk-start");

		assertThat(spoken("kiosk-language-title-speak"))
			.containsExactlyElementsOf(Translations.SCREEN_LANGUAGES.stream()
				.map(language -> new Utterance(t(language, "kiosk.language.title"), language.toLanguageTag(),
						"kiosk.language.title"))
				.toList());
	}

	@Test
	void choiceScreenReadsTheQuestionAndItsThreeTilesInArabic() {
		open();
		tap("kiosk-start");
		tap("kiosk-choose-ar");

		assertThat(spoken("kiosk-choice-title-speak")).containsExactly(arabic("kiosk.choice.title"),
				arabic("kiosk.choice.new"), arabic("kiosk.choice.card"), arabic("kiosk.choice.leave"));
	}

	@Test
	void newFamilyQuestionsAreReadWithTheirOptionsAndEachLanguageInItsOwnName() {
		startIn("ar", "new");

		List<Utterance> spoken = spoken("kiosk-new-title-speak");

		assertThat(spoken.getFirst()).isEqualTo(arabic("kiosk.choice.new"));
		assertThat(spoken).contains(arabic("kiosk.nickname.label"), arabic("kiosk.languages.title"),
				arabic("kiosk.interests.title"), arabic("kiosk.children.title"), arabic("kiosk.meet.title"),
				arabic("kiosk.meet.yes"), arabic("kiosk.meet.no"));
		// the language chips: "Nederlands" in a Dutch voice, "العربية" in an Arabic one
		assertThat(spoken).contains(Utterance.unrecorded(Translations.nativeName("nl"), "nl"),
				Utterance.unrecorded(Translations.nativeName("ar"), "ar"));
		// the interest tiles, as the screen labels them
		assertThat(spoken).anyMatch(u -> u.promptKey() == null && "ar".equals(u.lang())
				&& u.text()
					.equals(_get(org.onthaal.base.ui.ToggleChip.class, spec -> spec.withId("kiosk-interest-cooking"))
						.getText()));
		assertThat(spoken).anyMatch(u -> "kiosk.children.years".equals(u.promptKey()) && "ar".equals(u.lang()));
	}

	@Test
	void anErrorShownIsReadBeforeTheQuestions() {
		startIn("ar", "new");
		tap("kiosk-confirm");

		String error = _get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("kiosk-error"))
			.getText();
		List<Utterance> spoken = spoken("kiosk-new-title-speak");
		assertThat(spoken.get(1)).isEqualTo(Utterance.unrecorded(error, "ar"));
	}

	@Test
	void cardAndWelcomeAreReadInTheScreenLanguage() {
		startIn("ar", "new");
		typeNickname("Amal");
		tap("kiosk-language-ar");
		tap("kiosk-meet-no");
		tap("kiosk-confirm");

		assertThat(spoken("kiosk-card-title-speak")).containsExactly(arabic("kiosk.card.title"),
				arabic("kiosk.card.text"));
		tap("kiosk-card-continue");

		assertThat(spoken("kiosk-welcome-speak"))
			.containsExactly(Utterance.unrecorded(t(ARABIC, "kiosk.welcome", "Amal"), "ar"));
	}

	@Test
	void speakerIsLabelledInTheScreenLanguageForBothStates() {
		startIn("ar", "new");

		SpeakButton speak = _get(SpeakButton.class, spec -> spec.withId("kiosk-new-title-speak"));

		assertThat(speak.getElement().getAttribute("aria-label")).isEqualTo(t(ARABIC, "kiosk.readAloud"));
		assertThat(speak.getElement().getAttribute("data-label-unavailable"))
			.isEqualTo(t(ARABIC, "kiosk.readAloud.unavailable"));
		assertThat(speak.getElement().getAttribute("data-utterances")).contains("\"lang\":\"ar\"",
				"\"key\":\"kiosk.choice.new\"");
	}

	private static List<Utterance> spoken(String speakerId) {
		return _get(SpeakButton.class, spec -> spec.withId(speakerId)).utterances();
	}

	private Utterance arabic(String key) {
		return new Utterance(t(ARABIC, key), "ar", key);
	}

	private String t(Locale locale, String key, Object... params) {
		return translations.getTranslation(key, locale, params);
	}

}
