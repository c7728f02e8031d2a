package org.onthaal.host.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.onthaal.host.OutcomePrompt;

/** The light "did they talk?" a while after an introduction: one tap, or ignore it. */
class OutcomePromptView extends Div {

	OutcomePromptView(OutcomePrompt prompt, Consumer<Boolean> answered) {
		addClassName("outcome-prompt");
		String id = "outcome-" + prompt.introductionId();
		setId(id);
		Span question = new Span(
				getTranslation("host.outcome.question", prompt.firstNickname(), prompt.secondNickname()));
		Button talked = new Button(getTranslation("host.outcome.talked"), event -> answered.accept(true));
		talked.setId(id + "-talked");
		talked.addThemeVariants(ButtonVariant.LUMO_SMALL);
		Button notReally = new Button(getTranslation("host.outcome.didNotTalk"), event -> answered.accept(false));
		notReally.setId(id + "-not");
		notReally.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
		add(question, talked, notReally);
	}

}
