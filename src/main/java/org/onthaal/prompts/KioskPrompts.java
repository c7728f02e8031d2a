package org.onthaal.prompts;

import java.util.List;

/**
 * What the kiosk says aloud that a manager can record: translation keys of the kiosk's
 * bundle ({@code i18n/messages}), in the order a family meets them. A recording is kept
 * per key and language, so it follows the text the screen shows. Texts with a name in
 * them ({0}) are recorded without the name.
 */
public final class KioskPrompts {

	public static final List<String> KEYS = List.of(
			// welcome and the first questions
			"kiosk.title", "kiosk.attract.start", "kiosk.language.title", "kiosk.choice.title",
			// a new family, one question a step
			"kiosk.nickname.label", "kiosk.languages.title", "kiosk.interests.title", "kiosk.children.title",
			"kiosk.meet.title",
			// the card, done, a returning family, leaving
			"kiosk.card.title", "kiosk.card.text", "kiosk.card.textPrinted", "kiosk.welcome", "kiosk.identify.title",
			"kiosk.returning.title", "kiosk.goodbye",
			// quiet screens
			"kiosk.idle.title", "kiosk.closed.title", "kiosk.closed.unknown", "kiosk.pair.title",
			// the errors a family may meet
			"kiosk.error.nicknameEmpty", "kiosk.error.languageMissing", "kiosk.error.meetMissing",
			"kiosk.error.alreadyHere", "kiosk.error.notHere", "kiosk.error.unavailable", "kiosk.identify.unknown");

	private KioskPrompts() {
	}

	public static boolean isPrompt(String key) {
		return KEYS.contains(key);
	}

}
