package org.onthaal.checkin.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onthaal.KaribuTest;
import org.onthaal.base.fuzz.Fuzz;
import org.onthaal.base.fuzz.HostileText;
import org.onthaal.base.i18n.Translations;
import org.onthaal.family.Nickname;
import org.onthaal.kiosk.TestKiosks;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.onthaal.db.Tables.FAMILY;

/**
 * Generated nicknames typed (or pasted) into the real kiosk's nickname step, in Dutch and
 * Arabic: never an error page; a refused one stays on the step with its problem in the
 * screen's language, an accepted one goes on to the languages; nothing is stored before
 * the confirm. 40 per CI run (Karibu is slow); the service and the cleaning get more.
 */
class KioskNicknameFuzzTest extends KaribuTest {

	private static final Map<Nickname.Problem, String> MESSAGE_KEYS = Map.of(Nickname.Problem.EMPTY,
			"kiosk.error.nicknameEmpty", Nickname.Problem.TOO_LONG, "kiosk.error.nicknameTooLong",
			Nickname.Problem.INVALID, "kiosk.error.nicknameInvalid");

	@Autowired
	private Translations translations;

	@BeforeEach
	void aPairedKiosk() {
		TestKiosks.pairAndUse(ctx, locationId);
	}

	@Test
	void aTypedNicknameIsRefusedInTheScreensLanguageOrGoesOn() {
		int tries = Fuzz.tries(250);
		int[] tryNumber = { 0 };
		Fuzz.checkText(20261213L, tries, HostileText::nickname, raw -> {
			// the first half in Dutch, the second in Arabic
			String language = tryNumber[0]++ < tries / 2 ? "nl" : "ar";
			if (!shown("kiosk-step-nickname") || !UI.getCurrent().getLocale().getLanguage().equals(language)) {
				_find(CheckInFlow.class).forEach(CheckInFlow::startOver);
				KioskFlow.startIn(language, "new");
			}

			KioskFlow.typeNickname(raw);
			KioskFlow.tap("kiosk-step-next");

			Nickname.Problem problem = problem(raw);
			if (problem == null) {
				assertThat(shown("kiosk-step-languages")).as("on to the languages").isTrue();
				KioskFlow.tap("kiosk-step-back");
			}
			else {
				assertThat(shown("kiosk-step-nickname")).as("stays on the nickname").isTrue();
				assertThat(_get(Paragraph.class, spec -> spec.withId("kiosk-nickname-error")).getText())
					.isEqualTo(translations.getTranslation(MESSAGE_KEYS.get(problem), Locale.forLanguageTag(language),
							Nickname.MAX_LENGTH));
			}
			assertThat(dsl.fetchCount(FAMILY)).as("nothing stored before the confirm").isZero();
		});
	}

	private static boolean shown(String id) {
		List<Component> found = _find(Component.class, spec -> spec.withId(id));
		return found.size() == 1;
	}

	private static Nickname.Problem problem(String raw) {
		try {
			Nickname.clean(raw);
			return null;
		}
		catch (Nickname.Rejected ex) {
			return ex.problem();
		}
	}

}
