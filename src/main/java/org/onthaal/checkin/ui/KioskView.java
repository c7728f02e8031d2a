package org.onthaal.checkin.ui;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Direction;
import com.vaadin.flow.component.ReconnectDialogConfiguration;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;
import org.jspecify.annotations.Nullable;
import org.onthaal.base.i18n.Translations;
import org.onthaal.checkin.CheckIn;
import org.onthaal.checkin.CheckInRejected;
import org.onthaal.checkin.CheckInService;
import org.onthaal.checkin.CodeLookup;
import org.onthaal.checkin.VisitSource;
import org.onthaal.family.ReturningFamily;
import org.onthaal.kiosk.KioskPairing;
import org.onthaal.kiosk.PairedKiosk;
import org.onthaal.kiosk.ui.KioskCookie;
import org.onthaal.kiosk.ui.PairingScreen;
import org.onthaal.space.LocationService;
import org.onthaal.space.LocationSummary;
import org.onthaal.space.OpeningSchedule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;

/**
 * The kiosk at the door. Welcome (or closed) → language → new family / returning /
 * leaving → welcome → back to the start. It shows only what this family entered and never
 * another family's data; after 45 s without a touch it asks "are you still there?" and
 * then starts over, discarding half-entered answers.
 *
 * <p>
 * Only a paired device serves check-in: the kiosk recognises itself by the device token
 * in its cookie and serves that device's meeting place. An unpaired, unknown or revoked
 * device sees only the pairing screen. While open, the kiosk asks every half minute
 * whether it is still paired (which also tells the back office it is online), so a
 * revoked kiosk drops to the pairing screen within a minute.
 */
@Route("kiosk")
@AnonymousAllowed
public class KioskView extends Main implements LocaleChangeObserver, HasDynamicTitle {

	static final int IDLE_MILLIS = 45_000;

	static final int IDLE_GRACE_MILLIS = 15_000;

	/**
	 * How often an open kiosk checks in: opening hours on the closed screen, and whether
	 * the device is still paired.
	 */
	private static final int POLL_MILLIS = 30_000;

	private static final int COMMON_LANGUAGES = 18;

	/** Two days of trying every two seconds: a kiosk never gives up on its own. */
	private static final int RECONNECT_ATTEMPTS = 86_400;

	private static final int RECONNECT_INTERVAL_MILLIS = 2_000;

	private static final int RETRY_OPEN_MILLIS = 5_000;

	private static final Logger log = LoggerFactory.getLogger(KioskView.class);

	private static final String WATCH_IDLE = """
			const view = $0; const ms = $1;
			if (window.__onthaalIdle) {
			  document.removeEventListener('pointerdown', window.__onthaalIdle, true);
			  document.removeEventListener('keydown', window.__onthaalIdle, true);
			}
			let timer;
			const arm = () => { clearTimeout(timer); timer = setTimeout(() => { if (view.isConnected) view.$server.idle(); }, ms); };
			window.__onthaalIdle = arm;
			document.addEventListener('pointerdown', arm, true);
			document.addEventListener('keydown', arm, true);
			arm();
			""";

	private enum Screen {

		PAIRING, START, LANGUAGE, CHOICE, NEW_FAMILY, CARD, IDENTIFY, RETURNING, DONE

	}

	private final transient CheckInService checkIns;

	private final transient LocationService locations;

	private final transient KioskPairing pairing;

	private final transient Clock clock;

	private final Div content = new Div();

	private final AnswersInBrowser answersInBrowser = new AnswersInBrowser(getElement());

	/** This device, once paired; null shows the pairing screen. */
	private @Nullable PairedKiosk device;

	private @Nullable LocationSummary location;

	/** The database was away when the kiosk opened: it reloads itself in a moment. */
	private boolean waiting;

	private @Nullable Registration polling;

	private Screen screen = Screen.START;

	private @Nullable IdleWarning idleWarning;

	/**
	 * Counts warnings, so a timer from an earlier, answered warning cannot reset the
	 * kiosk.
	 */
	int idleRound;

	private boolean leaving;

	public KioskView(CheckInService checkIns, LocationService locations, KioskPairing pairing, Clock clock) {
		this.checkIns = checkIns;
		this.locations = locations;
		this.pairing = pairing;
		this.clock = clock;
		addClassName("kiosk");
		setId("kiosk");
		content.addClassName("kiosk-content");
		try {
			device = pairing.recognise(KioskCookie.token()).orElse(null);
			location = device == null ? null : locationOf(device);
		}
		catch (DataAccessException | TransactionException ex) {
			// the database is away (restart, network): say so calmly and try again in a
			// few seconds
			log.warn("Kiosk opened while the database is unreachable: {}", ex.getMessage());
			waiting = true;
			Paragraph waitingText = new Paragraph(getTranslation("kiosk.reconnecting"));
			waitingText.setId("kiosk-waiting");
			content.add(waitingText);
			add(content);
			getElement().executeJs("setTimeout(() => location.reload(), $0)", RETRY_OPEN_MILLIS);
			return;
		}
		if (device == null) {
			showPairing();
		}
		else if (location == null) {
			showNotSetUp();
		}
		else {
			add(new ScreenLanguageBar(screenLanguages(location)), content);
		}
	}

	@Override
	protected void onAttach(AttachEvent attachEvent) {
		if (waiting || !attachEvent.isInitialAttach()) {
			return;
		}
		if (device != null) {
			// browsers keep a cookie at most about 400 days: each opening renews it
			KioskCookie.renew();
			if (revoked()) {
				showPairingAgain();
				return;
			}
		}
		if (location != null) {
			serve(attachEvent.getUI());
		}
	}

	/** This device's meeting place, or null when it is gone. */
	private @Nullable LocationSummary locationOf(PairedKiosk kiosk) {
		return locations.allLocations()
			.stream()
			.filter(candidate -> candidate.id() == kiosk.locationId())
			.findFirst()
			.orElse(null);
	}

	/** Starts the check-in flow at the welcome screen of the device's place. */
	private void serve(UI ui) {
		resetLanguage(ui);
		showStart();
		answersInBrowser.recover((language, answers) -> {
			UI.getCurrent().setLocale(language);
			NewFamilyForm form = showNewFamily();
			form.restore(answers);
			form.showError(getTranslation("kiosk.error.unavailable"));
		});
		getElement().executeJs(WATCH_IDLE, getElement(), IDLE_MILLIS);
		// the closed screen must notice opening time without anyone touching it, and a
		// revoked kiosk must stop
		ui.setPollInterval(POLL_MILLIS);
		if (polling == null) {
			polling = ui.addPollListener(event -> polled());
		}
	}

	private void polled() {
		if (device == null) {
			return;
		}
		if (revoked()) {
			showPairingAgain();
			return;
		}
		if (screen == Screen.START) {
			showStart();
		}
	}

	/**
	 * True once this device was revoked in the back office. When the database cannot say,
	 * the kiosk goes on: storing a check-in would fail anyway.
	 */
	private boolean revoked() {
		PairedKiosk paired = device;
		if (paired == null) {
			return true;
		}
		try {
			return !pairing.stillPaired(paired.deviceId());
		}
		catch (DataAccessException | TransactionException ex) {
			log.warn("Kiosk could not check its pairing: {}", ex.getMessage());
			return false;
		}
	}

	// ---- pairing ----

	private void showPairing() {
		screen = Screen.PAIRING;
		add(new ScreenLanguageBar(Translations.SCREEN_LANGUAGES), content);
		content.add(new PairingScreen(pairing, this::paired));
	}

	/** Revoked while open: everything goes, only the pairing screen stays. */
	private void showPairingAgain() {
		closeIdleWarning();
		answersInBrowser.forget();
		device = null;
		location = null;
		UI ui = UI.getCurrent();
		if (ui != null) {
			ui.setPollInterval(-1);
		}
		content.removeAll();
		removeAll();
		showPairing();
	}

	private void paired(PairedKiosk kiosk) {
		device = kiosk;
		location = locationOf(kiosk);
		content.removeAll();
		removeAll();
		if (location == null) {
			showNotSetUp();
			return;
		}
		add(new ScreenLanguageBar(screenLanguages(location)), content);
		serve(UI.getCurrent());
	}

	private void showNotSetUp() {
		Paragraph notSetUp = new Paragraph(getTranslation("kiosk.notSetUp"));
		notSetUp.setId("kiosk-not-set-up");
		content.add(notSetUp);
		add(content);
	}

	private void resetLanguage(UI ui) {
		Locale start = Locale.forLanguageTag(place().defaultLanguage());
		if (!ui.getLocale().equals(start)) {
			ui.setLocale(start);
		}
	}

	private LocationSummary place() {
		if (location == null) {
			throw new IllegalStateException("The kiosk has no location");
		}
		return location;
	}

	private static List<Locale> screenLanguages(LocationSummary location) {
		List<Locale> offered = location.kioskLanguages().stream().map(Locale::forLanguageTag).toList();
		return offered.isEmpty() ? Translations.SCREEN_LANGUAGES : offered;
	}

	// ---- screens ----

	void showStart() {
		OpeningSchedule schedule = locations.schedule(place().id());
		if (schedule.isOpen(clock.instant())) {
			AttractScreen attract = new AttractScreen(greetings());
			attract.addStartListener(event -> showLanguages());
			show(Screen.START, attract);
		}
		else {
			show(Screen.START, new ClosedScreen(schedule.nextOpening(clock.instant()), schedule.zone()));
		}
	}

	private List<AttractScreen.Greeting> greetings() {
		return screenLanguages(place()).stream()
			.map(language -> new AttractScreen.Greeting(getTranslation(language, "kiosk.title"),
					language.toLanguageTag(), Translations.isRightToLeft(language) ? "rtl" : "ltr"))
			.toList();
	}

	private void showLanguages() {
		show(Screen.LANGUAGE, new LanguageScreen(screenLanguages(place()), language -> {
			UI.getCurrent().setLocale(language);
			showChoice();
		}));
	}

	private void showChoice() {
		show(Screen.CHOICE,
				new ChoiceScreen(() -> showNewFamily(), () -> showIdentify(false), () -> showIdentify(true)));
	}

	private NewFamilyForm showNewFamily() {
		NewFamilyForm form = new NewFamilyForm(commonLanguages(), checkIns.interestOptions(),
				place().retentionFamilyMonths(), place().defaultLanguage());
		form.addConfirmListener(event -> confirmNewFamily(form));
		form.onChange(() -> answersInBrowser.keep(UI.getCurrent().getLocale(), form.answers()));
		show(Screen.NEW_FAMILY, form);
		return form;
	}

	/**
	 * The chips shown first: the languages families at this place speak most, then the
	 * kiosk's screen languages and others often heard in Flemish cities; the search
	 * offers every other language.
	 */
	private List<String> commonLanguages() {
		return Stream
			.of(checkIns.commonLanguages(place().id(), COMMON_LANGUAGES).stream(), place().kioskLanguages().stream(),
					Stream.of("ber", "bg", "ti", "de", "it", "pt", "ru", "fa"))
			.flatMap(languages -> languages)
			.distinct()
			.limit(COMMON_LANGUAGES)
			.toList();
	}

	private void showIdentify(boolean forLeaving) {
		leaving = forLeaving;
		IdentifyScreen identify = new IdentifyScreen();
		identify.onScanned(token -> {
			if (!revokedNow()) {
				identified(identify, checkIns.identifyByCard(token));
			}
		});
		identify.onCodeEntered((pictogram, digits) -> {
			if (!revokedNow()) {
				identified(identify, checkIns.identifyByCode(deviceId(), pictogram, digits));
			}
		});
		identify.showLocked(checkIns.codeEntryLockedSeconds(deviceId()));
		show(Screen.IDENTIFY, identify);
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
		ReturningScreen returning = new ReturningScreen(family, checkIns.interestOptions(), place().defaultLanguage());
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
		closeIdleWarning();
		content.removeAll();
		content.add(component);
	}

	/**
	 * Back to the welcome screen in the location's language, everything half entered
	 * gone.
	 */
	void startOver() {
		answersInBrowser.forget();
		resetLanguage(UI.getCurrent());
		showStart();
	}

	// ---- actions ----

	private void confirmNewFamily(NewFamilyForm form) {
		if (screen != Screen.NEW_FAMILY) {
			return; // a second tap that arrived after the first one was stored
		}
		if (revokedNow()) {
			return;
		}
		try {
			CheckIn checkIn = checkIns.checkInNewFamily(place().id(), form.draft(), form.openToMeet().orElse(null),
					visitSource());
			if (checkIn.card() == null) {
				throw new IllegalStateException("A new family always gets a card");
			}
			answersInBrowser.forget();
			show(Screen.CARD, new CardScreen(checkIn.card(), () -> showDone("kiosk-welcome",
					getTranslation("kiosk.welcome", checkIn.nickname()), VaadinIcon.COFFEE)));
		}
		catch (CheckInRejected ex) {
			form.showError(message(ex.reason()));
		}
		catch (DataAccessException | TransactionException ex) {
			// the family's answers stay on screen; the transaction left nothing half
			// stored
			log.error("Kiosk check-in could not be stored", ex);
			form.showError(getTranslation("kiosk.error.unavailable"));
		}
	}

	private void confirmReturning(ReturningScreen returning, ReturningFamily family, ReturningScreen.Answers answers) {
		if (screen != Screen.RETURNING || revokedNow()) {
			return;
		}
		try {
			CheckIn checkIn = checkIns.checkInReturning(place().id(), family.familyId(), answers.adults(),
					answers.children(), answers.openToMeet(), answers.interestCodes(), visitSource());
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
			String nickname = checkIns.checkOut(place().id(), family.familyId());
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
	private boolean revokedNow() {
		if (revoked()) {
			showPairingAgain();
			return true;
		}
		return false;
	}

	/**
	 * This device, noted on the visit by the check-in itself (one insert, one
	 * transaction).
	 */
	private VisitSource visitSource() {
		PairedKiosk paired = device;
		return paired == null ? VisitSource.KIOSK : VisitSource.kiosk(paired.deviceId());
	}

	/** Code guessing is slowed down per kiosk device. */
	private long deviceId() {
		PairedKiosk paired = device;
		if (paired == null) {
			throw new IllegalStateException("An unpaired kiosk never looks families up");
		}
		return paired.deviceId();
	}

	// ---- idle ----

	/** Called by the browser after 45 s without a touch. */
	@ClientCallable
	void idle() {
		if (screen == Screen.START || screen == Screen.PAIRING || idleWarning != null) {
			return;
		}
		int round = ++idleRound;
		IdleWarning warning = new IdleWarning(this::closeIdleWarning);
		idleWarning = warning;
		warning.open();
		getElement().executeJs("setTimeout(() => { if ($0.isConnected) $0.$server.idleExpired($1); }, $2)",
				getElement(), round, IDLE_GRACE_MILLIS);
	}

	/** Called by the browser when the warning went unanswered. */
	@ClientCallable
	void idleExpired(int round) {
		if (idleWarning != null && round == idleRound) {
			startOver();
		}
	}

	private void closeIdleWarning() {
		if (idleWarning != null) {
			idleWarning.close();
			idleWarning = null;
		}
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		Locale locale = event.getLocale();
		UI ui = event.getUI();
		ui.setDirection(Translations.isRightToLeft(locale) ? Direction.RIGHT_TO_LEFT : Direction.LEFT_TO_RIGHT);
		ui.getPage().executeJs("document.documentElement.lang = $0", locale.toLanguageTag());
		ui.getPage().setTitle(getPageTitle());
		// during a network drop: a calm line in the family's language, and keep trying
		// every 2 s
		ReconnectDialogConfiguration reconnect = ui.getReconnectDialogConfiguration();
		reconnect.setDialogText(getTranslation("kiosk.reconnecting"));
		reconnect.setDialogTextGaveUp(getTranslation("kiosk.reconnecting"));
		reconnect.setReconnectAttempts(RECONNECT_ATTEMPTS);
		reconnect.setReconnectInterval(RECONNECT_INTERVAL_MILLIS);
		content.getChildren()
			.filter(child -> child.getId().filter("kiosk-not-set-up"::equals).isPresent())
			.forEach(notSetUp -> ((Paragraph) notSetUp).setText(getTranslation("kiosk.notSetUp")));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("app.name") + " · " + getTranslation("kiosk.title");
	}

}
