package org.onthaal.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * A count with big minus and plus buttons: no typing, no keyboard popping up over the
 * screen.
 */
public class Stepper extends Div {

	private final Span label = new Span();

	private final Span value = new Span();

	private final Button less = new Button(VaadinIcon.MINUS.create());

	private final Button more = new Button(VaadinIcon.PLUS.create());

	private final int min;

	private final int max;

	private int count;

	public Stepper(String id, int min, int max, int initial) {
		this.min = min;
		this.max = max;
		addClassName("stepper");
		setId(id);
		label.addClassName("stepper-label");
		value.addClassName("stepper-value");
		value.setId(id + "-value");
		value.getElement().setAttribute("aria-live", "polite");
		less.setId(id + "-less");
		more.setId(id + "-more");
		less.addClassName("stepper-button");
		more.addClassName("stepper-button");
		less.addClickListener(event -> setCount(count - 1));
		more.addClickListener(event -> setCount(count + 1));
		add(label, less, value, more);
		setCount(initial);
	}

	public int getCount() {
		return count;
	}

	public void setCount(int newCount) {
		count = Math.clamp(newCount, min, max);
		value.setText(Integer.toString(count));
		less.setEnabled(count > min);
		more.setEnabled(count < max);
	}

	/**
	 * Visible label and the accessible names of the two buttons, in the screen language.
	 */
	public void setTexts(String text, String lessLabel, String moreLabel) {
		label.setText(text);
		less.getElement().setAttribute("aria-label", lessLabel + ": " + text);
		more.getElement().setAttribute("aria-label", moreLabel + ": " + text);
	}

}
