package org.onthaal.host.ui;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import org.onthaal.host.PresentFamily;
import org.onthaal.host.SuggestionCard;

/**
 * "Which two do not fit?" for a trio: a veto is about two families, so the host names the
 * pair and the other two pairs keep their chance another day.
 */
class TrioVetoDialog extends Dialog {

	/**
	 * The pairs in the order the card's introduction ids are stored: (1,2), (1,3), (2,3).
	 */
	private static final int[][] PAIRS = { { 0, 1 }, { 0, 2 }, { 1, 2 } };

	TrioVetoDialog(SuggestionCard trio, Consumer<Long> vetoed) {
		setId("trio-veto");
		setHeaderTitle(getTranslation("host.veto.which"));
		List<PresentFamily> families = trio.families();
		Div pairs = new Div();
		pairs.addClassName("trio-veto-pairs");
		for (int i = 0; i < PAIRS.length; i++) {
			long introductionId = trio.introductionIds().get(i);
			String names = families.get(PAIRS[i][0]).nickname() + " ↔ " + families.get(PAIRS[i][1]).nickname();
			Button pair = new Button(names, event -> {
				close();
				vetoed.accept(introductionId);
			});
			pair.setId("trio-veto-" + introductionId);
			pair.addClassName("trio-veto-pair");
			pairs.add(pair);
		}
		add(pairs);
		Button cancel = new Button(getTranslation("host.veto.cancel"), event -> close());
		cancel.setId("trio-veto-cancel");
		cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		getFooter().add(cancel);
	}

}
