package org.onthaal.checkin.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.onthaal.KaribuTest;
import org.onthaal.base.i18n.Translations;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.onthaal.db.Tables.FAMILY;
import static org.onthaal.db.Tables.FAMILY_INTEREST;
import static org.onthaal.db.Tables.FAMILY_LANGUAGE;
import static org.onthaal.db.Tables.INTEREST;
import static org.onthaal.db.Tables.VISIT;

class KioskViewTest extends KaribuTest {

	private static final Locale DUTCH = Locale.forLanguageTag("nl");

	private static final Locale ARABIC = Locale.forLanguageTag("ar");

	@Autowired
	private Translations translations;

	@Test
	void newFamilyChecksInWithLanguagesAndInterests() {
		UI.getCurrent().navigate("kiosk");

		_setValue(_get(TextField.class, spec -> spec.withId("kiosk-nickname")), "  Amal ");
		tap("kiosk-language-ar");
		tap("kiosk-language-nl");
		tap("kiosk-interest-cooking");
		tap("kiosk-interest-school");
		tap("kiosk-meet-yes");
		tap("kiosk-confirm");

		assertThat(_get(H1.class, spec -> spec.withId("kiosk-welcome")).getText())
			.isEqualTo(t(DUTCH, "kiosk.welcome", "Amal"));
		var family = dsl.selectFrom(FAMILY).fetchSingle();
		assertThat(family.getNickname()).isEqualTo("Amal");
		assertThat(family.getConsentIntroductions()).isTrue();
		assertThat(dsl.select(FAMILY_LANGUAGE.LANGUAGE_CODE)
			.from(FAMILY_LANGUAGE)
			.where(FAMILY_LANGUAGE.FAMILY_ID.eq(family.getId()))
			.orderBy(FAMILY_LANGUAGE.RANK)
			.fetch(FAMILY_LANGUAGE.LANGUAGE_CODE)).containsExactly("ar", "nl");
		assertThat(dsl.select(INTEREST.CODE)
			.from(FAMILY_INTEREST)
			.join(INTEREST)
			.on(INTEREST.ID.eq(FAMILY_INTEREST.INTEREST_ID))
			.where(FAMILY_INTEREST.FAMILY_ID.eq(family.getId()))
			.fetch(INTEREST.CODE)).containsExactlyInAnyOrder("cooking", "school");
		var visit = dsl.selectFrom(VISIT).fetchSingle();
		assertThat(visit.getFamilyId()).isEqualTo(family.getId());
		assertThat(visit.getLocationId()).isEqualTo(locationId);
		assertThat(visit.getCheckedOutAt()).isNull();
		assertThat(visit.getOpenToMeet()).isTrue();
		assertThat(visit.getSource()).isEqualTo("KIOSK");
	}

	@Test
	void justPlayingTodayIsStoredWithoutConsentToIntroductions() {
		UI.getCurrent().navigate("kiosk");
		_setValue(_get(TextField.class, spec -> spec.withId("kiosk-nickname")), "Piet");
		tap("kiosk-language-nl");
		tap("kiosk-meet-no");
		tap("kiosk-confirm");

		assertThat(dsl.fetchValue(FAMILY.CONSENT_INTRODUCTIONS)).isFalse();
		assertThat(dsl.fetchValue(VISIT.OPEN_TO_MEET)).isFalse();
	}

	@Test
	void arabicScreenShowsArabicTexts() {
		UI.getCurrent().navigate("kiosk");
		tap("screen-language-ar");

		assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("ar");
		assertThat(_get(H1.class, spec -> spec.withId("kiosk-title")).getText()).isEqualTo(t(ARABIC, "kiosk.title"));
		assertThat(_get(Button.class, spec -> spec.withId("kiosk-confirm")).getText())
			.isEqualTo(t(ARABIC, "kiosk.confirm"))
			.isNotEqualTo(t(Locale.ENGLISH, "kiosk.confirm"));
	}

	@Test
	void badNicknamesGetAClearMessageAndNothingIsStored() {
		UI.getCurrent().navigate("kiosk");
		tap("screen-language-fr");
		tap("kiosk-language-fr");
		tap("kiosk-meet-yes");
		TextField nickname = _get(TextField.class, spec -> spec.withId("kiosk-nickname"));

		record Case(String input, String expectedMessage) {
		}
		String empty = t(Locale.FRENCH, "kiosk.error.nicknameEmpty");
		String invalid = t(Locale.FRENCH, "kiosk.error.nicknameInvalid");
		for (Case c : List.of(new Case("", empty), new Case("   ", empty),
				new Case("A".repeat(500), t(Locale.FRENCH, "kiosk.error.nicknameTooLong", 40)),
				new Case("<script>alert(1)</script>", invalid), new Case("Ana\u202Egro", invalid),
				new Case("Ana\u0007", invalid), new Case("\uD83D\uDE00\uD83D\uDE00", invalid))) {
			_setValue(nickname, c.input());
			tap("kiosk-confirm");
			Paragraph error = _get(Paragraph.class, spec -> spec.withId("kiosk-error"));
			assertThat(error.getText()).as("message for %s", c.input()).isEqualTo(c.expectedMessage());
			assertThat(_get(Button.class, spec -> spec.withId("kiosk-confirm")).isEnabled()).isTrue();
		}
		assertThat(dsl.fetchCount(FAMILY)).isZero();
		assertThat(dsl.fetchCount(VISIT)).isZero();
	}

	@Test
	void familyMustChooseALanguageAndAnswerTheMeetingQuestion() {
		UI.getCurrent().navigate("kiosk");
		_setValue(_get(TextField.class, spec -> spec.withId("kiosk-nickname")), "Noor");
		tap("kiosk-confirm");
		assertThat(_get(Paragraph.class, spec -> spec.withId("kiosk-error")).getText())
			.isEqualTo(t(DUTCH, "kiosk.error.languageMissing"));

		tap("kiosk-language-nl");
		tap("kiosk-confirm");
		assertThat(_get(Paragraph.class, spec -> spec.withId("kiosk-error")).getText())
			.isEqualTo(t(DUTCH, "kiosk.error.meetMissing"));
		assertThat(dsl.fetchCount(FAMILY)).isZero();
	}

	@Test
	void nextFamilyStartsFromAnEmptyForm() {
		UI.getCurrent().navigate("kiosk");
		_setValue(_get(TextField.class, spec -> spec.withId("kiosk-nickname")), "Lina");
		tap("kiosk-language-nl");
		tap("kiosk-meet-yes");
		tap("kiosk-confirm");
		tap("kiosk-next");

		assertThat(_get(TextField.class, spec -> spec.withId("kiosk-nickname")).getValue()).isEmpty();
		assertThat(
				_get(Button.class, spec -> spec.withId("kiosk-language-nl")).getElement().getAttribute("aria-pressed"))
			.isEqualTo("false");
	}

	private String t(Locale locale, String key, Object... params) {
		return translations.getTranslation(key, locale, params);
	}

	private static void tap(String id) {
		_click(_get(Button.class, spec -> spec.withId(id)));
	}

}
