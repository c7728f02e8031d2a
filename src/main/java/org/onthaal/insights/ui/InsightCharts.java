package org.onthaal.insights.ui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.text.SimpleDateFormat;
import java.time.DayOfWeek;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.List;
import java.util.TimeZone;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.onthaal.insights.HeatMap;
import org.onthaal.insights.Insights;
import org.onthaal.insights.Introductions;

/**
 * The insight charts, drawn with JFreeChart: every text from the bundles, colours from
 * the Okabe-Ito palette (told apart with any kind of colour blindness) and a
 * light-to-dark blue scale for the heat map.
 */
final class InsightCharts {

	static final Color ORANGE = new Color(0xE69F00);

	static final Color SKY_BLUE = new Color(0x56B4E9);

	static final Color GREEN = new Color(0x009E73);

	static final Color BLUE = new Color(0x0072B2);

	static final Color VERMILLION = new Color(0xD55E00);

	static final Color PURPLE = new Color(0xCC79A7);

	static final Color GREY = new Color(0x777777);

	/** Sequential blues (ColorBrewer), lightest first; an empty cell is light grey. */
	private static final Color[] HEAT = { new Color(0xDEEBF7), new Color(0x9ECAE1), new Color(0x6BAED6),
			new Color(0x3182BD), new Color(0x08519C) };

	private static final Color EMPTY_CELL = new Color(0xF2F2F2);

	private static final long DAY_MILLIS = 86_400_000L;

	private static final StandardChartTheme THEME = theme();

	static {
		// rotated axis labels as SVG text, not as glyph outlines: smaller and sharper
		org.jfree.chart.text.TextUtils.setUseDrawRotatedStringWorkaround(false);
	}

	private final Texts texts;

	InsightCharts(Texts texts) {
		this.texts = texts;
	}

	JFreeChart visitsPerDay(List<Insights.Day> days) {
		XYSeries visits = new XYSeries(texts.t("insights.series.visits"));
		days.forEach(day -> visits.add(millis(day.date()) + DAY_MILLIS / 2.0, day.visits()));
		XYSeriesCollection dataset = new XYSeriesCollection(visits);
		dataset.setIntervalWidth(DAY_MILLIS * 0.8);
		DateAxis time = new DateAxis(texts.t("insights.axis.day"), TimeZone.getTimeZone(ZoneOffset.UTC),
				texts.locale());
		SimpleDateFormat format = new SimpleDateFormat(texts.t("insights.axis.dayPattern"), texts.locale());
		format.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
		time.setDateFormatOverride(format);
		XYBarRenderer renderer = new XYBarRenderer();
		XYPlot plot = new XYPlot(dataset, time, countAxis("insights.axis.visits"), renderer);
		JFreeChart chart = chart("insights.chart.visitsPerDay", plot, false);
		renderer.setSeriesPaint(0, BLUE);
		return chart;
	}

	JFreeChart visitsPerWeek(List<Insights.Week> weeks) {
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		weeks.forEach(week -> dataset.addValue(week.visits(), texts.t("insights.series.visits"), weekLabel(week)));
		BarRenderer renderer = new BarRenderer();
		JFreeChart chart = chart("insights.chart.visitsPerWeek", categoryPlot(dataset, weeks.size(), renderer), false);
		renderer.setSeriesPaint(0, BLUE);
		return chart;
	}

	JFreeChart newVersusReturning(List<Insights.Week> weeks) {
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		String first = texts.t("insights.series.firstVisits");
		String returning = texts.t("insights.series.returningVisits");
		weeks.forEach(week -> {
			dataset.addValue(week.firstVisits(), first, weekLabel(week));
			dataset.addValue(week.returningVisits(), returning, weekLabel(week));
		});
		StackedBarRenderer renderer = new StackedBarRenderer();
		JFreeChart chart = chart("insights.chart.newReturning", categoryPlot(dataset, weeks.size(), renderer), true);
		renderer.setSeriesPaint(0, ORANGE);
		renderer.setSeriesPaint(1, BLUE);
		return chart;
	}

	JFreeChart heatMap(HeatMap map) {
		int firstHour = map.total() == 0 ? 8 : map.firstHour();
		int lastHour = map.total() == 0 ? 18 : map.lastHour();
		DefaultXYZDataset dataset = new DefaultXYZDataset();
		int cells = 7 * (lastHour - firstHour + 1);
		double[][] data = new double[3][cells];
		int i = 0;
		for (DayOfWeek day : DayOfWeek.values()) {
			for (int hour = firstHour; hour <= lastHour; hour++) {
				data[0][i] = hour;
				data[1][i] = day.getValue() - 1;
				data[2][i] = map.count(day, hour);
				i++;
			}
		}
		dataset.addSeries(texts.t("insights.series.checkIns"), data);
		NumberAxis hours = new NumberAxis(texts.t("insights.axis.hour"));
		hours.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
		hours.setRange(firstHour - 0.5, lastHour + 0.5);
		String[] dayNames = new String[7];
		for (DayOfWeek day : DayOfWeek.values()) {
			dayNames[day.getValue() - 1] = day.getDisplayName(TextStyle.SHORT, texts.locale());
		}
		SymbolAxis weekdays = new SymbolAxis(texts.t("insights.axis.weekday"), dayNames);
		weekdays.setInverted(true);
		weekdays.setGridBandsVisible(false);
		XYBlockRenderer renderer = new XYBlockRenderer();
		renderer.setBlockAnchor(RectangleAnchor.CENTER);
		LookupPaintScale scale = heatScale(map.max());
		renderer.setPaintScale(scale);
		XYPlot plot = new XYPlot(dataset, hours, weekdays, renderer);
		plot.setDomainGridlinesVisible(false);
		plot.setRangeGridlinesVisible(false);
		if (cells <= 7 * 16) {
			// the exact count in every cell: the chart can be read without telling
			// colours
			// apart
			for (int c = 0; c < cells; c++) {
				if (data[2][c] > 0) {
					XYTextAnnotation label = new XYTextAnnotation(Integer.toString((int) data[2][c]), data[0][c],
							data[1][c]);
					label.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
					label.setPaint(data[2][c] > map.max() * 0.55 ? Color.WHITE : Color.BLACK);
					plot.addAnnotation(label);
				}
			}
		}
		JFreeChart chart = chart("insights.chart.heatMap", plot, false);
		NumberAxis legendAxis = new NumberAxis(texts.t("insights.axis.checkIns"));
		legendAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
		legendAxis.setRange(0, Math.max(1, map.max()));
		PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
		legend.setPosition(RectangleEdge.RIGHT);
		legend.setAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
		legend.setMargin(new RectangleInsets(10, 10, 10, 10));
		legend.setStripWidth(14);
		legend.setStripOutlineVisible(true);
		legend.setSubdivisionCount(Math.max(1, map.max() + 1));
		THEME.apply(chart);
		chart.addSubtitle(legend);
		return chart;
	}

	JFreeChart languages(List<Insights.LanguageCount> counts) {
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		String home = texts.t("insights.series.homeLanguage");
		String spoken = texts.t("insights.series.spoken");
		counts.stream().limit(12).forEach(count -> {
			String name = languageName(count.code());
			dataset.addValue(count.homeFamilies(), home, name);
			dataset.addValue(count.spokenFamilies(), spoken, name);
		});
		BarRenderer renderer = new BarRenderer();
		CategoryPlot plot = new CategoryPlot(dataset, new CategoryAxis(texts.t("insights.axis.language")),
				countAxis("insights.axis.families"), renderer);
		plot.setOrientation(PlotOrientation.HORIZONTAL);
		JFreeChart chart = chart("insights.chart.languages", plot, true);
		renderer.setSeriesPaint(0, VERMILLION);
		renderer.setSeriesPaint(1, SKY_BLUE);
		return chart;
	}

	JFreeChart introductions(Introductions figures) {
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		String series = texts.t("insights.series.pairs");
		dataset.addValue(figures.suggested(), series, texts.t("insights.funnel.suggested"));
		dataset.addValue(figures.introduced(), series, texts.t("insights.funnel.introduced"));
		dataset.addValue(figures.talked(), series, texts.t("insights.funnel.talked"));
		dataset.addValue(figures.bridging(), series, texts.t("insights.funnel.bridging"));
		dataset.addValue(figures.notNow(), series, texts.t("insights.funnel.notNow"));
		dataset.addValue(figures.alreadyKnow(), series, texts.t("insights.funnel.alreadyKnow"));
		dataset.addValue(figures.notAMatch(), series, texts.t("insights.funnel.notAMatch"));
		dataset.addValue(figures.withdrawn(), series, texts.t("insights.funnel.withdrawn"));
		Paint[] paints = { BLUE, GREEN, GREEN, PURPLE, ORANGE, ORANGE, VERMILLION, GREY };
		BarRenderer renderer = new BarRenderer() {
			@Override
			public Paint getItemPaint(int row, int column) {
				return paints[column];
			}
		};
		CategoryPlot plot = new CategoryPlot(dataset, new CategoryAxis(null), countAxis("insights.axis.pairs"),
				renderer);
		plot.setOrientation(PlotOrientation.HORIZONTAL);
		return chart("insights.chart.introductions", plot, false);
	}

	JFreeChart corners(List<Insights.CornerUse> corners) {
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		String capacity = texts.t("insights.series.capacity");
		String average = texts.t("insights.series.averageHeadcount");
		String peak = texts.t("insights.series.peakHeadcount");
		corners.forEach(corner -> {
			String name = cornerName(corner);
			dataset.addValue(corner.capacity(), capacity, name);
			dataset.addValue(corner.overall().average(), average, name);
			dataset.addValue(corner.overall().peak(), peak, name);
		});
		BarRenderer renderer = new BarRenderer();
		CategoryPlot plot = new CategoryPlot(dataset, new CategoryAxis(texts.t("insights.axis.corner")),
				countAxis("insights.axis.people"), renderer);
		JFreeChart chart = chart("insights.chart.corners", plot, true);
		renderer.setSeriesPaint(0, GREY);
		renderer.setSeriesPaint(1, SKY_BLUE);
		renderer.setSeriesPaint(2, VERMILLION);
		return chart;
	}

	JFreeChart cornersByHour(List<Insights.CornerUse> corners) {
		XYSeriesCollection dataset = new XYSeriesCollection();
		corners.stream().filter(Insights.CornerUse::observed).forEach(corner -> {
			XYSeries series = new XYSeries(cornerName(corner));
			corner.byHour().forEach(hour -> series.add(hour.hour(), hour.usage().average()));
			dataset.addSeries(series);
		});
		NumberAxis hours = new NumberAxis(texts.t("insights.axis.hour"));
		hours.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
		XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
		XYPlot plot = new XYPlot(dataset, hours, countAxis("insights.axis.averagePeople"), renderer);
		JFreeChart chart = chart("insights.chart.cornersByHour", plot, true);
		Color[] colours = { BLUE, ORANGE, GREEN, VERMILLION, PURPLE, SKY_BLUE, GREY };
		for (int s = 0; s < dataset.getSeriesCount(); s++) {
			renderer.setSeriesPaint(s, colours[s % colours.length]);
			renderer.setSeriesStroke(s, new BasicStroke(2.5f));
		}
		return chart;
	}

	String cornerName(Insights.CornerUse corner) {
		String label = corner.labels().get(texts.locale().getLanguage());
		return label == null || label.isBlank() ? corner.name() : label;
	}

	String languageName(String code) {
		String name = org.onthaal.base.i18n.LanguageNames.forReader(code, texts.locale());
		return name.isBlank() || name.equals(code) ? code : name;
	}

	String weekLabel(Insights.Week week) {
		return texts.t("insights.weekLabel", week.weekNumber());
	}

	private CategoryPlot categoryPlot(DefaultCategoryDataset dataset, int categories, BarRenderer renderer) {
		CategoryAxis weeks = new CategoryAxis(texts.t("insights.axis.week"));
		if (categories > 16) {
			weeks.setCategoryLabelPositions(CategoryLabelPositions.UP_90);
		}
		return new CategoryPlot(dataset, weeks, countAxis("insights.axis.visits"), renderer);
	}

	private NumberAxis countAxis(String key) {
		NumberAxis axis = new NumberAxis(texts.t(key));
		axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
		axis.setAutoRangeMinimumSize(4);
		return axis;
	}

	private JFreeChart chart(String titleKey, org.jfree.chart.plot.Plot plot, boolean legend) {
		JFreeChart chart = new JFreeChart(texts.t(titleKey), plot);
		if (!legend) {
			chart.removeLegend();
		}
		THEME.apply(chart);
		return chart;
	}

	private static LookupPaintScale heatScale(int max) {
		LookupPaintScale scale = new LookupPaintScale(0, Math.max(1, max) + 1, EMPTY_CELL);
		scale.add(0, EMPTY_CELL);
		for (int step = 0; step < HEAT.length; step++) {
			double from = 1 + step * Math.max(1, max) / (double) HEAT.length;
			scale.add(step == 0 ? 0.5 : from, HEAT[step]);
		}
		return scale;
	}

	private static long millis(java.time.LocalDate date) {
		return date.toEpochDay() * DAY_MILLIS;
	}

	private static StandardChartTheme theme() {
		StandardChartTheme theme = new StandardChartTheme("onthaal");
		theme.setExtraLargeFont(new Font(Font.SANS_SERIF, Font.BOLD, 17));
		theme.setLargeFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
		theme.setRegularFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
		theme.setSmallFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
		theme.setChartBackgroundPaint(Color.WHITE);
		theme.setPlotBackgroundPaint(Color.WHITE);
		theme.setPlotOutlinePaint(new Color(0xCCCCCC));
		theme.setDomainGridlinePaint(new Color(0xDDDDDD));
		theme.setRangeGridlinePaint(new Color(0xDDDDDD));
		theme.setTickLabelPaint(new Color(0x333333));
		theme.setAxisLabelPaint(new Color(0x222222));
		theme.setBarPainter(new StandardBarPainter());
		theme.setXYBarPainter(new StandardXYBarPainter());
		theme.setShadowVisible(false);
		return theme;
	}

}
