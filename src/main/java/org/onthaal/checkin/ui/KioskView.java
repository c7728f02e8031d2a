package org.onthaal.checkin.ui;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.Direction;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.onthaal.base.i18n.Translations;
import org.onthaal.checkin.CheckIn;
import org.onthaal.checkin.CheckInRejected;
import org.onthaal.checkin.CheckInService;
import org.onthaal.checkin.VisitSource;
import org.onthaal.family.InterestRepository;
import org.onthaal.family.Nickname;
import org.onthaal.space.LocationService;
import org.onthaal.space.LocationSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;

/**
 * The kiosk at the door: a new family checks in here in their own screen language. It
 * shows only what this family entered, never another family's data.
 */
@Route("kiosk")
@AnonymousAllowed
public class KioskView extends Main implements LocaleChangeObserver, HasDynamicTitle {

	private static final Logger log = LoggerFactory.getLogger(KioskView.class);

	private final transient CheckInService checkIns;

	private final transient InterestRepository interests;

	private final Div content = new Div();

	private final H1 title = new H1();

	private final Optional<LocationSummary> location;

	public KioskView(CheckInService checkIns, InterestRepository interests, LocationService locations) {
		this.checkIns = checkIns;
		this.interests = interests;
		this.location = locations.kioskLocation();
		addClassName("kiosk");
		setId("kiosk");
		content.addClassName("kiosk-content");
		title.setId("kiosk-title");
		if (location.isEmpty()) {
			Paragraph notSetUp = new Paragraph();
			notSetUp.setId("kiosk-not-set-up");
			notSetUp.getElement().setAttribute("data-key", "kiosk.notSetUp");
			content.add(notSetUp);
			add(title, content);
			return;
		}
		add(new ScreenLanguageBar(screenLanguages(location.get())), title, content);
		showForm();
	}

	@Override
	protected void onAttach(AttachEvent attachEvent) {
		if (location.isPresent() && attachEvent.isInitialAttach()) {
			UI ui = attachEvent.getUI();
			Locale start = Locale.forLanguageTag(location.get().defaultLanguage());
			if (!ui.getLocale().getLanguage().equals(start.getLanguage())) {
				ui.setLocale(start);
			}
		}
	}

	private static List<Locale> screenLanguages(LocationSummary location) {
		List<Locale> offered = location.kioskLanguages().stream().map(Locale::forLanguageTag).toList();
		return offered.isEmpty() ? Translations.SCREEN_LANGUAGES : offered;
	}

	private void showForm() {
		LocationSummary place = location.orElseThrow();
		NewFamilyForm form = new NewFamilyForm(commonLanguages(place), interests.findActive());
		form.addConfirmListener(event -> confirm(place, form));
		content.removeAll();
		content.add(form);
	}

	/**
	 * The chips shown first: this place's kiosk languages plus others often heard in
	 * Flemish cities.
	 */
	private static List<String> commonLanguages(LocationSummary place) {
		return Stream
			.concat(place.kioskLanguages().stream(), Stream.of("ber", "bg", "ti", "de", "it", "pt", "ru", "fa"))
			.distinct()
			.toList();
	}

	private void confirm(LocationSummary place, NewFamilyForm form) {
		try {
			CheckIn checkIn = checkIns.checkInNewFamily(place.id(), form.draft(), form.openToMeet().orElse(null),
					VisitSource.KIOSK);
			showWelcome(checkIn.nickname());
		}
		catch (CheckInRejected ex) {
			form.showError(message(ex.reason()));
		}
		catch (DataAccessException ex) {
			// the family's answers stay on screen; the transaction left nothing half
			// stored
			log.error("Kiosk check-in could not be stored", ex);
			form.showError(getTranslation("kiosk.error.unavailable"));
		}
	}

	private String message(CheckInRejected.Reason reason) {
		return switch (reason) {
			case NICKNAME_EMPTY -> getTranslation("kiosk.error.nicknameEmpty");
			case NICKNAME_TOO_LONG -> getTranslation("kiosk.error.nicknameTooLong", Nickname.MAX_LENGTH);
			case NICKNAME_INVALID -> getTranslation("kiosk.error.nicknameInvalid");
			case LANGUAGE_MISSING -> getTranslation("kiosk.error.languageMissing");
			case MEET_MISSING -> getTranslation("kiosk.error.meetMissing");
			case ALREADY_HERE -> getTranslation("kiosk.error.alreadyHere");
			case UNKNOWN_AGE_BAND -> getTranslation("kiosk.error.unavailable");
		};
	}

	private void showWelcome(String nickname) {
		WelcomePanel welcome = new WelcomePanel(nickname);
		welcome.addDoneListener(event -> showForm());
		content.removeAll();
		content.add(welcome);
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		Locale locale = event.getLocale();
		UI ui = event.getUI();
		ui.setDirection(Translations.isRightToLeft(locale) ? Direction.RIGHT_TO_LEFT : Direction.LEFT_TO_RIGHT);
		ui.getPage().executeJs("document.documentElement.lang = $0", locale.toLanguageTag());
		title.setText(getTranslation(location.isPresent() ? "kiosk.title" : "kiosk.notSetUp"));
		ui.getPage().setTitle(getPageTitle());
	}

	@Override
	public String getPageTitle() {
		return getTranslation("app.name") + " · " + getTranslation("kiosk.title");
	}

}
