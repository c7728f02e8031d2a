package org.onthaal.checkin.ui;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.onthaal.checkin.form.NewFamilyForm;

import com.vaadin.flow.dom.Element;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * A new family's answers, mirrored in the tab's session storage while they are typed, so
 * a server restart in the middle of a check-in does not cost the family its typing: the
 * reloaded kiosk puts them back. Forgotten as soon as the check-in is stored or the kiosk
 * starts over, so the next family never sees them.
 */
final class AnswersInBrowser {

	private static final String KEY = "onthaal.kiosk.draft";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** What to do with answers found in the browser. */
	interface Found {

		void accept(Locale screenLanguage, NewFamilyForm.Answers answers, int step, @Nullable UUID attempt);

	}

	/**
	 * What is stored: the screen language, the answers, the step the family is on and the
	 * form's id (absent in what an older version stored).
	 */
	record Stored(String language, String nickname, List<String> languages, List<String> interests,
			List<String> children, String meet, int step, @Nullable String attempt) {

		NewFamilyForm.Answers answers() {
			return new NewFamilyForm.Answers(nickname, languages, interests, children, meet);
		}

	}

	private final Element element;

	AnswersInBrowser(Element element) {
		this.element = element;
	}

	void keep(Locale screenLanguage, NewFamilyForm.Answers answers, int step, UUID attempt) {
		Stored stored = new Stored(screenLanguage.toLanguageTag(), answers.nickname(), answers.languages(),
				answers.interests(), answers.children(), answers.meet(), step, attempt.toString());
		element.executeJs("sessionStorage.setItem($0, $1)", KEY, JSON.writeValueAsString(stored));
	}

	void forget() {
		element.executeJs("sessionStorage.removeItem($0)", KEY);
	}

	/** Calls back only when answers were left behind by an interrupted check-in. */
	void recover(Found found) {
		element.executeJs("return sessionStorage.getItem($0) || ''", KEY).then(String.class, json -> {
			if (json == null || json.isBlank()) {
				return;
			}
			try {
				Stored stored = JSON.readValue(json, Stored.class);
				found.accept(Locale.forLanguageTag(stored.language()), stored.answers(), stored.step(),
						stored.attempt() == null ? null : UUID.fromString(stored.attempt()));
			}
			catch (RuntimeException ex) {
				forget(); // unreadable (an older format, or tampered with): start clean
			}
		});
	}

}
