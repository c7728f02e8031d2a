package org.onthaal.checkin.ui;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.onthaal.base.i18n.LanguageNames;
import org.onthaal.base.i18n.Translations;
import org.onthaal.checkin.CheckIn;
import org.onthaal.checkin.CheckInRejected;
import org.onthaal.checkin.CheckInService;
import org.onthaal.checkin.CodeLookup;
import org.onthaal.live.LiveChange;
import org.onthaal.live.LiveUpdates;
import org.onthaal.checkin.form.RejectionMessages;
import org.onthaal.family.ReturningFamily;
import org.onthaal.prompts.ui.RecordingsOnKiosk;
import org.onthaal.space.LocationService;
import org.onthaal.space.OpeningSchedule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;

/**
 * The screens a family goes through, one at a time: welcome (or closed) → language → new
 * family / returning / leaving → welcome → back to the start. It shows only what this
 * family entered and never another family's data; left alone it warns, then starts over,
 * discarding half-entered answers.
 */
class CheckInFlow extends Div {

	/** Which screen is showing. */
	enum Screen {

		START, CLOSED, LANGUAGE, CHOICE, NEW_FAMILY, CARD, IDENTIFY, RETURNING, DONE

	}

	private static final int COMMON_LANGUAGES = 18;

	private static final Logger log = LoggerFactory.getLogger(CheckInFlow.class);

	private final transient LiveUpdates live;

	private final transient CheckInService checkIns;

	private final transient LocationService locations;

	private final transient Clock clock;

	private final PairingGate gate;

	/** What to do when this device turns out to be revoked. */
	private final Runnable revokedNow;

	private final AnswersInBrowser answersInBrowser = new AnswersInBrowser(getElement());

	private final IdleWatch idleWatch = new IdleWatch(this::atRest, this::startOver);

	private final ScanAnywhere scanAnywhere = new ScanAnywhere(this::scannedAnywhere);

	private final Div content = new Div();

	private Screen screen = Screen.START;

	private boolean leaving;

	/** The family chose a screen language (on the language screen or the bar). */
	private boolean languageChosen;

	CheckInFlow(CheckInService checkIns, LocationService locations, Clock clock, LiveUpdates live, PairingGate gate,
			Runnable revokedNow) {
		this.checkIns = checkIns;
		this.live = live;
		this.locations = locations;
		this.clock = clock;
		this.gate = gate;
		this.revokedNow = revokedNow;
		addClassName("kiosk-flow");
		content.addClassName("kiosk-content");
		add(new ScreenLanguageBar(gate.screenLanguages(), this::languageTapped), content, idleWatch, scanAnywhere);
	}

	/** Starts at the welcome screen, or where an interrupted check-in left off. */
	void serve(UI ui) {
		resetLanguage(ui);
		RecordingsOnKiosk.publish(ui, gate.place().id());
		showStart();
		answersInBrowser.recover((language, answers, step, attempt) -> {
			NewFamilySteps steps = newFamilySteps();
			boolean offeredLanguage = gate.screenLanguages().contains(language)
					|| language.equals(Locale.forLanguageTag(gate.place().defaultLanguage()));
			if (!steps.couldHaveKept(answers, step) || !offeredLanguage) {
				// no screen of this kiosk gave these: a tampered tab, start clean
				answersInBrowser.forget();
				return;
			}
			UI.getCurrent().setLocale(language);
			showNewFamily(steps);
			steps.restore(answers, step, attempt);
			// "saving did not work, try again" only where "check in" may have been
			// tapped;
			// a family half-way through just carries on where it was
			if (steps.atConfirmStep()) {
				steps.showError(getTranslation("kiosk.error.unavailable"));
			}
		});
		idleWatch.start();
		scanAnywhere.start();
	}

	/** Every half minute: the welcome screen notices opening and closing time. */
	void polled() {
		if (atRest()) {
			showStart();
		}
	}

	/** This device was revoked: nothing of the family stays behind. */
	void stop() {
		idleWatch.dismiss();
		answersInBrowser.forget();
	}

	/**
	 * Back to the welcome screen in the location's language, everything half entered
	 * gone.
	 */
	void startOver() {
		answersInBrowser.forget();
		languageChosen = false;
		resetLanguage(UI.getCurrent());
		// a kiosk stays open for days: prompts recorded meanwhile reach it between
		// families
		RecordingsOnKiosk.publish(UI.getCurrent(), gate.place().id());
		showStart();
	}

	/** Nothing of a family on screen: no idle warning. */
	private boolean atRest() {
		return screen == Screen.START || screen == Screen.CLOSED;
	}

	private void resetLanguage(UI ui) {
		Locale start = Locale.forLanguageTag(gate.place().defaultLanguage());
		if (!ui.getLocale().equals(start)) {
			ui.setLocale(start);
		}
	}

	// ---- screens ----

	void showStart() {
		OpeningSchedule schedule = locations.schedule(gate.place().id());
		if (schedule.isOpen(clock.instant())) {
			AttractScreen attract = new AttractScreen(greetings(), () -> showIdentify(false), () -> showIdentify(true));
			attract.addStartListener(event -> showLanguages());
			show(Screen.START, attract);
		}
		else {
			show(Screen.CLOSED, new ClosedScreen(schedule.nextOpening(clock.instant()), schedule.zone()));
		}
	}

	private List<AttractScreen.Greeting> greetings() {
		return gate.screenLanguages()
			.stream()
			.map(language -> new AttractScreen.Greeting(getTranslation(language, "kiosk.title"),
					language.toLanguageTag(), Translations.isRightToLeft(language) ? "rtl" : "ltr"))
			.toList();
	}

	private void showLanguages() {
		show(Screen.LANGUAGE, new LanguageScreen(gate.screenLanguages(), language -> {
			languageChosen = true;
			UI.getCurrent().setLocale(language);
			showChoice();
		}));
	}

	/**
	 * A language tapped in the bar: on the welcome screen that is the family's answer to
	 * "which language?", so the kiosk goes straight on to the choice.
	 */
	private void languageTapped(Locale language) {
		languageChosen = true;
		if (screen == Screen.START) {
			showChoice();
		}
	}

	/**
	 * A card scanned before the family said who it is goes straight to its confirm
	 * screen: in the language the family chose, else the family's own first language the
	 * kiosk speaks.
	 */
	private void scannedAnywhere(String token) {
		if (screen != Screen.START && screen != Screen.LANGUAGE && screen != Screen.CHOICE) {
			return; // the identify screen has its own scan field; elsewhere a family is
					// busy
		}
		if (revoked()) {
			return;
		}
		CodeLookup lookup = checkIns.identifyByCard(token);
		ReturningFamily family = lookup.family();
		if (family == null) {
			showIdentify(false).showError(getTranslation("kiosk.identify.unknown"));
			return;
		}
		if (!languageChosen) {
			family.languages()
				.stream()
				.map(Locale::forLanguageTag)
				.filter(language -> gate.screenLanguages()
					.stream()
					.anyMatch(offered -> offered.getLanguage().equals(language.getLanguage())))
				.findFirst()
				.ifPresent(UI.getCurrent()::setLocale);
		}
		leaving = false;
		showReturning(family);
	}

	private void showChoice() {
		show(Screen.CHOICE,
				new ChoiceScreen(() -> showNewFamily(), () -> showIdentify(false), () -> showIdentify(true)));
	}

	private NewFamilySteps showNewFamily() {
		return showNewFamily(newFamilySteps());
	}

	private NewFamilySteps newFamilySteps() {
		return new NewFamilySteps(commonLanguages(), checkIns.interestOptions(), gate.place().retentionFamilyMonths(),
				gate.place().defaultLanguage(), this::showChoice);
	}

	private NewFamilySteps showNewFamily(NewFamilySteps steps) {
		steps.onConfirm(() -> confirmNewFamily(steps));
		steps.onChange(() -> {
			// a tap that arrives after the check-in was stored must not keep the answers
			if (screen == Screen.NEW_FAMILY) {
				answersInBrowser.keep(UI.getCurrent().getLocale(), steps.answers(), steps.currentStep(),
						steps.attempt());
			}
		});
		show(Screen.NEW_FAMILY, steps);
		return steps;
	}

	/**
	 * The chips shown first: the languages families at this place speak most, then the
	 * kiosk's screen languages and others often heard in Flemish cities; the search
	 * offers every other language.
	 */
	private List<String> commonLanguages() {
		return Stream
			.of(checkIns.commonLanguages(gate.place().id(), COMMON_LANGUAGES).stream(),
					gate.place().kioskLanguages().stream(), LanguageNames.OFTEN_HEARD.stream())
			.flatMap(languages -> languages)
			.distinct()
			.limit(COMMON_LANGUAGES)
			.toList();
	}

	private IdentifyScreen showIdentify(boolean forLeaving) {
		leaving = forLeaving;
		IdentifyScreen identify = new IdentifyScreen();
		identify.onScanned(token -> {
			if (!revoked()) {
				identified(identify, checkIns.identifyByCard(token));
			}
		});
		identify.onCodeEntered((pictogram, digits) -> {
			if (!revoked()) {
				identified(identify, checkIns.identifyByCode(gate.deviceId(), pictogram, digits));
			}
		});
		identify.showLocked(checkIns.codeEntryLockedSeconds(gate.deviceId()));
		watchCodeEntryLock(identify);
		show(Screen.IDENTIFY, identify);
		return identify;
	}

	/**
	 * A host who lifts the lock on the board gives the keypad back here at once (the live
	 * update also arrives when this kiosk's own lock starts, which changes nothing).
	 */
	private void watchCodeEntryLock(IdentifyScreen identify) {
		long deviceId = gate.deviceId();
		UI ui = UI.getCurrent();
		Registration watch = live.subscribe(gate.place().id(), change -> {
			if (change.kind() == LiveChange.Kind.CODE_ENTRY_LOCK && change.entityId() == deviceId) {
				ui.access(() -> identify.showLocked(checkIns.codeEntryLockedSeconds(deviceId)));
			}
		});
		identify.addDetachListener(event -> watch.remove());
	}

	private void identified(IdentifyScreen identify, CodeLookup lookup) {
		ReturningFamily family = lookup.family();
		if (family == null && lookup.secondsLocked() > 0) {
			identify.showLocked(lookup.secondsLocked());
			return;
		}
		if (family == null) {
			identify.showError(getTranslation("kiosk.identify.unknown"));
			return;
		}
		if (leaving) {
			checkOut(identify, family);
		}
		else {
			showReturning(family);
		}
	}

	private void showReturning(ReturningFamily family) {
		ReturningScreen returning = new ReturningScreen(family, checkIns.interestOptions(),
				gate.place().defaultLanguage());
		returning.onConfirm(answers -> confirmReturning(returning, family, answers));
		show(Screen.RETURNING, returning);
	}

	private void showDone(String id, String message, VaadinIcon icon) {
		WelcomePanel done = new WelcomePanel(id, message, icon);
		done.addDoneListener(event -> startOver());
		show(Screen.DONE, done);
	}

	private void show(Screen next, Component component) {
		screen = next;
		idleWatch.dismiss();
		content.removeAll();
		content.add(component);
	}

	// ---- actions ----

	private void confirmNewFamily(NewFamilySteps form) {
		if (screen != Screen.NEW_FAMILY) {
			return; // a second tap that arrived after the first one was stored
		}
		if (revoked()) {
			return;
		}
		try {
			CheckIn checkIn = checkIns.checkInNewFamily(gate.place().id(), form.draft(), form.openToMeet().orElse(null),
					gate.visitSource(), form.attempt());
			if (checkIn.card() == null) {
				throw new IllegalStateException("A new family always gets a card");
			}
			answersInBrowser.forget();
			CardScreen cardScreen = new CardScreen(checkIn.card(), () -> showDone("kiosk-welcome",
					getTranslation("kiosk.welcome", checkIn.nickname()), VaadinIcon.COFFEE));
			PrintableCard.ifPlacePrints(locations, gate.place(), checkIn).ifPresent(cardScreen::alsoPrint);
			show(Screen.CARD, cardScreen);
		}
		catch (CheckInRejected ex) {
			form.rejected(ex.reason(), message(ex.reason()));
		}
		catch (DataAccessException | TransactionException ex) {
			// the family's answers stay on screen; the transaction left nothing half
			// stored
			log.error("Kiosk check-in could not be stored", ex);
			form.showError(getTranslation("kiosk.error.unavailable"));
		}
	}

	private void confirmReturning(ReturningScreen returning, ReturningFamily family, ReturningScreen.Answers answers) {
		if (screen != Screen.RETURNING || revoked()) {
			return;
		}
		try {
			CheckIn checkIn = checkIns.checkInReturning(gate.place().id(), family.familyId(), answers.adults(),
					answers.children(), answers.openToMeet(), answers.interestCodes(), gate.visitSource());
			showDone("kiosk-welcome", getTranslation("kiosk.welcome", checkIn.nickname()), VaadinIcon.COFFEE);
		}
		catch (CheckInRejected ex) {
			if (ex.reason() == CheckInRejected.Reason.ALREADY_HERE) {
				showDone("kiosk-already-here", getTranslation("kiosk.error.alreadyHere"), VaadinIcon.COFFEE);
			}
			else {
				returning.showError(message(ex.reason()));
			}
		}
		catch (DataAccessException | TransactionException ex) {
			log.error("Kiosk check-in of a returning family could not be stored", ex);
			returning.showError(getTranslation("kiosk.error.unavailable"));
		}
	}

	private void checkOut(IdentifyScreen identify, ReturningFamily family) {
		try {
			String nickname = checkIns.checkOut(gate.place().id(), family.familyId());
			showDone("kiosk-goodbye", getTranslation("kiosk.goodbye", nickname), VaadinIcon.HAND);
		}
		catch (CheckInRejected ex) {
			showDone("kiosk-not-here", message(ex.reason()), VaadinIcon.HAND);
		}
		catch (DataAccessException | TransactionException ex) {
			log.error("Kiosk check-out could not be stored", ex);
			identify.showError(getTranslation("kiosk.error.unavailable"));
		}
	}

	private String message(CheckInRejected.Reason reason) {
		return RejectionMessages.text(this, reason);
	}

	/**
	 * Before anything is stored or a family is looked up: a kiosk revoked since its last
	 * check shows the pairing screen instead.
	 */
	private boolean revoked() {
		if (gate.revoked()) {
			revokedNow.run();
			return true;
		}
		return false;
	}

}
