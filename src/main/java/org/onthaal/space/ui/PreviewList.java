package org.onthaal.space.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.onthaal.space.HoursPreview;
import org.onthaal.space.OpeningSchedule;

/** The next fourteen days as the kiosk will live them, today marked. */
class PreviewList extends Div {

	PreviewList() {
		addClassName("hours-preview");
		setId("hours-preview");
	}

	void show(HoursPreview preview) {
		removeAll();
		for (OpeningSchedule.Day day : preview.days()) {
			Div row = new Div();
			String id = "hours-preview-" + day.date();
			row.setId(id);
			row.addClassName("hours-preview-day");
			row.addClassName(day.open() ? "hours-preview-open" : "hours-preview-closed");
			Span weekday = new Span(HoursText.weekday(day.date().getDayOfWeek(), getLocale()));
			weekday.addClassName("hours-preview-weekday");
			Span date = new Span(HoursText.date(day.date(), getLocale()));
			date.addClassName("hours-preview-date");
			Span hours = new Span(text(day));
			hours.setId(id + "-hours");
			hours.addClassName("hours-preview-hours");
			row.add(weekday, date, hours);
			if (day.date().equals(preview.today())) {
				row.addClassName("hours-today");
				row.getElement().setAttribute("aria-current", "date");
				Span today = new Span(getTranslation("space.hours.preview.today"));
				today.setId("hours-preview-today");
				today.getElement().getThemeList().add("badge contrast");
				row.addComponentAsFirst(today);
			}
			add(row);
		}
	}

	private String text(OpeningSchedule.Day day) {
		if (day.closure()) {
			return day.reason() == null ? getTranslation("space.hours.preview.closed")
					: getTranslation("space.hours.preview.closedBecause", day.reason());
		}
		if (!day.open()) {
			return getTranslation("space.hours.preview.closed");
		}
		String hours = HoursText.hours(day.hours());
		return day.reason() == null ? hours : getTranslation("space.hours.preview.extra", hours, day.reason());
	}

}
