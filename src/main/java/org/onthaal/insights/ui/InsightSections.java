package org.onthaal.insights.ui;

import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.jfree.chart.JFreeChart;
import org.onthaal.insights.HeatMap;
import org.onthaal.insights.Insights;
import org.onthaal.insights.Introductions;

/**
 * Turns the figures of a period into chart sections: chart, words and a table of key
 * figures each. Pure drawing, no Vaadin session needed, so it may run off the UI thread.
 */
final class InsightSections {

	static final int WIDTH = 880;

	static final int HEIGHT = 380;

	private final Texts texts;

	private final InsightCharts charts;

	private final DateTimeFormatter dates;

	InsightSections(Texts texts) {
		this.texts = texts;
		this.charts = new InsightCharts(texts);
		this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(texts.locale());
	}

	/** What a section shows, drawn but not yet a component. */
	record Drawn(String id, String heading, SvgChart chart, String summary, ChartSection.Figures figures) {

		ChartSection component() {
			return new ChartSection(id, heading, chart, summary, figures);
		}

	}

	List<Drawn> draw(Insights insights) {
		List<Drawn> drawn = new ArrayList<>();
		drawn.add(visitsPerDay(insights));
		List<Insights.Week> weeks = insights.weeks();
		drawn.add(visitsPerWeek(weeks));
		drawn.add(heatMap(insights.heatMap()));
		drawn.add(newVersusReturning(insights, weeks));
		drawn.add(languages(insights.languages()));
		drawn.add(introductions(insights.introductions()));
		drawn.add(corners(insights.corners()));
		if (insights.corners().stream().anyMatch(Insights.CornerUse::observed)) {
			drawn.add(cornersByHour(insights.corners()));
		}
		return drawn;
	}

	private Drawn visitsPerDay(Insights insights) {
		List<Insights.Day> days = insights.days();
		long withVisits = days.stream().filter(day -> day.visits() > 0).count();
		String summary;
		List<List<String>> rows = new ArrayList<>();
		rows.add(List.of(texts.t("insights.figure.visits"), Integer.toString(insights.visits())));
		rows.add(List.of(texts.t("insights.figure.adults"), Integer.toString(insights.adults())));
		rows.add(List.of(texts.t("insights.figure.children"), Integer.toString(insights.children())));
		rows.add(List.of(texts.t("insights.figure.daysWithVisits"), Long.toString(withVisits)));
		if (insights.visits() == 0) {
			summary = texts.t("insights.summary.noVisits", days.size());
		}
		else {
			Insights.Day busiest = days.stream()
				.max(Comparator.comparingInt(Insights.Day::visits)
					.thenComparing(Insights.Day::date, Comparator.reverseOrder()))
				.orElseThrow();
			summary = texts.t("insights.summary.visitsPerDay", insights.visits(), days.size(), withVisits) + " "
					+ texts.t("insights.summary.busiestDay", dates.format(busiest.date()), busiest.visits());
			rows.add(List.of(texts.t("insights.figure.averagePerOpenDay"),
					texts.number((double) insights.visits() / withVisits, 1)));
			rows.add(List.of(texts.t("insights.figure.busiestDay"),
					texts.t("insights.figure.busiestDayValue", dates.format(busiest.date()), busiest.visits())));
		}
		return drawn("chart-visits-day", "insights.chart.visitsPerDay", charts.visitsPerDay(days), summary,
				twoColumns(rows));
	}

	private Drawn visitsPerWeek(List<Insights.Week> weeks) {
		int min = weeks.stream().mapToInt(Insights.Week::visits).min().orElse(0);
		int max = weeks.stream().mapToInt(Insights.Week::visits).max().orElse(0);
		String summary = texts.t("insights.summary.visitsPerWeek", weeks.size(), min, max);
		List<List<String>> rows = weeks.stream()
			.map(week -> List.of(charts.weekLabel(week), dates.format(week.monday()), Integer.toString(week.visits())))
			.toList();
		return drawn("chart-visits-week", "insights.chart.visitsPerWeek", charts.visitsPerWeek(weeks), summary,
				new ChartSection.Figures(texts.t("insights.figures.caption"), List.of(texts.t("insights.column.week"),
						texts.t("insights.column.monday"), texts.t("insights.column.visits")), rows));
	}

	private Drawn heatMap(HeatMap map) {
		String summary;
		if (map.total() == 0) {
			summary = texts.t("insights.summary.noCheckIns");
		}
		else {
			DayOfWeek bestDay = DayOfWeek.MONDAY;
			int bestHour = 0;
			for (DayOfWeek day : DayOfWeek.values()) {
				for (int hour = 0; hour < 24; hour++) {
					if (map.count(day, hour) > map.count(bestDay, bestHour)) {
						bestDay = day;
						bestHour = hour;
					}
				}
			}
			DayOfWeek busiestDay = java.util.Arrays.stream(DayOfWeek.values())
				.max(Comparator.comparingInt(map::dayTotal).thenComparing(Comparator.reverseOrder()))
				.orElseThrow();
			summary = texts.t("insights.summary.heatMap", dayName(bestDay), bestHour, map.count(bestDay, bestHour))
					+ " " + texts.t("insights.summary.busiestWeekday", dayName(busiestDay), map.dayTotal(busiestDay));
		}
		int first = map.total() == 0 ? 8 : map.firstHour();
		int last = map.total() == 0 ? 18 : map.lastHour();
		List<String> headings = new ArrayList<>();
		headings.add(texts.t("insights.column.weekday"));
		for (int hour = first; hour <= last; hour++) {
			headings.add(texts.t("insights.column.hour", hour));
		}
		List<List<String>> rows = new ArrayList<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			List<String> row = new ArrayList<>();
			row.add(dayName(day));
			for (int hour = first; hour <= last; hour++) {
				row.add(Integer.toString(map.count(day, hour)));
			}
			rows.add(row);
		}
		return drawn("chart-heatmap", "insights.chart.heatMap", charts.heatMap(map), summary,
				new ChartSection.Figures(texts.t("insights.figures.heatMapCaption"), headings, rows));
	}

	private Drawn newVersusReturning(Insights insights, List<Insights.Week> weeks) {
		String summary = texts.t("insights.summary.newReturning", insights.firstVisits(), insights.returningVisits(),
				texts.share(insights.firstVisits(), insights.visits()));
		List<List<String>> rows = new ArrayList<>(weeks.stream()
			.map(week -> List.of(charts.weekLabel(week), Integer.toString(week.firstVisits()),
					Integer.toString(week.returningVisits())))
			.toList());
		rows.add(List.of(texts.t("insights.column.total"), Integer.toString(insights.firstVisits()),
				Integer.toString(insights.returningVisits())));
		return drawn("chart-new-returning", "insights.chart.newReturning", charts.newVersusReturning(weeks), summary,
				new ChartSection.Figures(
						texts.t("insights.figures.caption"), List.of(texts.t("insights.column.week"),
								texts.t("insights.series.firstVisits"), texts.t("insights.series.returningVisits")),
						rows));
	}

	private Drawn languages(Insights.Languages languages) {
		List<Insights.LanguageCount> counts = languages.counts();
		String summary;
		if (languages.families() == 0) {
			summary = texts.t("insights.summary.noFamilies", languages.anonymisedVisits());
		}
		else {
			Insights.LanguageCount home = counts.stream()
				.max(Comparator.comparingInt(Insights.LanguageCount::homeFamilies))
				.orElse(new Insights.LanguageCount("?", 0, 0));
			summary = texts.t("insights.summary.languages", languages.families(), counts.size()) + " "
					+ texts.t("insights.summary.homeLanguage", charts.languageName(home.code()), home.homeFamilies())
					+ " " + texts.t("insights.summary.unknownLanguages", languages.anonymisedVisits());
		}
		List<List<String>> rows = new ArrayList<>(counts.stream()
			.map(count -> List.of(charts.languageName(count.code()), Integer.toString(count.homeFamilies()),
					Integer.toString(count.spokenFamilies())))
			.toList());
		rows.add(List.of(texts.t("insights.language.unknown"), "–",
				texts.t("insights.language.unknownVisits", languages.anonymisedVisits())));
		return drawn("chart-languages", "insights.chart.languages", charts.languages(counts), summary,
				new ChartSection.Figures(texts.t("insights.figures.caption"), List.of(texts.t("insights.axis.language"),
						texts.t("insights.series.homeLanguage"), texts.t("insights.series.spoken")), rows));
	}

	private Drawn introductions(Introductions figures) {
		String summary = texts.t("insights.summary.introductions", figures.suggested(),
				texts.share(figures.introduced(), figures.suggested())) + " "
				+ texts.t("insights.summary.outcomes", figures.talked(), figures.didNotTalk(), figures.outcomeUnknown())
				+ " " + texts.t("insights.summary.bridging", texts.share(figures.bridging(), figures.introduced()));
		List<List<String>> rows = List.of(row("insights.funnel.suggested", figures.suggested(), figures.suggested()),
				row("insights.funnel.introduced", figures.introduced(), figures.suggested()),
				row("insights.funnel.talked", figures.talked(), figures.introduced()),
				row("insights.funnel.didNotTalk", figures.didNotTalk(), figures.introduced()),
				row("insights.funnel.bridging", figures.bridging(), figures.introduced()),
				row("insights.funnel.notNow", figures.notNow(), figures.suggested()),
				row("insights.funnel.alreadyKnow", figures.alreadyKnow(), figures.suggested()),
				row("insights.funnel.notAMatch", figures.notAMatch(), figures.suggested()),
				row("insights.funnel.withdrawn", figures.withdrawn(), figures.suggested()),
				row("insights.funnel.open", figures.open(), figures.suggested()));
		return drawn("chart-introductions", "insights.chart.introductions", charts.introductions(figures), summary,
				new ChartSection.Figures(texts.t("insights.figures.caption"), List.of(texts.t("insights.column.what"),
						texts.t("insights.column.pairs"), texts.t("insights.column.share")), rows));
	}

	private List<String> row(String key, int count, int whole) {
		return List.of(texts.t(key), Integer.toString(count), whole == 0 ? "–" : texts.percent((double) count / whole));
	}

	private Drawn corners(List<Insights.CornerUse> corners) {
		String never = corners.stream()
			.filter(corner -> !corner.observed())
			.map(charts::cornerName)
			.collect(Collectors.joining(", "));
		String summary;
		if (corners.isEmpty()) {
			summary = texts.t("insights.summary.noCorners");
		}
		else {
			summary = corners.stream()
				.filter(Insights.CornerUse::observed)
				.max(Comparator.comparingDouble(Insights.CornerUse::averageOccupancyPercent))
				.map(fullest -> texts.t("insights.summary.corners", corners.size(), charts.cornerName(fullest),
						texts.percent(fullest.averageOccupancyPercent() / 100)))
				.orElse(texts.t("insights.summary.cornersNeverObserved", corners.size()));
			if (!never.isEmpty()) {
				summary += " " + texts.t("insights.summary.neverObserved", never);
			}
		}
		List<List<String>> rows = corners.stream().map(corner -> {
			Insights.Usage usage = corner.overall();
			return List.of(charts.cornerName(corner), texts.t("insights.kind." + corner.kind()),
					Integer.toString(corner.capacity()), Integer.toString(usage.snapshots()),
					corner.observed() ? texts.number(usage.average(), 2) : "–",
					corner.observed() ? Integer.toString(usage.peak()) : "–",
					corner.observed() ? texts.percent(corner.averageOccupancyPercent() / 100) : "–");
		}).toList();
		return drawn("chart-corners", "insights.chart.corners", charts.corners(corners), summary,
				new ChartSection.Figures(texts.t("insights.figures.caption"),
						List.of(texts.t("insights.axis.corner"), texts.t("insights.column.kind"),
								texts.t("insights.series.capacity"), texts.t("insights.column.snapshots"),
								texts.t("insights.series.averageHeadcount"), texts.t("insights.series.peakHeadcount"),
								texts.t("insights.column.occupancy")),
						rows));
	}

	private Drawn cornersByHour(List<Insights.CornerUse> corners) {
		int snapshots = corners.stream().mapToInt(corner -> corner.overall().snapshots()).sum();
		List<List<String>> rows = new ArrayList<>();
		corners.forEach(corner -> corner.byHour()
			.forEach(hour -> rows.add(List.of(charts.cornerName(corner), texts.t("insights.column.hour", hour.hour()),
					Integer.toString(hour.usage().snapshots()), texts.number(hour.usage().average(), 2),
					Integer.toString(hour.usage().peak())))));
		return drawn("chart-corners-hour", "insights.chart.cornersByHour", charts.cornersByHour(corners),
				texts.t("insights.summary.cornersByHour", snapshots),
				new ChartSection.Figures(texts.t("insights.figures.caption"),
						List.of(texts.t("insights.axis.corner"), texts.t("insights.axis.hour"),
								texts.t("insights.column.snapshots"), texts.t("insights.series.averageHeadcount"),
								texts.t("insights.series.peakHeadcount")),
						rows));
	}

	private ChartSection.Figures twoColumns(List<List<String>> rows) {
		return new ChartSection.Figures(texts.t("insights.figures.caption"),
				List.of(texts.t("insights.column.what"), texts.t("insights.column.value")), rows);
	}

	private Drawn drawn(String id, String titleKey, JFreeChart chart, String summary, ChartSection.Figures figures) {
		return new Drawn(id, texts.t(titleKey), SvgChart.draw(chart, WIDTH, HEIGHT), summary, figures);
	}

	private String dayName(DayOfWeek day) {
		return day.getDisplayName(TextStyle.FULL, texts.locale());
	}

}
