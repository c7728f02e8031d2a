package org.onthaal.checkin.ui;

import java.util.ArrayList;
import java.util.List;
import org.onthaal.base.ui.Speech;
import org.onthaal.base.ui.Utterance;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import org.jspecify.annotations.Nullable;

/**
 * One question of the new-family steps: its prompt (with the speaker), the answer, and
 * right below the answer the message about it when it cannot be taken as it is.
 */
abstract class NewFamilyStep extends Div implements LocaleChangeObserver {

	private final String name;

	private final String questionKey;

	private final Prompt prompt;

	private final Paragraph error = new Paragraph();

	/**
	 * {@code name} names the step's ids ({@code kiosk-step-<name>},
	 * {@code kiosk-<name>-error}); {@code questionKey} is the question it asks.
	 */
	NewFamilyStep(String name, String questionKey) {
		this.name = name;
		this.questionKey = questionKey;
		setId("kiosk-step-" + name);
		addClassNames("kiosk-step", "kiosk-step-" + name);
		prompt = new Prompt("kiosk-step-" + name + "-title");
		error.setId("kiosk-" + name + "-error");
		error.addClassName("kiosk-error");
		error.getElement().setAttribute("role", "alert");
		error.setVisible(false);
		add(prompt);
	}

	String name() {
		return name;
	}

	/** The step's answer, with its message right below it. */
	protected void answer(Component... parts) {
		Div body = new Div(parts);
		body.addClassName("kiosk-step-body");
		add(body, error);
	}

	/**
	 * What stops the family going on from here, in the screen language; null: nothing.
	 */
	@Nullable String problem() {
		return null;
	}

	void showError(String message) {
		error.setText(message);
		error.setVisible(true);
		List<Utterance> spoken = new ArrayList<>();
		spoken.add(Speech.words(this, message));
		spoken.addAll(spoken());
		prompt.alsoSay(spoken);
	}

	/** The answer was changed: the message about the old one goes. */
	void clearError() {
		error.setVisible(false);
		prompt.alsoSay(spoken());
	}

	boolean hasError() {
		return error.isVisible();
	}

	/**
	 * What the speaker reads after the question (and the error shown): the answers to
	 * choose from where the step has them.
	 */
	protected List<Utterance> spoken() {
		return List.of();
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		prompt.show(getTranslation(questionKey), questionKey);
		clearError();
	}

}
