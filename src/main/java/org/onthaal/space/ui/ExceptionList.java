package org.onthaal.space.ui;

import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.shared.Registration;
import org.onthaal.space.OpeningException;

/**
 * Closures and extra openings by date: the coming ones in view, past ones folded away.
 * Asks for a removal with {@link RemoveRequested}; the screen confirms it.
 */
class ExceptionList extends Div {

	static final class RemoveRequested extends ComponentEvent<ExceptionList> {

		private final OpeningException exception;

		RemoveRequested(ExceptionList source, OpeningException exception) {
			super(source, false);
			this.exception = exception;
		}

		OpeningException exception() {
			return exception;
		}

	}

	ExceptionList() {
		addClassName("hours-exceptions");
		setId("hours-exceptions");
	}

	Registration addRemoveRequestedListener(ComponentEventListener<RemoveRequested> listener) {
		return addListener(RemoveRequested.class, listener);
	}

	void show(List<OpeningException> exceptions, LocalDate today) {
		removeAll();
		List<OpeningException> coming = exceptions.stream().filter(e -> !e.to().isBefore(today)).toList();
		List<OpeningException> past = exceptions.stream().filter(e -> e.to().isBefore(today)).toList();
		if (coming.isEmpty()) {
			Paragraph empty = new Paragraph(getTranslation("space.hours.exceptions.empty"));
			empty.setId("hours-exceptions-empty");
			empty.addClassName("hours-empty");
			add(empty);
		}
		coming.forEach(exception -> add(row(exception)));
		if (!past.isEmpty()) {
			Details earlier = new Details(getTranslation("space.hours.exceptions.earlier", past.size()));
			earlier.setId("hours-exceptions-earlier");
			past.forEach(exception -> earlier.add(row(exception)));
			add(earlier);
		}
	}

	private Div row(OpeningException exception) {
		Div row = new Div();
		row.addClassName("hours-exception");
		row.addClassName(exception.closed() ? "hours-exception-closed" : "hours-exception-open");
		row.setId("hours-exception-" + exception.id());
		Span dates = new Span(HoursText.dates(exception.from(), exception.to(), getLocale()));
		dates.addClassName("hours-exception-dates");
		Span kind = new Span(exception.closed() ? getTranslation("space.hours.exceptions.kind.CLOSED")
				: getTranslation("space.hours.exceptions.openHours", hours(exception)));
		kind.getElement().getThemeList().add(exception.closed() ? "badge error" : "badge success");
		kind.addClassName("hours-exception-kind");
		Span reason = new Span(exception.reason() == null ? "" : exception.reason());
		reason.addClassName("hours-exception-reason");
		Button remove = new Button(getTranslation("space.hours.exceptions.remove"), VaadinIcon.TRASH.create(),
				event -> fireEvent(new RemoveRequested(this, exception)));
		remove.setId("hours-exception-" + exception.id() + "-remove");
		remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
		row.add(dates, kind, reason, remove);
		return row;
	}

	private static String hours(OpeningException exception) {
		return exception.opens() == null || exception.closes() == null ? ""
				: HoursText.range(exception.opens(), exception.closes());
	}

}
