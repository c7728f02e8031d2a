package org.onthaal.insights;

import java.time.DayOfWeek;
import java.util.Arrays;

/** Check-ins by weekday and hour of the day, in the location's local time. */
public final class HeatMap {

	private final int[] counts = new int[7 * 24];

	HeatMap() {
	}

	void add(DayOfWeek day, int hour, int count) {
		counts[index(day, hour)] += count;
	}

	public int count(DayOfWeek day, int hour) {
		return counts[index(day, hour)];
	}

	public int max() {
		return Arrays.stream(counts).max().orElse(0);
	}

	public int total() {
		return Arrays.stream(counts).sum();
	}

	/** The earliest and latest hour with any check-in, or -1 when there is none. */
	public int firstHour() {
		for (int hour = 0; hour < 24; hour++) {
			if (hourTotal(hour) > 0) {
				return hour;
			}
		}
		return -1;
	}

	public int lastHour() {
		for (int hour = 23; hour >= 0; hour--) {
			if (hourTotal(hour) > 0) {
				return hour;
			}
		}
		return -1;
	}

	public int hourTotal(int hour) {
		int total = 0;
		for (DayOfWeek day : DayOfWeek.values()) {
			total += count(day, hour);
		}
		return total;
	}

	public int dayTotal(DayOfWeek day) {
		int total = 0;
		for (int hour = 0; hour < 24; hour++) {
			total += count(day, hour);
		}
		return total;
	}

	private static int index(DayOfWeek day, int hour) {
		if (hour < 0 || hour > 23) {
			throw new IllegalArgumentException("hour " + hour);
		}
		return (day.getValue() - 1) * 24 + hour;
	}

}
