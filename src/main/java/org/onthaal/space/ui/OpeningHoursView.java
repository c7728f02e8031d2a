package org.onthaal.space.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.onthaal.base.security.StaffRoles;
import org.onthaal.space.HoursPreview;
import org.onthaal.space.LocationService;
import org.onthaal.space.LocationSummary;
import org.onthaal.space.OpeningException;
import org.onthaal.space.OpeningHoursRejected;
import org.onthaal.space.OpeningHoursService;
import org.onthaal.space.OpeningSchedule;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Opening hours of the meeting place being worked on: the weekly slots, closures and
 * extra openings, and the next fourteen days as the kiosk and the closing-time check-out
 * will follow them.
 */
@Route("office/hours")
@RolesAllowed(StaffRoles.MANAGER)
@StyleSheet("styles/office-hours.css")
public class OpeningHoursView extends Main implements HasDynamicTitle {

	private final transient OpeningHoursService hours;

	private final WeekEditor week = new WeekEditor();

	private final Paragraph weekError = new Paragraph();

	private final Paragraph notSetUp = new Paragraph();

	private final ExceptionForm exceptionForm = new ExceptionForm();

	private final ExceptionList exceptionList = new ExceptionList();

	private final PreviewList preview = new PreviewList();

	/** The week as loaded, so a save can tell whether someone else changed it since. */
	private List<OpeningSchedule.Slot> loadedWeek = List.of();

	private long locationId;

	public OpeningHoursView(OpeningHoursService hours, LocationService locations) {
		this.hours = hours;
		addClassNames("office-page", "hours-page");
		add(new H1(getTranslation("space.hours.title")));
		LocationSummary location = SelectedLocation.current(locations).orElse(null);
		if (location == null) {
			Paragraph none = new Paragraph(getTranslation("office.noLocation"));
			none.setId("hours-no-location");
			add(none);
			return;
		}
		locationId = location.id();
		Paragraph intro = new Paragraph(
				getTranslation("space.hours.intro", location.name(), location.timeZone().getId()));
		intro.setId("hours-intro");
		notSetUp.setId("hours-not-set-up");
		notSetUp.addClassName("hours-warning");
		notSetUp.setText(getTranslation("space.hours.notSetUp"));
		add(intro, notSetUp, new Div(weekSection(), exceptionsSection(), previewSection()));
		addClassName("hours-loaded");
		loadWeek();
		refresh();
	}

	private Section weekSection() {
		weekError.setId("hours-week-error");
		weekError.addClassName("hours-error");
		weekError.setVisible(false);
		Button save = new Button(getTranslation("space.hours.week.save"), event -> saveWeek());
		save.setId("hours-save");
		save.addThemeVariants(ButtonVariant.PRIMARY);
		Button undo = new Button(getTranslation("space.hours.week.undo"), event -> loadWeek());
		undo.setId("hours-undo");
		Div buttons = new Div(save, undo);
		buttons.addClassName("hours-buttons");
		return section("hours-week-section", "space.hours.week.title", "space.hours.week.help", week, weekError,
				buttons);
	}

	private Section exceptionsSection() {
		exceptionForm.addAddedListener(event -> addException(event.value()));
		exceptionList.addRemoveRequestedListener(event -> confirmRemoval(event.exception()));
		return section("hours-exceptions-section", "space.hours.exceptions.title", "space.hours.exceptions.help",
				exceptionForm, exceptionList);
	}

	private Section previewSection() {
		return section("hours-preview-section", "space.hours.preview.title", "space.hours.preview.help", preview);
	}

	private Section section(String id, String title, String help, com.vaadin.flow.component.Component... content) {
		Section section = new Section(new H2(getTranslation(title)), new Paragraph(getTranslation(help)));
		section.setId(id);
		section.addClassName("hours-section");
		section.add(content);
		return section;
	}

	private void loadWeek() {
		loadedWeek = hours.weeklySlots(locationId);
		week.setSlots(loadedWeek);
		weekError.setVisible(false);
	}

	private void refresh() {
		List<OpeningException> exceptions = hours.exceptions(locationId);
		HoursPreview next = hours.preview(locationId);
		exceptionList.show(exceptions, next.today());
		preview.show(next);
		notSetUp.setVisible(loadedWeek.isEmpty() && exceptions.stream().allMatch(OpeningException::closed));
	}

	private void saveWeek() {
		if (!week.validate()) {
			showWeekError(getTranslation("space.hours.week.invalid"));
			return;
		}
		try {
			hours.replaceWeek(locationId, loadedWeek, week.slots());
		}
		catch (OpeningHoursRejected ex) {
			// the screen checks the same rules first, so this is only a safety net
			showWeekError(getTranslation("space.hours.week.invalid"));
			return;
		}
		catch (OptimisticLockingFailureException ex) {
			loadWeek();
			refresh();
			showWeekError(getTranslation("office.conflict"));
			return;
		}
		loadWeek();
		refresh();
		notify(getTranslation("space.hours.week.saved"));
	}

	private void showWeekError(String message) {
		weekError.setText(message);
		weekError.setVisible(true);
	}

	private void addException(ExceptionForm.Value value) {
		try {
			hours.addException(locationId, value.from(), value.to(), value.closed(), value.opens(), value.closes(),
					value.reason());
		}
		catch (OpeningHoursRejected ex) {
			exceptionForm.showProblem(ex.problem());
			return;
		}
		exceptionForm.clear();
		refresh();
		notify(getTranslation(
				value.closed() ? "space.hours.exceptions.added.CLOSED" : "space.hours.exceptions.added.OPEN"));
	}

	private void confirmRemoval(OpeningException exception) {
		Dialog dialog = new Dialog();
		dialog.setId("hours-remove-dialog");
		dialog.setHeaderTitle(getTranslation("space.hours.exceptions.removeTitle"));
		String dates = HoursText.dates(exception.from(), exception.to(), getLocale());
		String what = exception.reason() == null ? dates : dates + " (" + exception.reason() + ")";
		Paragraph question = new Paragraph(getTranslation(exception.closed()
				? "space.hours.exceptions.removeConfirm.CLOSED" : "space.hours.exceptions.removeConfirm.OPEN", what));
		question.setId("hours-remove-question");
		dialog.add(question);
		Button cancel = new Button(getTranslation("office.cancel"), event -> dialog.close());
		cancel.setId("hours-remove-cancel");
		Button remove = new Button(getTranslation("space.hours.exceptions.remove"), event -> {
			dialog.close();
			hours.removeException(locationId, exception.id());
			refresh();
			notify(getTranslation("space.hours.exceptions.removed"));
		});
		remove.setId("hours-remove-confirm");
		remove.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
		dialog.getFooter().add(cancel, remove);
		dialog.open();
	}

	private static void notify(String message) {
		Notification.show(message, 3000, Notification.Position.BOTTOM_START)
			.addThemeVariants(NotificationVariant.SUCCESS);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("app.name") + " · " + getTranslation("space.hours.title");
	}

}
