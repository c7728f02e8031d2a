package org.onthaal.checkin.ui;

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
		prompt = new Prompt("kiosk-step-" + name + "-title", this::spoken);
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
	}

	/** The answer was changed: the message about the old one goes. */
	void clearError() {
		error.setVisible(false);
	}

	boolean hasError() {
		return error.isVisible();
	}

	/**
	 * What the speaker reads: the question, and the answers to choose from where the step
	 * has them.
	 */
	protected String spoken() {
		return getTranslation(questionKey);
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		prompt.show(getTranslation(questionKey));
		clearError();
	}

}
