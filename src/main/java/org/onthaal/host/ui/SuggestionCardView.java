package org.onthaal.host.ui;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.onthaal.host.Decision;
import org.onthaal.host.PresentFamily;
import org.onthaal.host.SuggestionCard;
import org.onthaal.matching.Reason;

/** "A ↔ B" with the reasons that weigh most and the four things a host can do with it. */
class SuggestionCardView extends Div {

	private final UnaryOperator<String> interestLabel;

	SuggestionCardView(SuggestionCard card, UnaryOperator<String> interestLabel, Consumer<Decision> decided) {
		this.interestLabel = interestLabel;
		addClassName("suggestion-card");
		String id = "suggestion-" + card.introductionIds().getFirst();
		setId(id);
		Span names = new Span(card.families().stream().map(PresentFamily::nickname).collect(Collectors.joining(" ↔ ")));
		names.addClassName("suggestion-names");
		Div reasons = new Div();
		reasons.addClassName("tag-row");
		card.reasons().forEach(reason -> {
			Span chip = new Span(text(reason, card));
			chip.addClassNames("tag", "tag-reason", "tag-" + reason.kind().name().toLowerCase(Locale.ROOT));
			reasons.add(chip);
		});
		Div actions = new Div(action(id, "introduced", "host.action.introduced", Decision.INTRODUCED, decided),
				action(id, "not-now", "host.action.notNow", Decision.NOT_NOW, decided),
				action(id, "already-know", "host.action.alreadyKnow", Decision.ALREADY_KNOW, decided),
				action(id, "not-match", "host.action.notMatch", Decision.NOT_A_MATCH, decided));
		actions.addClassName("suggestion-actions");
		add(names, reasons, actions);
		addComponentAtIndex(2, new ConversationOpenerLine(card, interestLabel));
	}

	private Button action(String cardId, String suffix, String key, Decision decision, Consumer<Decision> decided) {
		Button button = new Button(getTranslation(key), event -> decided.accept(decision));
		button.setId(cardId + "-" + suffix);
		button.addClassName("suggestion-action");
		if (decision == Decision.INTRODUCED) {
			button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		}
		button.setDisableOnClick(true);
		return button;
	}

	private String text(Reason reason, SuggestionCard card) {
		String value = switch (reason.kind()) {
			case SHARED_LANGUAGE, BRIDGE -> languageName(reason.value());
			case SHARED_INTEREST -> interestLabel.apply(reason.value());
			case NEWCOMER -> card.families()
				.stream()
				.filter(family -> Long.toString(family.familyId()).equals(reason.value()))
				.map(PresentFamily::nickname)
				.findFirst()
				.orElse("");
			case CHILDREN_SAME_AGE, CHILDREN_CLOSE_AGE, WAITING -> reason.value();
		};
		return getTranslation("host.reason." + reason.kind().name(), value);
	}

	private String languageName(String code) {
		String name = org.onthaal.base.i18n.LanguageNames.forReader(code, getLocale());
		return name.isBlank() || name.equals(code) ? code.toUpperCase(Locale.ROOT) : name;
	}

}
