package org.onthaal.space.ui;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.shared.Registration;
import org.jspecify.annotations.Nullable;
import org.onthaal.space.OpeningHoursRules;

/**
 * A new closure or extra opening: dates, kind, hours for an extra opening, and a reason.
 * Reports a checked {@link Added} value; the screen stores it.
 */
class ExceptionForm extends Div {

	static final String CLOSED = "CLOSED";

	static final String OPEN = "OPEN";

	/** What the manager entered, already checked against the rules. */
	record Value(LocalDate from, LocalDate to, boolean closed, @Nullable LocalTime opens, @Nullable LocalTime closes,
			@Nullable String reason) {
	}

	static final class Added extends ComponentEvent<ExceptionForm> {

		private final Value value;

		Added(ExceptionForm source, Value value) {
			super(source, false);
			this.value = value;
		}

		Value value() {
			return value;
		}

	}

	private final DatePicker from = new DatePicker();

	private final DatePicker to = new DatePicker();

	private final RadioButtonGroup<String> kind = new RadioButtonGroup<>();

	private final TimePicker opens = new TimePicker();

	private final TimePicker closes = new TimePicker();

	private final TextField reason = new TextField();

	ExceptionForm() {
		addClassName("hours-exception-form");
		date(from, "hours-exception-from", "space.hours.exceptions.from");
		date(to, "hours-exception-to", "space.hours.exceptions.to");
		to.setHelperText(getTranslation("space.hours.exceptions.toHelp"));
		from.addValueChangeListener(event -> to.setMin(event.getValue()));

		kind.setId("hours-exception-kind");
		kind.setLabel(getTranslation("space.hours.exceptions.kind"));
		kind.setItems(CLOSED, OPEN);
		kind.setItemLabelGenerator(item -> getTranslation("space.hours.exceptions.kind." + item));
		kind.setValue(CLOSED);
		kind.addValueChangeListener(event -> showHours());

		time(opens, "hours-exception-opens", "space.hours.week.opens");
		time(closes, "hours-exception-closes", "space.hours.week.closes");

		reason.setId("hours-exception-reason");
		reason.setLabel(getTranslation("space.hours.exceptions.reason"));
		reason.setPlaceholder(getTranslation("space.hours.exceptions.reasonExample"));
		reason.setMaxLength(OpeningHoursRules.MAX_REASON);
		reason.setManualValidation(true);
		reason.setClearButtonVisible(true);

		Button add = new Button(getTranslation("space.hours.exceptions.add"), VaadinIcon.PLUS.create(),
				event -> submit());
		add.setId("hours-exception-add");
		add.addThemeVariants(ButtonVariant.PRIMARY);

		Div dates = new Div(from, to);
		dates.addClassName("hours-form-row");
		Div times = new Div(opens, closes);
		times.addClassName("hours-form-row");
		add(dates, kind, times, reason, add);
		showHours();
	}

	Registration addAddedListener(ComponentEventListener<Added> listener) {
		return addListener(Added.class, listener);
	}

	/** Empties the form for the next one. */
	void clear() {
		from.clear();
		to.clear();
		kind.setValue(CLOSED);
		opens.clear();
		closes.clear();
		reason.clear();
		clearErrors();
	}

	/** Shows a refusal the service reported (the rules may have changed under us). */
	void showProblem(OpeningHoursRules.Problem problem) {
		switch (problem) {
			case END_BEFORE_START -> error(to, problem);
			case OPEN_NEEDS_HOURS -> error(opens, problem);
			case CLOSES_BEFORE_OPENS, OVERLAP -> error(closes, problem);
			case REASON_TOO_LONG, REASON_HIDDEN_CHARACTERS -> {
				reason.setErrorMessage(getTranslation(problem.key(), OpeningHoursRules.MAX_REASON));
				reason.setInvalid(true);
			}
		}
	}

	private void submit() {
		clearErrors();
		Optional<Value> value = check();
		value.ifPresent(v -> fireEvent(new Added(this, v)));
	}

	private Optional<Value> check() {
		LocalDate start = from.getValue();
		if (start == null) {
			from.setErrorMessage(getTranslation("office.required"));
			from.setInvalid(true);
			return Optional.empty();
		}
		LocalDate end = to.getValue() == null ? start : to.getValue();
		boolean closed = CLOSED.equals(kind.getValue());
		String why = OpeningHoursRules.reason(reason.getValue());
		LocalTime open = closed ? null : opens.getValue();
		LocalTime close = closed ? null : closes.getValue();
		if (!closed && open != null && close == null) {
			error(closes, OpeningHoursRules.Problem.OPEN_NEEDS_HOURS);
			return Optional.empty();
		}
		var problem = OpeningHoursRules.exceptionProblem(start, end, closed, open, close, why);
		if (problem.isPresent()) {
			showProblem(problem.get());
			return Optional.empty();
		}
		return Optional.of(new Value(start, end, closed, open, close, why));
	}

	private void showHours() {
		boolean open = OPEN.equals(kind.getValue());
		opens.setVisible(open);
		closes.setVisible(open);
	}

	private void error(DatePicker picker, OpeningHoursRules.Problem problem) {
		picker.setErrorMessage(getTranslation(problem.key()));
		picker.setInvalid(true);
	}

	private void error(TimePicker picker, OpeningHoursRules.Problem problem) {
		picker.setErrorMessage(getTranslation(problem.key()));
		picker.setInvalid(true);
	}

	private void clearErrors() {
		from.setInvalid(false);
		to.setInvalid(false);
		opens.setInvalid(false);
		closes.setInvalid(false);
		reason.setInvalid(false);
	}

	private void date(DatePicker picker, String id, String label) {
		picker.setId(id);
		picker.setLabel(getTranslation(label));
		picker.setLocale(getLocale());
		picker.setManualValidation(true);
		picker.addValueChangeListener(event -> picker.setInvalid(false));
	}

	private void time(TimePicker picker, String id, String label) {
		picker.setId(id);
		picker.setLabel(getTranslation(label));
		picker.setStep(Duration.ofMinutes(15));
		picker.setLocale(getLocale());
		picker.setManualValidation(true);
		picker.addValueChangeListener(event -> picker.setInvalid(false));
	}

}
