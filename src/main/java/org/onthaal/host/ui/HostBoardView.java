package org.onthaal.host.ui;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.Set;
import java.util.Locale;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.Direction;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.onthaal.base.i18n.Translations;
import org.onthaal.checkin.CheckInService;
import org.onthaal.family.InterestOption;
import org.onthaal.host.Board;
import org.onthaal.host.HostBoardService;
import org.onthaal.host.PresentFamily;
import org.onthaal.host.SharedBoards;
import org.onthaal.host.SharedBoards.Subscription;
import org.onthaal.live.LiveUpdates;
import org.onthaal.space.LocationService;
import org.onthaal.space.LocationSummary;
import org.onthaal.space.OccupancyService;
import org.onthaal.space.Zone;
import org.onthaal.staff.Role;
import org.onthaal.staff.StaffAccount;
import org.onthaal.staff.StaffDirectory;

/**
 * The host board: who is here now. It renders the place's shared board, which every open
 * board of the place gets the moment a family checks in anywhere in this location, and
 * again once a minute so "minutes since arrival" stays true.
 */
@Route("host")
@RolesAllowed({ Role.HOST_NAME, Role.MANAGER_NAME })
public class HostBoardView extends Main implements HasDynamicTitle {

	private static final int MINUTE_MILLIS = 60_000;

	private final transient HostBoardService board;

	private final transient SharedBoards boards;

	private final transient LiveUpdates live;

	private final transient Clock clock;

	private final transient CheckInService checkIns;

	private final H1 title = new H1();

	private final Span count = new Span();

	private final Div cards = new Div();

	private final Paragraph empty = new Paragraph();

	private final Div suggestions = new Div();

	private final Paragraph noSuggestions = new Paragraph();

	private final Div prompts = new Div();

	private final Span announcer = new Span();

	private @Nullable CodeEntryLockNotices codeLocks;

	/**
	 * Visits this board has shown, so a newcomer arriving later gets a signal and earlier
	 * ones don't.
	 */
	private final Set<Long> seenVisits = new HashSet<>();

	private boolean firstRefresh = true;

	private final String username;

	private final @Nullable LocationSummary location;

	private @Nullable Subscription subscription;

	private @Nullable Registration pollRegistration;

	public HostBoardView(HostBoardService board, SharedBoards boards, CheckInService checkIns, LiveUpdates live,
			Clock clock, LocationService locations, StaffDirectory staff, OccupancyService occupancy,
			AuthenticationContext authentication) {
		this.checkIns = checkIns;
		this.board = board;
		this.boards = boards;
		this.live = live;
		this.clock = clock;
		this.username = authentication.getPrincipalName().orElse("");
		this.location = locations.locationsFor(username).stream().findFirst().orElse(null);
		String uiLanguage = staff.find(username).map(StaffAccount::uiLanguage).orElse("nl");
		UI.getCurrent().setLocale(Locale.forLanguageTag(uiLanguage));
		UI.getCurrent()
			.setDirection(Translations.isRightToLeft(UI.getCurrent().getLocale()) ? Direction.RIGHT_TO_LEFT
					: Direction.LEFT_TO_RIGHT);

		addClassName("host-board");
		title.setId("host-title");
		title.setText(getTranslation("host.title"));
		count.setId("host-count");
		count.addClassName("host-count");
		cards.setId("host-families");
		cards.addClassName("family-cards");
		empty.setId("host-empty");
		empty.setText(getTranslation("host.empty"));
		empty.addClassName("host-empty");
		suggestions.setId("host-suggestions");
		suggestions.addClassName("suggestion-cards");
		noSuggestions.setId("host-no-suggestions");
		noSuggestions.setText(getTranslation("host.suggestions.empty"));
		noSuggestions.addClassName("host-empty");
		prompts.setId("host-outcome-prompts");
		announcer.setId("host-announcer");
		announcer.addClassName("visually-hidden");
		announcer.getElement().setAttribute("aria-live", "polite");

		Header header = new Header();
		header.addClassName("host-header");
		Div headings = new Div(title);
		if (location != null) {
			Span place = new Span(getTranslation("host.location", location.name()));
			place.addClassName("host-location");
			headings.add(place);
			if (location.demo()) {
				Span demo = new Span(getTranslation("app.demo"));
				demo.addClassNames("tag", "tag-demo");
				headings.add(demo);
			}
		}
		Button assist = new Button(getTranslation("host.assist.open"), VaadinIcon.PLUS.create(), event -> openAssist());
		assist.setId("host-assist");
		assist.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Button signOut = new Button(getTranslation("app.signOut"), event -> authentication.logout());
		signOut.setId("host-sign-out");
		signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		Anchor account = new Anchor("password", getTranslation("app.account"));
		account.setId("host-account");
		account.addClassName("host-account");
		header.add(headings, count, assist, account, signOut);
		if (location == null) {
			// fail closed: without a place a host sees no family and checks none in
			assist.setVisible(false);
			Paragraph noPlace = new Paragraph(getTranslation("host.noPlace"));
			noPlace.setId("host-no-place");
			noPlace.addClassName("host-empty");
			add(header, noPlace);
			return;
		}
		H2 suggestionsTitle = new H2(getTranslation("host.suggestions.title"));
		H2 presentTitle = new H2(getTranslation("host.present.title"));
		add(header, announcer);
		if (location != null) {
			List<Zone> corners = occupancy.corners(location.id());
			if (!corners.isEmpty()) {
				add(new OccupancyStrip(occupancy, location, corners));
			}
		}
		codeLocks = new CodeEntryLockNotices(checkIns, live, location.id());
		add(codeLocks, prompts, suggestionsTitle, noSuggestions, suggestions, presentTitle, empty, cards);
	}

	@Override
	protected void onAttach(AttachEvent attachEvent) {
		UI ui = attachEvent.getUI();
		if (location == null) {
			return;
		}
		// one computation per change for every open board of the place; this board only
		// renders what it is handed (now, and after each change)
		Subscription opened = boards.subscribe(location.id(), state -> show(ui, state));
		subscription = opened;
		ui.setPollInterval(MINUTE_MILLIS);
		pollRegistration = ui.addPollListener(event -> opened.refreshIfOld());
	}

	@Override
	protected void onDetach(DetachEvent detachEvent) {
		if (subscription != null) {
			subscription.remove();
			subscription = null;
		}
		if (pollRegistration != null) {
			pollRegistration.remove();
			pollRegistration = null;
		}
		detachEvent.getUI().setPollInterval(-1);
	}

	/**
	 * On the thread that holds this board's session (the host's own request, as when it
	 * opens or after the host acted) at once; from elsewhere through the UI's queue.
	 */
	private void show(UI ui, Board state) {
		if (UI.getCurrent() == ui && ui.getSession() != null && ui.getSession().hasLock()) {
			render(state);
		}
		else {
			ui.access(() -> render(state));
		}
	}

	void render(Board state) {
		if (location == null) {
			return;
		}
		long locationId = location.id();
		OffsetDateTime now = OffsetDateTime.now(clock);

		prompts.removeAll();
		state.outcomePrompts()
			.forEach(prompt -> prompts.add(new OutcomePromptView(prompt,
					talked -> act(() -> board.recordOutcome(locationId, prompt.introductionId(), talked)))));

		UnaryOperator<String> interestLabel = interestLabels(location, state.interests());
		suggestions.removeAll();
		state.suggestions()
			.forEach(card -> suggestions.add(new SuggestionCardView(card, interestLabel,
					decision -> act(() -> board.decide(locationId, card.introductionIds(), decision, username)))));
		noSuggestions.setVisible(state.suggestions().isEmpty());

		cards.removeAll();
		List<String> arrived = new ArrayList<>();
		for (PresentFamily family : state.present()) {
			FamilyCard card = new FamilyCard(family, now, state.introducedVisits().contains(family.visitId()),
					interestLabel, () -> showCard(locationId, family));
			if (seenVisits.add(family.visitId()) && !firstRefresh && family.newcomer()) {
				// a subtle signal: the card glows a few times and screen readers hear it
				card.addClassName("just-arrived");
				arrived.add(family.nickname());
			}
			cards.add(card);
		}
		if (!arrived.isEmpty()) {
			announcer.setText(getTranslation("host.newcomerArrived", String.join(", ", arrived)));
		}
		firstRefresh = false;
		count.setText(getTranslation("host.count", state.present().size()));
		empty.setVisible(state.present().isEmpty());
	}

	/**
	 * Interests by the manager's wording where they gave one, in the board's language.
	 */
	private UnaryOperator<String> interestLabels(LocationSummary place, List<InterestOption> interests) {
		Map<String, InterestOption> catalogue = interests.stream()
			.collect(Collectors.toMap(InterestOption::code, interest -> interest));
		String language = getLocale().getLanguage();
		return code -> {
			InterestOption interest = catalogue.get(code);
			return interest == null ? getTranslation("interest." + code)
					: interest.label(language, place.defaultLanguage(), this::getTranslation);
		};
	}

	private void openAssist() {
		if (location == null) {
			return;
		}
		List<String> common = checkIns.commonLanguages(location.id(), 18);
		// the board itself refreshes through the live update that the check-in sends
		new AssistedCheckInDialog(checkIns, location.id(), location.retentionFamilyMonths(), location.defaultLanguage(),
				common.isEmpty() ? location.kioskLanguages() : common, checkIn -> {
					if (checkIn.card() != null) {
						FamilyCardDialog.issued(checkIn.nickname(), checkIn.card()).open();
					}
				})
			.open();
	}

	/**
	 * Shows the family's card; a new QR code (the old one stops working) only when the
	 * host asks for it in the dialog and confirms.
	 */
	private void showCard(long locationId, PresentFamily family) {
		FamilyCardDialog
			.existing(family.nickname(), checkIns.cardCode(family.familyId()).orElse(null),
					() -> checkIns.reissueCard(locationId, family.familyId()))
			.open();
	}

	/**
	 * A host action, then the shared board computed again at once, so this board shows
	 * the result with its answer (and every other board of the place with it).
	 */
	private void act(Runnable action) {
		action.run();
		if (subscription != null) {
			subscription.refreshNow();
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("app.name") + " · " + getTranslation("host.title");
	}

}
