package org.onthaal.checkin.ui;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onthaal.KaribuTest;
import org.onthaal.base.i18n.Translations;
import com.vaadin.flow.component.html.Paragraph;
import org.onthaal.base.ui.SpeakButton;
import org.onthaal.base.ui.ToggleChip;
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
		assertThat(spoken.getLast().promptKey()).isEqualTo("kiosk.choice.leave");
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
	void eachNewFamilyStepReadsItsQuestionWithItsOptionsAndEachLanguageInItsOwnName() {
		startIn("ar", "new");
		assertThat(spoken("kiosk-step-nickname-title-speak")).containsExactly(arabic("kiosk.nickname.label"));
		typeNickname("Amal");
		tap("kiosk-step-next");

		List<Utterance> languages = spoken("kiosk-step-languages-title-speak");
		assertThat(languages.getFirst()).isEqualTo(arabic("kiosk.languages.title"));
		// the language chips: "Nederlands" in a Dutch voice, "العربية" in an Arabic one
		assertThat(languages).contains(Utterance.unrecorded(Translations.nativeName("nl"), "nl"),
				Utterance.unrecorded(Translations.nativeName("ar"), "ar"));
		tap("kiosk-language-ar");
		tap("kiosk-step-next");

		List<Utterance> interests = spoken("kiosk-step-interests-title-speak");
		assertThat(interests.getFirst()).isEqualTo(arabic("kiosk.interests.title"));
		// the interest tiles, as the screen labels them
		assertThat(interests).contains(Utterance
			.unrecorded(_get(ToggleChip.class, spec -> spec.withId("kiosk-interest-cooking")).getText(), "ar"));
		tap("kiosk-step-next");

		List<Utterance> children = spoken("kiosk-step-children-title-speak");
		assertThat(children.getFirst()).isEqualTo(arabic("kiosk.children.title"));
		assertThat(children).anyMatch(u -> "kiosk.children.years".equals(u.promptKey()) && "ar".equals(u.lang()));
		tap("kiosk-step-next");

		assertThat(spoken("kiosk-step-meet-title-speak")).containsExactly(arabic("kiosk.meet.title"),
				arabic("kiosk.meet.yes"), arabic("kiosk.meet.no"));
	}

	@Test
	void anErrorShownIsReadRightAfterTheQuestion() {
		startIn("ar", "new");
		tap("kiosk-step-next");

		String error = _get(Paragraph.class, spec -> spec.withId("kiosk-nickname-error")).getText();
		assertThat(spoken("kiosk-step-nickname-title-speak")).containsExactly(arabic("kiosk.nickname.label"),
				Utterance.unrecorded(error, "ar"));
	}

	@Test
	void cardAndWelcomeAreReadInTheScreenLanguage() {
		startIn("ar", "new");
		typeNickname("Amal");
		tap("kiosk-step-next");
		tap("kiosk-language-ar");
		tap("kiosk-step-next");
		tap("kiosk-step-next");
		tap("kiosk-step-next");
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

		SpeakButton speak = _get(SpeakButton.class, spec -> spec.withId("kiosk-step-nickname-title-speak"));

		assertThat(speak.getElement().getAttribute("aria-label")).isEqualTo(t(ARABIC, "kiosk.readAloud"));
		assertThat(speak.getElement().getAttribute("data-label-unavailable"))
			.isEqualTo(t(ARABIC, "kiosk.readAloud.unavailable"));
		assertThat(speak.getElement().getAttribute("data-utterances")).contains("\"lang\":\"ar\"",
				"\"key\":\"kiosk.nickname.label\"");
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
