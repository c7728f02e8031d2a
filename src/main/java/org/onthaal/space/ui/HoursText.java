package org.onthaal.space.ui;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.onthaal.space.OpeningSchedule;

/** Days, dates and times as managers read them, in the screen's language. */
final class HoursText {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private HoursText() {
	}

	static String time(LocalTime time) {
		return TIME.format(time);
	}

	static String range(LocalTime opens, LocalTime closes) {
		return time(opens) + "\u2013" + time(closes);
	}

	static String hours(List<OpeningSchedule.Hours> hours) {
		return hours.stream().map(h -> range(h.opens(), h.closes())).collect(Collectors.joining(", "));
	}

	/** "Maandag", "Lundi", "Monday": a weekday as a heading. */
	static String weekday(DayOfWeek day, Locale locale) {
		String name = day.getDisplayName(TextStyle.FULL, locale);
		return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
	}

	static String date(LocalDate date, Locale locale) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
	}

	static String dates(LocalDate from, LocalDate to, Locale locale) {
		return from.equals(to) ? date(from, locale) : date(from, locale) + " \u2013 " + date(to, locale);
	}

}
