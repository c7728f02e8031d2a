package org.onthaal.load;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * What a family does at the kiosk, tap by tap, by the ids the screens set: a new family
 * through the six steps to its card, a returning family with its pictogram and four
 * digits, a family leaving the same way. Each tap is timed as the client sees it (request
 * sent to answer read), and the kiosk waits {@code thinkMillis} before the next one, as a
 * family reads and reaches.
 */
final class KioskScenario {

	/** Where each tap's time goes. */
	interface Taps {

		void tap(String id, long nanos);

		/**
		 * The confirm tap of a check-in is about to be sent (before any board can hear of
		 * it).
		 */
		void confirming(String nickname, long sentNanos);

		/** The confirm tap was answered: the family is checked in. */
		void checkedIn(String nickname, long answeredNanos);

	}

	/** A family's card as the kiosk asks for it: pictogram and four digits. */
	record Card(String nickname, String pictogram, String digits) {

		static Card parse(String text) {
			String[] parts = text.split(":");
			return new Card(parts[0], parts[1], parts[2]);
		}

	}

	private final VaadinTab tab;

	private final long thinkMillis;

	private final Taps taps;

	KioskScenario(VaadinTab tab, long thinkMillis, Taps taps) {
		this.tab = tab;
		this.thinkMillis = thinkMillis;
		this.taps = taps;
	}

	/** A new family checks in; answers the card the kiosk gave it. */
	Card newFamily(String nickname) throws IOException, InterruptedException {
		tap("kiosk-start");
		tap("kiosk-choose-nl");
		tap("kiosk-choice-new");
		think();
		long start = System.nanoTime();
		tab.type("kiosk-nickname", nickname);
		taps.tap("kiosk-nickname", System.nanoTime() - start);
		tap("kiosk-step-next");
		tap("kiosk-language-nl");
		tap("kiosk-language-ar");
		tap("kiosk-step-next");
		List<String> interests = tab.idsStartingWith("kiosk-interest-");
		for (String interest : interests.subList(0, Math.min(2, interests.size()))) {
			tap(interest);
		}
		tap("kiosk-step-next");
		tap("kiosk-step-next");
		// one answer to "open to meet?" goes on to the last step by itself
		tap("kiosk-meet-yes");
		expect("kiosk-confirm");
		think();
		long sent = System.nanoTime();
		taps.confirming(nickname, sent);
		tab.click("kiosk-confirm");
		long answered = System.nanoTime();
		taps.tap("kiosk-confirm", answered - sent);
		expect("kiosk-card-code");
		taps.checkedIn(nickname, answered);
		Card card = cardShown(nickname);
		tap("kiosk-card-continue");
		expect("kiosk-welcome");
		tap("kiosk-next");
		expect("kiosk-start");
		return card;
	}

	/**
	 * The card on screen: its pictogram is a Vaadin icon ("vaadin:umbrella" is UMBRELLA),
	 * its digits the text beside it.
	 */
	private Card cardShown(String nickname) {
		List<String> icons = tab.attributes("kiosk-card-code", "icon");
		String digits = tab.text("kiosk-card-code").replaceAll("\\D", "");
		if (icons.isEmpty() || digits.length() != 4) {
			throw new IllegalStateException("The card screen shows no code: " + icons + " " + digits);
		}
		String pictogram = icons.get(0).replaceFirst("^vaadin:", "").replace('-', '_').toUpperCase(Locale.ROOT);
		return new Card(nickname, pictogram, digits);
	}

	/**
	 * Takes a kiosk on the welcome screen to the interests step of a new family (name and
	 * languages answered), as a family in the middle of the form, untimed.
	 */
	static void toMidForm(VaadinTab tab, String nickname) throws IOException, InterruptedException {
		tab.click("kiosk-start");
		tab.click("kiosk-choose-nl");
		tab.click("kiosk-choice-new");
		tab.type("kiosk-nickname", nickname);
		tab.click("kiosk-step-next");
		tab.click("kiosk-language-nl");
		tab.click("kiosk-step-next");
	}

	void returning(Card card) throws IOException, InterruptedException {
		tap("kiosk-attract-returning");
		enterCode(card);
		expect("kiosk-returning-confirm");
		think();
		long sent = System.nanoTime();
		taps.confirming(card.nickname(), sent);
		tab.click("kiosk-returning-confirm");
		long answered = System.nanoTime();
		taps.tap("kiosk-returning-confirm", answered - sent);
		expect("kiosk-welcome");
		taps.checkedIn(card.nickname(), answered);
		tap("kiosk-next");
		expect("kiosk-start");
	}

	void leave(Card card) throws IOException, InterruptedException {
		tap("kiosk-attract-leave");
		enterCode(card);
		expect("kiosk-goodbye");
		tap("kiosk-next");
		expect("kiosk-start");
	}

	private void enterCode(Card card) throws IOException, InterruptedException {
		tap("kiosk-picture-" + card.pictogram());
		for (char digit : card.digits().toCharArray()) {
			tap("kiosk-key-" + digit);
		}
		// the fourth digit goes on by itself
	}

	private void tap(String id) throws IOException, InterruptedException {
		think();
		long start = System.nanoTime();
		tab.click(id);
		taps.tap(id, System.nanoTime() - start);
	}

	private void expect(String id) {
		if (!tab.has(id)) {
			throw new IllegalStateException("Expected " + id + " on the kiosk's screen");
		}
	}

	private void think() throws InterruptedException {
		if (thinkMillis > 0) {
			Thread.sleep(thinkMillis);
		}
	}

}
