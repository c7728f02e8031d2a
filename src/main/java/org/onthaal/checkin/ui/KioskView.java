package org.onthaal.checkin.ui;

import java.time.Clock;
import java.util.Locale;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Direction;
import com.vaadin.flow.component.ReconnectDialogConfiguration;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;
import org.jspecify.annotations.Nullable;
import org.onthaal.base.i18n.Translations;
import org.onthaal.checkin.CheckInService;
import org.onthaal.kiosk.KioskPairing;
import org.onthaal.live.LiveUpdates;
import org.onthaal.kiosk.PairedKiosk;
import org.onthaal.kiosk.ui.KioskCookie;
import org.onthaal.kiosk.ui.PairingScreen;
import org.onthaal.space.LocationService;

/**
 * The kiosk at the door. A paired device serves its meeting place's check-in
 * ({@link CheckInFlow}); an unpaired or revoked one shows the pairing screen
 * ({@link PairingGate}). While open, the kiosk asks every half minute whether it is still
 * paired (which also tells the back office it is online), so a revoked kiosk drops to the
 * pairing screen within a minute.
 */
@Route("kiosk")
@AnonymousAllowed
@StyleSheet("styles/kiosk-fit.css")
public class KioskView extends Main implements LocaleChangeObserver, HasDynamicTitle {

	/**
	 * How often an open kiosk checks in: opening hours on the closed screen, and whether
	 * the device is still paired.
	 */
	private static final int POLL_MILLIS = 30_000;

	/** Two days of trying every two seconds: a kiosk never gives up on its own. */
	private static final int RECONNECT_ATTEMPTS = 86_400;

	private static final int RECONNECT_INTERVAL_MILLIS = 2_000;

	private static final int RETRY_OPEN_MILLIS = 5_000;

	private final transient CheckInService checkIns;

	private final transient LocationService locations;

	private final transient Clock clock;

	private final transient LiveUpdates live;

	private final PairingGate gate;

	private final PairingGate.State opened;

	private @Nullable CheckInFlow flow;

	private @Nullable Registration polling;

	public KioskView(CheckInService checkIns, LocationService locations, KioskPairing pairing, Clock clock,
			LiveUpdates live) {
		this.checkIns = checkIns;
		this.live = live;
		this.locations = locations;
		this.clock = clock;
		this.gate = new PairingGate(pairing, locations);
		addClassName("kiosk");
		setId("kiosk");
		opened = gate.recognise(KioskCookie.token());
		switch (opened) {
			case UNREACHABLE -> showWaiting();
			case UNPAIRED -> showPairing();
			case NOT_SET_UP -> showNotSetUp();
			case SERVING -> {
				// the flow starts once attached, after the pairing is checked again
			}
		}
	}

	@Override
	protected void onAttach(AttachEvent attachEvent) {
		if (opened == PairingGate.State.UNREACHABLE || !attachEvent.isInitialAttach()) {
			return;
		}
		if (gate.isPaired()) {
			// browsers keep a cookie at most about 400 days: each opening renews it
			KioskCookie.renew();
			if (gate.revoked()) {
				showPairingAgain();
				return;
			}
		}
		if (opened == PairingGate.State.SERVING) {
			serve(attachEvent.getUI());
		}
	}

	private void serve(UI ui) {
		removeAll();
		CheckInFlow serving = new CheckInFlow(checkIns, locations, clock, live, gate, this::showPairingAgain);
		flow = serving;
		add(serving);
		serving.serve(ui);
		// the closed screen must notice opening time without anyone touching it, and a
		// revoked kiosk must stop
		ui.setPollInterval(POLL_MILLIS);
		if (polling == null) {
			polling = ui.addPollListener(event -> polled());
		}
	}

	private void polled() {
		CheckInFlow serving = flow;
		if (serving == null) {
			return;
		}
		if (gate.revoked()) {
			showPairingAgain();
			return;
		}
		serving.polled();
	}

	/** The database was away when the kiosk opened: it reloads itself in a moment. */
	private void showWaiting() {
		Paragraph waitingText = new Paragraph(getTranslation("kiosk.reconnecting"));
		waitingText.setId("kiosk-waiting");
		add(content(waitingText));
		getElement().executeJs("setTimeout(() => location.reload(), $0)", RETRY_OPEN_MILLIS);
	}

	private void showPairing() {
		add(new ScreenLanguageBar(Translations.SCREEN_LANGUAGES),
				content(new PairingScreen(gate.pairing(), this::paired)));
	}

	/** Revoked while open: everything goes, only the pairing screen stays. */
	private void showPairingAgain() {
		if (flow != null) {
			flow.stop();
			flow = null;
		}
		gate.forget();
		UI ui = UI.getCurrent();
		if (ui != null) {
			ui.setPollInterval(-1);
		}
		removeAll();
		showPairing();
	}

	private void paired(PairedKiosk kiosk) {
		removeAll();
		if (gate.paired(kiosk) == PairingGate.State.NOT_SET_UP) {
			showNotSetUp();
			return;
		}
		serve(UI.getCurrent());
	}

	private void showNotSetUp() {
		Paragraph notSetUp = new Paragraph(getTranslation("kiosk.notSetUp"));
		notSetUp.setId("kiosk-not-set-up");
		add(content(notSetUp));
	}

	private static Div content(Component screen) {
		Div content = new Div(screen);
		content.addClassName("kiosk-content");
		return content;
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
		getElement().getChildren()
			.flatMap(child -> child.getChildren())
			.filter(child -> "kiosk-not-set-up".equals(child.getAttribute("id")))
			.forEach(notSetUp -> notSetUp.setText(getTranslation("kiosk.notSetUp")));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("app.name") + " · " + getTranslation("kiosk.title");
	}

}
