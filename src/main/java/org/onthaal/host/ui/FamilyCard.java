package org.onthaal.host.ui;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.function.UnaryOperator;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.onthaal.base.i18n.Translations;
import org.onthaal.host.PresentFamily;

/**
 * One family present, readable at a glance: name, languages, children, interests, time
 * here.
 */
class FamilyCard extends Div {

	FamilyCard(PresentFamily family, OffsetDateTime now, boolean metSomeone, UnaryOperator<String> interestLabel,
			Runnable showCard, Runnable checkOut) {
		addClassName("family-card");
		setId("family-" + family.familyId());
		getElement().setAttribute("data-visit", Long.toString(family.visitId()));

		Div header = new Div();
		header.addClassName("family-card-header");
		Span nickname = new Span(family.nickname());
		nickname.addClassName("family-nickname");
		header.add(nickname);
		if (family.newcomer()) {
			header.add(badge(getTranslation("host.newcomer"), "newcomer"));
		}
		if (family.openToMeet() && !metSomeone) {
			// who is still waiting to meet someone, at a glance across the room
			header.add(badge(getTranslation("host.notMetYet"), "not-met"));
			addClassName("not-met-yet");
		}
		long minutes = Math.max(0, Duration.between(family.checkedInAt(), now).toMinutes());
		Span since = new Span(getTranslation("host.minutes", minutes));
		since.addClassName("family-since");
		header.add(since);

		Div languages = new Div();
		languages.addClassName("tag-row");
		family.languages().forEach(code -> {
			Span tag = badge(code.toUpperCase(), "language");
			tag.getElement().setAttribute("title", Translations.nativeName(code));
			languages.add(tag);
		});
		family.childAgeBands().forEach(band -> languages.add(badge(band, "child")));

		Div interests = new Div();
		interests.addClassName("tag-row");
		family.interestCodes().forEach(code -> interests.add(badge(interestLabel.apply(code), "interest")));

		Span meet = badge(getTranslation(family.openToMeet() ? "host.openToMeet" : "host.justPlaying"),
				family.openToMeet() ? "open" : "playing");
		Icon meetIcon = (family.openToMeet() ? VaadinIcon.HANDSHAKE : VaadinIcon.PUZZLE_PIECE).create();
		meetIcon.getElement().setAttribute("aria-hidden", "true");
		meet.addComponentAsFirst(meetIcon);

		Button card = new Button(getTranslation("host.card.open"), VaadinIcon.QRCODE.create(), event -> showCard.run());
		card.setId("card-" + family.familyId());
		card.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
		card.addClassName("family-card-print");
		add(header, languages, interests, meet, card, new CheckOutButton(family, checkOut));
		add(new GreetingView(family));
	}

	private static Span badge(String text, String kind) {
		Span badge = new Span(text);
		badge.addClassNames("tag", "tag-" + kind);
		return badge;
	}

}
