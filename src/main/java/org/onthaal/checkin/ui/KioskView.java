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
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.jspecify.annotations.Nullable;
import org.onthaal.base.i18n.Translations;
import org.onthaal.checkin.CheckIn;
import org.onthaal.checkin.CheckInRejected;
import org.onthaal.checkin.CheckInService;
import org.onthaal.checkin.CodeLookup;
import org.onthaal.checkin.VisitSource;
import org.onthaal.family.ReturningFamily;
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
 */
@Route("kiosk")
@AnonymousAllowed
public class KioskView extends Main implements LocaleChangeObserver, HasDynamicTitle {

	static final int IDLE_MILLIS = 45_000;

	static final int IDLE_GRACE_MILLIS = 15_000;

	private static final int RECHECK_HOURS_MILLIS = 60_000;

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

		START, LANGUAGE, CHOICE, NEW_FAMILY, CARD, IDENTIFY, RETURNING, DONE

	}

	private final transient CheckInService checkIns;

	private final transient LocationService locations;

	private final transient Clock clock;

	private final Div content = new Div();

	private final AnswersInBrowser answersInBrowser = new AnswersInBrowser(getElement());

	private final @Nullable LocationSummary location;

	private Screen screen = Screen.START;

	private @Nullable IdleWarning idleWarning;

	/**
	 * Counts warnings, so a timer from an earlier, answered warning cannot reset the
	 * kiosk.
	 */
	int idleRound;

	private boolean leaving;

	public KioskView(CheckInService checkIns, LocationService locations, Clock clock) {
		this.checkIns = checkIns;
		this.locations = locations;
		this.clock = clock;
		addClassName("kiosk");
		setId("kiosk");
		content.addClassName("kiosk-content");
		LocationSummary found;
		try {
			found = locations.kioskLocation().orElse(null);
		}
		catch (DataAccessException | TransactionException ex) {
			// the database is away (restart, network): say so calmly and try again in a
			// few seconds
			log.warn("Kiosk opened while the database is unreachable: {}", ex.getMessage());
			this.location = null;
			Paragraph waiting = new Paragraph(getTranslation("kiosk.reconnecting"));
			waiting.setId("kiosk-waiting");
			content.add(waiting);
			add(content);
			getElement().executeJs("setTimeout(() => location.reload(), $0)", RETRY_OPEN_MILLIS);
			return;
		}
		this.location = found;
		if (location == null) {
			Paragraph notSetUp = new Paragraph();
			notSetUp.setId("kiosk-not-set-up");
			content.add(notSetUp);
			add(content);
			return;
		}
		add(new ScreenLanguageBar(screenLanguages(location)), content);
	}

	@Override
	protected void onAttach(AttachEvent attachEvent) {
		if (location == null || !attachEvent.isInitialAttach()) {
			return;
		}
		UI ui = attachEvent.getUI();
		resetLanguage(ui);
		showStart();
		answersInBrowser.recover((language, answers) -> {
			UI.getCurrent().setLocale(language);
			NewFamilyForm form = showNewFamily();
			form.restore(answers);
			form.showError(getTranslation("kiosk.error.unavailable"));
		});
		getElement().executeJs(WATCH_IDLE, getElement(), IDLE_MILLIS);
		// the closed screen must notice opening time without anyone touching it
		ui.setPollInterval(RECHECK_HOURS_MILLIS);
		ui.addPollListener(event -> {
			if (screen == Screen.START) {
				showStart();
			}
		});
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
		identify.onScanned(token -> identified(identify, checkIns.identifyByCard(kioskKey(), token)));
		identify.onCodeEntered(
				(pictogram, digits) -> identified(identify, checkIns.identifyByCode(kioskKey(), pictogram, digits)));
		show(Screen.IDENTIFY, identify);
	}

	private void identified(IdentifyScreen identify, CodeLookup lookup) {
		ReturningFamily family = lookup.family();
		if (family == null) {
			identify
				.showError(lookup.secondsLocked() > 0 ? getTranslation("kiosk.identify.locked", lookup.secondsLocked())
						: getTranslation("kiosk.identify.unknown"));
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
		try {
			CheckIn checkIn = checkIns.checkInNewFamily(place().id(), form.draft(), form.openToMeet().orElse(null),
					VisitSource.KIOSK);
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
		if (screen != Screen.RETURNING) {
			return;
		}
		try {
			CheckIn checkIn = checkIns.checkInReturning(place().id(), family.familyId(), answers.adults(),
					answers.children(), answers.openToMeet(), answers.interestCodes(), VisitSource.KIOSK);
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
	 * Code guessing is slowed down per kiosk; until kiosks are paired, a kiosk is its
	 * network address.
	 */
	static String kioskKey() {
		VaadinSession session = VaadinSession.getCurrent();
		String address = session == null || session.getBrowser() == null ? null : session.getBrowser().getAddress();
		return address == null ? "unknown" : address;
	}

	// ---- idle ----

	/** Called by the browser after 45 s without a touch. */
	@ClientCallable
	void idle() {
		if (screen == Screen.START || idleWarning != null) {
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
