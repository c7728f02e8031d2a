package org.onthaal.checkin.ui;

import java.util.HashSet;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import org.jspecify.annotations.Nullable;
import org.onthaal.base.ui.Stepper;
import org.onthaal.checkin.form.InterestPicker;
import org.onthaal.checkin.form.MeetChoice;
import org.onthaal.family.InterestOption;
import org.onthaal.family.ReturningFamily;

/**
 * A known family checks in: who came today and "open to meet?" start from last time, so
 * when nothing changed one tap on confirm is enough. Today's interests are optional,
 * folded away.
 */
class ReturningScreen extends Div implements LocaleChangeObserver {

	/** What the family confirmed; {@code interestCodes} is null when unchanged. */
	record Answers(int adults, int children, boolean openToMeet, @Nullable List<String> interestCodes) {
	}

	private final ReturningFamily family;

	private final Prompt prompt = new Prompt("kiosk-returning-title");

	private final Stepper adults;

	private final Stepper children;

	private final MeetChoice meet = new MeetChoice();

	private final InterestPicker interests;

	private final Details interestDetails;

	private final Paragraph error = new Paragraph();

	private final Button confirm = new Button(VaadinIcon.CHECK.create());

	private Consumer<Answers> confirmed = answers -> {
	};

	ReturningScreen(ReturningFamily family, List<InterestOption> interestOptions, String defaultLanguage) {
		this.family = family;
		addClassName("returning-screen");
		adults = new Stepper("kiosk-adults", 1, 20, family.lastAdults());
		children = new Stepper("kiosk-children", 0, 30, family.lastChildren());
		meet.preselect(family.lastOpenToMeet());
		interests = new InterestPicker(interestOptions, defaultLanguage);
		interests.preselect(family.interestCodes());
		interestDetails = new Details("", interests);
		interestDetails.setId("kiosk-returning-interests");
		Div counts = new Div(adults, children);
		counts.addClassName("kiosk-section");
		error.setId("kiosk-returning-error");
		error.addClassName("kiosk-error");
		error.getElement().setAttribute("role", "alert");
		error.setVisible(false);
		confirm.setId("kiosk-returning-confirm");
		confirm.addClassName("confirm-button");
		confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		confirm.setDisableOnClick(true);
		confirm.addClickListener(event -> confirmed.accept(answers()));
		add(prompt, counts, meet, interestDetails, error, confirm);
	}

	void onConfirm(Consumer<Answers> listener) {
		confirmed = listener;
	}

	private Answers answers() {
		List<String> chosen = interests.chosenInterests();
		boolean unchanged = new HashSet<>(chosen).equals(new HashSet<>(family.interestCodes()));
		return new Answers(adults.getCount(), children.getCount(), meet.openToMeet().orElse(false),
				unchanged ? null : chosen);
	}

	void showError(String message) {
		error.setText(message);
		error.setVisible(true);
		confirm.setEnabled(true);
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		prompt.show(getTranslation("kiosk.returning.title", family.nickname()));
		adults.setTexts(getTranslation("kiosk.returning.adults"), getTranslation("kiosk.less"),
				getTranslation("kiosk.more"));
		children.setTexts(getTranslation("kiosk.returning.children"), getTranslation("kiosk.less"),
				getTranslation("kiosk.more"));
		interestDetails.setSummaryText(getTranslation("kiosk.returning.interests"));
		confirm.setText(getTranslation("kiosk.confirm"));
	}

}
