package org.onthaal.checkin.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** Where the family is: one dot per step, the ones done filled, and "step 2 of 6". */
class StepProgress extends Div {

	private final Div dots = new Div();

	private final Span text = new Span();

	private final int steps;

	StepProgress(int steps) {
		this.steps = steps;
		setId("kiosk-step-progress");
		addClassName("step-progress");
		dots.addClassName("step-dots");
		dots.getElement().setAttribute("aria-hidden", "true");
		for (int i = 0; i < steps; i++) {
			Span dot = new Span();
			dot.addClassName("step-dot");
			dots.add(dot);
		}
		text.setId("kiosk-step-progress-text");
		text.addClassName("step-progress-text");
		add(dots, text);
	}

	/** {@code current} counts from 0. */
	void show(int current) {
		for (int i = 0; i < steps; i++) {
			dots.getComponentAt(i).getElement().getClassList().set("done", i <= current);
		}
		text.setText(getTranslation("kiosk.step.progress", current + 1, steps));
	}

}
