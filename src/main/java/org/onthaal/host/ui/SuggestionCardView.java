package org.onthaal.host.ui;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import org.jspecify.annotations.Nullable;
import org.onthaal.host.Decision;
import org.onthaal.host.PresentFamily;
import org.onthaal.host.SuggestionCard;
import org.onthaal.matching.Reason;

/**
 * "A ↔ B", the reasons worth reading, and one row of controls: the one thing a host does
 * most ("I introduced them") as the big button, the other decisions in a small menu. "Not
 * a match" on a trio asks which pair does not fit.
 */
@StyleSheet("styles/suggestion-card.css")
class SuggestionCardView extends Div {

	/**
	 * What the host chose; {@code vetoedIntroductionId} is the one pair of a trio that
	 * does not fit.
	 */
	record Choice(Decision decision, @Nullable Long vetoedIntroductionId) {

		static Choice of(Decision decision) {
			return new Choice(decision, null);
		}

	}

	/**
	 * What a card shows and acts on: the same pairs, families and reasons make the same
	 * card (the score, which moves with time, is not shown).
	 */
	record Key(List<Long> introductionIds, List<PresentFamily> families, List<Reason> reasons) {

		static Key of(SuggestionCard card) {
			return new Key(card.introductionIds(), card.families(), card.reasons());
		}

	}

	private final SuggestionCard card;

	private final Consumer<Choice> chosen;

	private final String id;

	private final Button introduced;

	private final MenuBar more = new MenuBar();

	SuggestionCardView(SuggestionCard card, UnaryOperator<String> interestLabel, Consumer<Choice> chosen) {
		this.card = card;
		this.chosen = chosen;
		addClassName("suggestion-card");
		id = "suggestion-" + card.introductionIds().getFirst();
		setId(id);
		Span names = new Span(names());
		names.addClassName("suggestion-names");

		introduced = new Button(getTranslation("host.action.introduced"),
				event -> choose(Choice.of(Decision.INTRODUCED)));
		introduced.setId(id + "-introduced");
		introduced.addClassName("suggestion-primary");
		introduced.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		introduced.setDisableOnClick(true);

		more.setId(id + "-more");
		more.addClassName("suggestion-more");
		more.addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
		MenuItem root = more.addItem(getTranslation("host.action.more"));
		root.setAriaLabel(getTranslation("host.action.more.label", names.getText()));
		SubMenu menu = root.getSubMenu();
		item(menu, "not-now", "host.action.notNow", Decision.NOT_NOW);
		item(menu, "already-know", "host.action.alreadyKnow", Decision.ALREADY_KNOW);
		item(menu, "not-match", "host.action.notMatch", Decision.NOT_A_MATCH);

		Div actions = new Div(introduced, more);
		actions.addClassName("suggestion-actions");
		add(names, new ReasonChips(card, interestLabel), new ConversationOpenerLine(card, interestLabel), actions);
	}

	private void item(SubMenu menu, String suffix, String key, Decision decision) {
		MenuItem item = menu.addItem(getTranslation(key), event -> {
			if (decision == Decision.NOT_A_MATCH && card.families().size() == 3) {
				new TrioVetoDialog(card, vetoed -> choose(new Choice(decision, vetoed))).open();
			}
			else {
				choose(Choice.of(decision));
			}
		});
		item.setId(id + "-" + suffix);
		item.addClassName("suggestion-menu-item");
	}

	/** The host tapped a decision on this card: it is not shown again as it is. */
	boolean decided() {
		return !introduced.isEnabled();
	}

	private void choose(Choice choice) {
		// one decision per card: a second tap while the board refreshes does nothing
		introduced.setEnabled(false);
		more.setEnabled(false);
		chosen.accept(choice);
	}

	private String names() {
		return card.families().stream().map(PresentFamily::nickname).collect(Collectors.joining(" ↔ "));
	}

}
