package org.onthaal.host.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.onthaal.base.i18n.LanguageNames;
import org.onthaal.host.PresentFamily;
import org.onthaal.host.SuggestionCard;
import org.onthaal.matching.Reason;

/**
 * A card's reasons as at most {@link #MAX_CHIPS} chips, in the engine's order of value.
 * The language reasons make one chip: "both speak", "all three speak", or in a trio
 * without one language for all exactly who speaks what with whom.
 */
class ReasonChips extends Div {

	static final int MAX_CHIPS = 3;

	private final SuggestionCard card;

	private final UnaryOperator<String> interestLabel;

	private final Map<Long, String> nicknames;

	ReasonChips(SuggestionCard card, UnaryOperator<String> interestLabel) {
		this.card = card;
		this.interestLabel = interestLabel;
		this.nicknames = card.families()
			.stream()
			.collect(Collectors.toMap(PresentFamily::familyId, PresentFamily::nickname, (a, b) -> a));
		addClassName("tag-row");
		List<Reason> languages = card.reasons()
			.stream()
			.filter(reason -> reason.kind() == Reason.Kind.SHARED_LANGUAGE)
			.toList();
		List<Span> chips = new ArrayList<>();
		if (!languages.isEmpty()) {
			chips.add(chip(Reason.Kind.SHARED_LANGUAGE, languageText(languages)));
		}
		card.reasons()
			.stream()
			.filter(reason -> reason.kind() != Reason.Kind.SHARED_LANGUAGE)
			.forEach(reason -> chips.add(chip(reason.kind(), text(reason))));
		chips.stream().limit(MAX_CHIPS).forEach(this::add);
	}

	private Span chip(Reason.Kind kind, String text) {
		Span chip = new Span(text);
		chip.addClassNames("tag", "tag-reason", "tag-" + kind.name().toLowerCase(Locale.ROOT));
		return chip;
	}

	private String languageText(List<Reason> languages) {
		Reason first = languages.getFirst();
		if (first.families().isEmpty()) {
			return getTranslation(card.families().size() == 3 ? "host.reason.SHARED_LANGUAGE_ALL_THREE"
					: "host.reason.SHARED_LANGUAGE", languageName(first.value()));
		}
		return languages.stream()
			.map(reason -> getTranslation("host.reason.PAIR_LANGUAGE",
					getTranslation("host.reason.twoNames", nickname(reason.families().get(0)),
							nickname(reason.families().get(1))),
					languageName(reason.value())))
			.collect(Collectors.joining(", "));
	}

	private String text(Reason reason) {
		String value = switch (reason.kind()) {
			case SHARED_LANGUAGE, BRIDGE -> languageName(reason.value());
			case SHARED_INTEREST -> interestLabel.apply(reason.value());
			case NEWCOMER -> reason.families().stream().map(this::nickname).collect(Collectors.joining(", "));
			case CHILDREN_SAME_AGE, CHILDREN_CLOSE_AGE, WAITING -> reason.value();
		};
		return getTranslation("host.reason." + reason.kind().name(), value);
	}

	private String nickname(long familyId) {
		return nicknames.getOrDefault(familyId, "");
	}

	private String languageName(String code) {
		String name = LanguageNames.forReader(code, getLocale());
		return name.isBlank() || name.equals(code) ? code.toUpperCase(Locale.ROOT) : name;
	}

}
