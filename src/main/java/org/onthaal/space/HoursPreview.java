package org.onthaal.space;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** The coming days of a location as its staff will live them, starting today. */
public record HoursPreview(ZoneId zone, LocalDate today, List<OpeningSchedule.Day> days) {

	public HoursPreview {
		days = List.copyOf(days);
	}

}
