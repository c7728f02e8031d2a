package org.onthaal.host.ui;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
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
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
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
import org.onthaal.host.HostCheckOutService;
import org.onthaal.host.PresentFamily;
import org.onthaal.host.SharedBoards;
import org.onthaal.host.SharedBoards.Subscription;
import org.onthaal.host.SuggestionCard;
import org.onthaal.live.LiveUpdates;
import org.onthaal.space.LocationService;
import org.onthaal.space.LocationSummary;
import org.onthaal.space.OccupancyService;
import org.onthaal.space.Zone;
import org.onthaal.staff.Role;
import org.onthaal.staff.StaffAccount;
import org.onthaal.staff.StaffDirectory;

/**
 * The host board: who is here now. Made for a tablet or a phone held between two cups of
 * coffee: the top of the screen, without scrolling, shows who needs the host and the best
 * few suggestions; below, everyone present, one compact row each, newest arrival first.
 * It renders the place's shared board, which every open board of the place gets the
 * moment a family checks in anywhere in this location, and again once a minute so
 * "minutes since arrival" stays true.
 */
@Route("host")
@RolesAllowed({ Role.HOST_NAME, Role.MANAGER_NAME })
@StyleSheet("styles/host-board.css")
public class HostBoardView extends Main implements HasDynamicTitle {

	private static final int MINUTE_MILLIS = 60_000;

	/** What fits at the top of a tablet and of a phone; the rest fold away below them. */
	private static final int TOP_SUGGESTIONS = 4;

	private final transient HostBoardService board;

	private final transient SharedBoards boards;

	private final transient LiveUpdates live;

	private final transient Clock clock;

	private final transient CheckInService checkIns;

	private final transient HostCheckOutService checkOuts;

	private final NewcomerAlertToggle newcomerAlert = new NewcomerAlertToggle();

	private final HostBoardHeader header;

	private final Div cards = new Div();

	private final Paragraph empty = new Paragraph();

	private final Div suggestions = new Div();

	private final Details moreSuggestions = new Details();

	private final Div moreSuggestionCards = new Div();

	private final Paragraph noSuggestions = new Paragraph();

	private final Div prompts = new Div();

	private final AttentionStrip attention = new AttentionStrip();

	private final SortControl sort;

	private final Span announcer = new Span();

	private @Nullable CodeEntryLockNotices codeLocks;

	/**
	 * Visits this board has shown, so a newcomer arriving later gets a signal and earlier
	 * ones don't.
	 */
	private final Set<Long> seenVisits = new HashSet<>();

	/** Rows the host opened: they stay open when the board refreshes. */
	private final Set<Long> openVisits = new HashSet<>();

	/**
	 * The rows on screen by visit, with what each was made of. A refresh makes rows only
	 * for what changed and moves the others into place: a board of thirty families is not
	 * rebuilt and sent again to the tablet for every family that arrives.
	 */
	private final Map<Long, ShownRow> rows = new HashMap<>();

	/** The suggestion cards on screen by their pairs, as {@link #rows} for families. */
	private final Map<SuggestionCardView.Key, SuggestionCardView> suggestionViews = new HashMap<>();

	/**
	 * The interests rows and cards were labelled with; other labels make them all anew.
	 */
	private List<InterestOption> labelledWith = List.of();

	private boolean firstRefresh = true;

	/**
	 * Where this board's suggestion cards are, so a tap on one leaves the others in
	 * place.
	 */
	private final CardOrder cardOrder = new CardOrder();

	private final String username;

	private final @Nullable LocationSummary location;

	private @Nullable Subscription subscription;

	/** What this board shows now, so sorting it again needs no new computation. */
	private @Nullable Board shown;

	private @Nullable Registration pollRegistration;

	public HostBoardView(HostBoardService board, SharedBoards boards, CheckInService checkIns,
			HostCheckOutService checkOuts, LiveUpdates live, Clock clock, LocationService locations,
			StaffDirectory staff, OccupancyService occupancy, AuthenticationContext authentication) {
		this.checkIns = checkIns;
		this.checkOuts = checkOuts;
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
		// built once the board's language is set
		sort = new SortControl(order -> rerender());
		header = new HostBoardHeader(location, this::openAssist, authentication::logout);
		cards.setId("host-families");
		cards.addClassName("family-cards");
		empty.setId("host-empty");
		empty.setText(getTranslation("host.empty"));
		empty.addClassName("host-empty");
		suggestions.setId("host-suggestions");
		suggestions.addClassName("suggestion-cards");
		moreSuggestions.setId("host-more-suggestions");
		moreSuggestions.addClassName("more-suggestions");
		moreSuggestionCards.addClassName("suggestion-cards");
		moreSuggestions.add(moreSuggestionCards);
		noSuggestions.setId("host-no-suggestions");
		noSuggestions.setText(getTranslation("host.suggestions.empty"));
		noSuggestions.addClassName("host-empty");
		prompts.setId("host-outcome-prompts");
		announcer.setId("host-announcer");
		announcer.addClassName("visually-hidden");
		announcer.getElement().setAttribute("aria-live", "polite");

		header.tools().add(newcomerAlert);
		if (location == null) {
			// fail closed: without a place a host sees no family and checks none in
			header.hideAssist();
			newcomerAlert.setVisible(false);
			Paragraph noPlace = new Paragraph(getTranslation("host.noPlace"));
			noPlace.setId("host-no-place");
			noPlace.addClassName("host-empty");
			add(header, noPlace);
			return;
		}
		codeLocks = new CodeEntryLockNotices(checkIns, live, location.id());

		H2 suggestionsTitle = new H2(getTranslation("host.suggestions.title"));
		Section suggestionsSection = new Section(suggestionsTitle, noSuggestions, suggestions, moreSuggestions);
		suggestionsSection.addClassName("host-suggestions");
		// everything a host needs at a glance, sized to fit the screen without scrolling
		Div top = new Div(codeLocks, prompts, attention, suggestionsSection);
		top.setId("host-top");
		top.addClassName("host-top");

		H2 presentTitle = new H2(getTranslation("host.present.title"));
		presentTitle.setId("host-present-title");
		// closing time: with the list it empties, away from the buttons used all morning
		EveryoneOutButton everyoneOut = new EveryoneOutButton(() -> checkOuts.presentCount(placeId()), () -> {
			int checkedOut = checkOuts.checkOutEveryone(placeId());
			refresh();
			return checkedOut;
		});
		Div listHeader = new Div(presentTitle, sort, everyoneOut);
		listHeader.addClassName("host-list-header");
		Section list = new Section(listHeader, empty, cards);
		list.setId("host-present");
		list.addClassName("host-present");

		add(header, announcer, top, list);
		List<Zone> corners = occupancy.corners(location.id());
		if (!corners.isEmpty()) {
			add(new OccupancyStrip(occupancy, location, corners));
		}
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
			show(state);
		}
		else {
			ui.access(() -> show(state));
		}
	}

	/**
	 * The place's board computed again at once (after this host acted), shown here with
	 * the answer and on every other board of the place.
	 */
	void refresh() {
		if (subscription != null) {
			subscription.refreshNow();
		}
	}

	/** The same board in another order: nothing is computed again. */
	private void rerender() {
		if (shown != null) {
			show(shown);
		}
	}

	private void show(Board state) {
		if (location == null) {
			return;
		}
		shown = state;
		long locationId = location.id();
		OffsetDateTime now = OffsetDateTime.now(clock);

		prompts.removeAll();
		state.outcomePrompts()
			.forEach(prompt -> prompts.add(new OutcomePromptView(prompt,
					talked -> act(() -> board.recordOutcome(locationId, prompt.introductionId(), talked)))));

		UnaryOperator<String> interestLabel = interestLabels(location, state.interests());
		if (!state.interests().equals(labelledWith)) {
			labelledWith = state.interests();
			rows.clear();
			suggestionViews.clear();
		}
		showSuggestions(state, locationId, interestLabel);

		Set<Long> justArrived = new HashSet<>();
		List<String> arrived = new ArrayList<>();
		for (PresentFamily family : state.present()) {
			if (seenVisits.add(family.visitId()) && !firstRefresh && family.newcomer()) {
				// a subtle signal: the family glows a few times and screen readers hear
				// it
				justArrived.add(family.visitId());
				arrived.add(family.nickname());
			}
		}
		attention.show(state.present(), state.introducedVisits(), justArrived, now, this::openFamily);

		Set<Long> present = state.present().stream().map(PresentFamily::visitId).collect(Collectors.toSet());
		openVisits.retainAll(present);
		rows.keySet().retainAll(present);
		List<FamilyCard> inOrder = new ArrayList<>();
		for (PresentFamily family : sort.order().sort(state.present(), state.introducedVisits(), getLocale())) {
			boolean metSomeone = state.introducedVisits().contains(family.visitId());
			ShownRow row = rows.get(family.visitId());
			if (row != null && row.shows(family, metSomeone)) {
				row.card().showMinutes(now);
				// glows once, when it comes
				row.card().removeClassName("just-arrived");
			}
			else {
				row = new ShownRow(newRow(locationId, family, metSomeone, now, interestLabel), family, metSomeone);
				rows.put(family.visitId(), row);
				if (justArrived.contains(family.visitId())) {
					row.card().addClassName("just-arrived");
				}
			}
			inOrder.add(row.card());
		}
		InPlace.arrange(cards, inOrder);
		if (!arrived.isEmpty()) {
			announcer.setText(getTranslation("host.newcomerArrived", String.join(", ", arrived)));
			newcomerAlert.newcomersArrived();
		}
		firstRefresh = false;
		header.setCount(getTranslation("host.count", state.present().size()));
		empty.setVisible(state.present().isEmpty());
	}

	private FamilyCard newRow(long locationId, PresentFamily family, boolean metSomeone, OffsetDateTime now,
			UnaryOperator<String> interestLabel) {
		FamilyCard card = new FamilyCard(family, now, metSomeone, interestLabel, () -> showCard(locationId, family),
				() -> act(() -> checkOuts.checkOut(locationId, family.visitId())));
		card.setOpened(openVisits.contains(family.visitId()));
		card.addOpenedChangeListener(event -> {
			if (event.isOpened()) {
				openVisits.add(family.visitId());
			}
			else {
				openVisits.remove(family.visitId());
			}
		});
		return card;
	}

	/** A row on the board and what it was made of. */
	private record ShownRow(FamilyCard card, PresentFamily family, boolean metSomeone) {

		boolean shows(PresentFamily now, boolean metSomeoneNow) {
			return family.equals(now) && metSomeone == metSomeoneNow;
		}

	}

	/** The best few at the top; the others folded away underneath them. */
	private void showSuggestions(Board state, long locationId, UnaryOperator<String> interestLabel) {
		SuggestionActions actions = new SuggestionActions(board, locationId, username, this::refresh);
		List<SuggestionCard> all = cardOrder.arrange(state.suggestions());
		Map<SuggestionCardView.Key, SuggestionCardView> shownNow = new HashMap<>();
		List<SuggestionCardView> top = new ArrayList<>();
		List<SuggestionCardView> below = new ArrayList<>();
		for (int i = 0; i < all.size(); i++) {
			SuggestionCard card = all.get(i);
			SuggestionCardView.Key key = SuggestionCardView.Key.of(card);
			SuggestionCardView view = suggestionViews.get(key);
			if (view == null || view.decided()) {
				view = new SuggestionCardView(card, interestLabel, actions.forCard(card));
			}
			shownNow.put(key, view);
			(i < TOP_SUGGESTIONS ? top : below).add(view);
		}
		suggestionViews.clear();
		suggestionViews.putAll(shownNow);
		InPlace.arrange(suggestions, top);
		InPlace.arrange(moreSuggestionCards, below);
		int more = Math.max(0, all.size() - TOP_SUGGESTIONS);
		moreSuggestions.setSummaryText(getTranslation("host.suggestions.more", more));
		moreSuggestions.setVisible(more > 0);
		noSuggestions.setVisible(all.isEmpty());
	}

	/** A tap on a family in the attention strip: its row opens and comes into view. */
	private void openFamily(PresentFamily family) {
		openVisits.add(family.visitId());
		cards.getChildren()
			.filter(FamilyCard.class::isInstance)
			.map(FamilyCard.class::cast)
			.filter(card -> card.getElement().getAttribute("data-visit").equals(Long.toString(family.visitId())))
			.findFirst()
			.ifPresent(card -> {
				card.setOpened(true);
				card.scrollIntoView();
			});
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

	private long placeId() {
		if (location == null) {
			throw new IllegalStateException("no place");
		}
		return location.id();
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
		refresh();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("app.name") + " · " + getTranslation("host.title");
	}

}
