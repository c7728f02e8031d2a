package org.onthaal.insights;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Map;

/**
 * How a meeting place was used in a period: every figure exact, counted from the stored
 * visits, introductions and occupancy snapshots.
 */
public record Insights(Period period, List<Day> days, HeatMap heatMap, Languages languages, Introductions introductions,
		List<CornerUse> corners) {

	public Insights {
		days = List.copyOf(days);
		corners = List.copyOf(corners);
	}

	/**
	 * One calendar day. First visits and returning visits split the visits: a visit
	 * counts as a first one when it was the family's first ever (fixed at check-in, so it
	 * stays true after a family is erased). Introductions are counted per pair of
	 * families, on the day they were suggested.
	 */
	public record Day(LocalDate date, int visits, int adults, int children, int firstVisits, int returningVisits,
			int suggested, int introduced, int talked, int bridging) {
	}

	/** An ISO week (Monday to Sunday), cut to the period at its ends. */
	public record Week(LocalDate monday, int visits, int firstVisits, int returningVisits) {

		public int weekBasedYear() {
			return monday.get(IsoFields.WEEK_BASED_YEAR);
		}

		public int weekNumber() {
			return monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
		}

	}

	/** Languages of the families that visited, each family counted once. */
	public record Languages(int families, int anonymisedVisits, List<LanguageCount> counts) {

		public Languages {
			counts = List.copyOf(counts);
		}

	}

	/**
	 * A language: how many families speak it most at home, and how many speak it at all.
	 */
	public record LanguageCount(String code, int homeFamilies, int spokenFamilies) {
	}

	/**
	 * A corner as set up (kind, capacity) against the host's occupancy snapshots of it.
	 */
	public record CornerUse(long zoneId, String name, Map<String, String> labels, String kind, int capacity,
			Usage overall, List<HourUse> byHour) {

		public CornerUse {
			labels = Map.copyOf(labels);
			byHour = List.copyOf(byHour);
		}

		public boolean observed() {
			return overall.snapshots() > 0;
		}

		/** Average share of the capacity in use, in percent; 0 when never observed. */
		public double averageOccupancyPercent() {
			return overall.snapshots() == 0 ? 0
					: 100.0 * overall.headcountSum() / ((long) overall.snapshots() * capacity);
		}

	}

	/** Snapshots of one corner at some hour of the day (local time). */
	public record HourUse(int hour, Usage usage) {
	}

	/** Snapshots, the sum of their headcounts and the highest one. */
	public record Usage(int snapshots, long headcountSum, int peak) {

		public static final Usage NONE = new Usage(0, 0, 0);

		/** Average headcount per snapshot; 0 when there is none. */
		public double average() {
			return snapshots == 0 ? 0 : (double) headcountSum / snapshots;
		}

	}

	public int visits() {
		return days.stream().mapToInt(Day::visits).sum();
	}

	public int adults() {
		return days.stream().mapToInt(Day::adults).sum();
	}

	public int children() {
		return days.stream().mapToInt(Day::children).sum();
	}

	public int firstVisits() {
		return days.stream().mapToInt(Day::firstVisits).sum();
	}

	public int returningVisits() {
		return days.stream().mapToInt(Day::returningVisits).sum();
	}

	/**
	 * The period's ISO weeks in order, each with the visits of its days in the period.
	 */
	public List<Week> weeks() {
		Map<LocalDate, List<Day>> byWeek = new java.util.TreeMap<>();
		days.forEach(day -> byWeek.computeIfAbsent(Period.weekOf(day.date()), monday -> new java.util.ArrayList<>())
			.add(day));
		return byWeek.entrySet()
			.stream()
			.map(week -> new Week(week.getKey(), week.getValue().stream().mapToInt(Day::visits).sum(),
					week.getValue().stream().mapToInt(Day::firstVisits).sum(),
					week.getValue().stream().mapToInt(Day::returningVisits).sum()))
			.toList();
	}

	public List<CornerUse> neverObserved() {
		return corners.stream().filter(corner -> !corner.observed()).toList();
	}

}
