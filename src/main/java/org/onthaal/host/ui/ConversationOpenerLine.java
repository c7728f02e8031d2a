package org.onthaal.host.ui;

import java.util.function.UnaryOperator;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.onthaal.host.ConversationOpener;
import org.onthaal.host.SuggestionCard;

/**
 * One line on a suggestion card: how the host could open the conversation, in the host's
 * language. Hidden when there is nothing to say.
 */
@StyleSheet("styles/host-conversation.css")
class ConversationOpenerLine extends Div {

	ConversationOpenerLine(SuggestionCard card, UnaryOperator<String> interestLabel) {
		addClassName("conversation-opener");
		setId("suggestion-" + card.introductionIds().getFirst() + "-opener");
		String text = new ConversationOpener(this::getTranslation, getLocale(), interestLabel).text(card);
		Icon icon = VaadinIcon.COMMENTS_O.create();
		icon.getElement().setAttribute("aria-hidden", "true");
		Span words = new Span(text);
		words.addClassName("conversation-opener-text");
		add(icon, words);
		setVisible(!text.isEmpty());
		// two lines keep four cards on a tablet's first screen; a tap shows it all
		getElement().setAttribute("role", "button");
		getElement().setAttribute("tabindex", "0");
		getElement().setAttribute("aria-expanded", "false");
		getElement().setAttribute("title", text);
		addClickListener(event -> toggle());
		getElement().addEventListener("keydown", event -> toggle())
			.setFilter("event.key === 'Enter' || event.key === ' '");
	}

	private void toggle() {
		boolean expanded = !hasClassName("expanded");
		setClassName("expanded", expanded);
		getElement().setAttribute("aria-expanded", Boolean.toString(expanded));
	}

	String text() {
		return getChildren().filter(Span.class::isInstance)
			.map(child -> ((Span) child).getText())
			.findFirst()
			.orElse("");
	}

}
