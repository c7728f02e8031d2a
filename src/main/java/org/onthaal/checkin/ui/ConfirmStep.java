package org.onthaal.checkin.ui;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;

/**
 * The family's answers once more before anything is stored, each a tap away from its
 * step, and what the place keeps and for how long.
 */
class ConfirmStep extends NewFamilyStep {

	/** One answer as shown: the step it came from, its question and the answer. */
	record Line(String step, String questionKey, String answer) {
	}

	private final Div summary = new Div();

	private final Paragraph privacy = new Paragraph();

	private final int keptMonths;

	private final Consumer<String> change;

	/** {@code change}: go back to the step of this name. */
	ConfirmStep(int keptMonths, Consumer<String> change) {
		super("confirm", "kiosk.step.confirmTitle");
		this.keptMonths = keptMonths;
		this.change = change;
		summary.setId("kiosk-summary");
		summary.addClassName("kiosk-summary");
		privacy.setId("kiosk-privacy");
		privacy.addClassName("privacy-note");
		answer(summary, privacy);
	}

	void show(List<Line> lines) {
		summary.removeAll();
		for (Line line : lines) {
			Span question = new Span(getTranslation(line.questionKey()));
			question.addClassName("summary-question");
			Span answer = new Span(line.answer().isBlank() ? "–" : line.answer());
			answer.addClassName("summary-answer");
			Button row = new Button();
			row.getElement().appendChild(question.getElement(), answer.getElement());
			row.setId("kiosk-summary-" + line.step());
			row.addClassName("summary-line");
			row.addClickListener(event -> change.accept(line.step()));
			summary.add(row);
		}
	}

	@Override
	protected String spoken() {
		return String.join(". ", super.spoken(), privacy.getText());
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		super.localeChange(event);
		privacy.setText(getTranslation("kiosk.privacy", keptMonths));
	}

}
