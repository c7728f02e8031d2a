package org.onthaal.host.ui;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.function.UnaryOperator;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.onthaal.base.i18n.Translations;
import org.onthaal.host.PresentFamily;

/**
 * One family present as one compact row (name, badges, languages, minutes here) that
 * opens in place on a tap to show interests, children and the family's card. Other parts
 * of the board put what belongs to one family into {@link #details()} (a greeting) or
 * {@link #actions()} (a button such as checking out).
 */
class FamilyCard extends Details {

	private final Div details = new Div();

	private final Div actions = new Div();

	private final Span since = new Span();

	private final OffsetDateTime checkedInAt;

	private long minutesShown = -1;

	FamilyCard(PresentFamily family, OffsetDateTime now, boolean metSomeone, UnaryOperator<String> interestLabel,
			Runnable showCard, Runnable checkOut) {
		addClassName("family-card");
		setId("family-" + family.familyId());
		getElement().setAttribute("data-visit", Long.toString(family.visitId()));

		Div row = new Div();
		row.addClassName("family-row");
		Span nickname = new Span(family.nickname());
		nickname.addClassName("family-nickname");
		Div badges = new Div();
		badges.addClassName("family-badges");
		if (family.newcomer()) {
			badges.add(badge(getTranslation("host.newcomer"), "newcomer"));
		}
		if (family.openToMeet() && !metSomeone) {
			// who is still waiting to meet someone, at a glance across the room
			badges.add(badge(getTranslation("host.notMetYet"), "not-met"));
			addClassName("not-met-yet");
		}
		Div languages = new Div();
		languages.addClassNames("tag-row", "family-languages");
		family.languages().forEach(code -> {
			Span tag = badge(code.toUpperCase(), "language");
			tag.getElement().setAttribute("title", Translations.nativeName(code));
			languages.add(tag);
		});
		checkedInAt = family.checkedInAt();
		showMinutes(now);
		since.addClassName("family-since");
		row.add(nickname, badges, languages, since);
		setSummary(row);

		Div interests = new Div();
		interests.addClassName("tag-row");
		family.interestCodes().forEach(code -> interests.add(badge(interestLabel.apply(code), "interest")));
		family.childAgeBands().forEach(band -> interests.add(badge(band, "child")));

		Span meet = badge(getTranslation(family.openToMeet() ? "host.openToMeet" : "host.justPlaying"),
				family.openToMeet() ? "open" : "playing");
		Icon meetIcon = (family.openToMeet() ? VaadinIcon.HANDSHAKE : VaadinIcon.PUZZLE_PIECE).create();
		meetIcon.getElement().setAttribute("aria-hidden", "true");
		meet.addComponentAsFirst(meetIcon);

		Button card = new Button(getTranslation("host.card.open"), VaadinIcon.QRCODE.create(), event -> showCard.run());
		card.setId("card-" + family.familyId());
		card.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		card.addClassName("family-card-print");
		actions.addClassName("family-actions");
		actions.add(card, new CheckOutButton(family, checkOut));
		details.addClassName("family-details");
		details.add(meet, interests, new GreetingView(family), actions);
		add(details);
	}

	/** How long the family has been here, in minutes; only a new minute is sent. */
	void showMinutes(OffsetDateTime now) {
		long minutes = Math.max(0, Duration.between(checkedInAt, now).toMinutes());
		if (minutes != minutesShown) {
			minutesShown = minutes;
			since.setText(getTranslation("host.minutes", minutes));
		}
	}

	/** What the open row shows; room for more about this family (a greeting). */
	Div details() {
		return details;
	}

	/** The open row's buttons (the card; room for checking out). */
	Div actions() {
		return actions;
	}

	private static Span badge(String text, String kind) {
		Span badge = new Span(text);
		badge.addClassNames("tag", "tag-" + kind);
		return badge;
	}

}
