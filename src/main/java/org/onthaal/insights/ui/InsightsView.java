package org.onthaal.insights.ui;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import org.onthaal.base.security.StaffRoles;
import org.onthaal.insights.CsvFile;
import org.onthaal.insights.Insights;
import org.onthaal.insights.InsightsService;
import org.onthaal.insights.Period;
import org.onthaal.space.LocationService;
import org.onthaal.space.LocationSummary;
import org.onthaal.space.ui.SelectedLocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How the meeting place was used in a period: charts drawn on the server, each with its
 * words and key figures, and CSV exports for funders.
 */
@Route("office/insights")
@RolesAllowed(StaffRoles.MANAGER)
@StyleSheet("styles/office-insights.css")
public class InsightsView extends Main implements HasDynamicTitle {

	private static final Logger log = LoggerFactory.getLogger(InsightsView.class);

	private final transient InsightsService insights;

	private final transient I18NProvider i18n;

	private final Div figures = new Div();

	private final Div charts = new Div();

	private long locationId;

	/** Which period the manager chose last: charts of an older choice are dropped. */
	private long requests;

	private transient CompletableFuture<?> pending = CompletableFuture.completedFuture(null);

	/** Read by download requests, which don't run on the UI thread. */
	private volatile Period period = Period.Preset.LAST_4_WEEKS.on(LocalDate.now());

	public InsightsView(InsightsService insights, LocationService locations, I18NProvider i18n, Clock clock) {
		this.insights = insights;
		this.i18n = i18n;
		addClassName("office-page");
		addClassName("insights-page");
		add(new H1(getTranslation("insights.title")));
		Optional<LocationSummary> location = SelectedLocation.current(locations);
		if (location.isEmpty()) {
			add(new Paragraph(getTranslation("office.noLocation")));
			return;
		}
		locationId = location.get().id();
		add(new Paragraph(getTranslation("insights.intro", location.get().name())));
		PeriodPicker picker = new PeriodPicker(LocalDate.now(clock.withZone(location.get().timeZone())), this::show);
		picker.addClassName("no-print");
		figures.addClassName("insight-key-figures");
		figures.setId("insight-key-figures");
		charts.addClassName("insight-charts");
		add(picker, exports(), figures, charts);
		show(picker.period());
	}

	private Div exports() {
		Anchor days = download("export-days", "insights.export.days", insights::exportDays);
		Anchor corners = download("export-corners", "insights.export.corners", insights::exportCorners);
		Paragraph help = new Paragraph(getTranslation("insights.export.help"));
		help.addClassName("insight-export-help");
		Div exports = new Div(days, corners, help);
		exports.addClassNames("insight-exports", "no-print");
		return exports;
	}

	private Anchor download(String id, String textKey, BiFunction<Long, Period, CsvFile> export) {
		Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
			// the download request carries the manager's session: the service checks the
			// role and the location, and writes the audit log
			CsvFile file = export.apply(locationId, period);
			return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(), CsvFile.CONTENT_TYPE,
					file.content().length);
		}), "");
		anchor.setId(id);
		anchor.addClassName("insight-export");
		anchor.add(VaadinIcon.DOWNLOAD.create(), new Span(getTranslation(textKey)));
		return anchor;
	}

	private void show(Period chosen) {
		period = chosen;
		long started = System.nanoTime();
		Insights data = insights.insights(locationId, chosen);
		long queried = System.nanoTime();
		figures.removeAll();
		keyFigures(data);
		charts.removeAll();
		Paragraph drawing = new Paragraph(getTranslation("insights.drawing"));
		drawing.setId("insight-drawing");
		charts.add(drawing);
		// drawing a year of charts takes a few hundred milliseconds (more on a cold
		// start): it runs off the UI thread, and the charts arrive when ready
		InsightSections sections = new InsightSections(new Texts(i18n, getLocale()));
		UI ui = UI.getCurrent();
		long request = ++requests;
		pending = CompletableFuture.supplyAsync(() -> sections.draw(data)).whenComplete((drawn, failure) -> {
			long rendered = System.nanoTime();
			if (failure != null) {
				log.error("Drawing the insight charts failed", failure);
			}
			else {
				log.info("Insights {} .. {} ({} days): figures in {} ms, {} charts drawn in {} ms", chosen.from(),
						chosen.to(), chosen.length(), (queried - started) / 1_000_000, drawn.size(),
						(rendered - queried) / 1_000_000);
			}
			try {
				ui.access(() -> {
					if (request == requests) {
						charts.removeAll();
						if (failure != null) {
							charts.add(new Paragraph(getTranslation("insights.drawingFailed")));
						}
						else {
							drawn.forEach(section -> charts.add(section.component()));
						}
					}
				});
			}
			catch (UIDetachedException ex) {
				// the manager left the page meanwhile
			}
		});
	}

	/** For tests: waits until the charts of the last period chosen are drawn. */
	void awaitCharts() {
		pending.handle((drawn, failure) -> drawn).join();
	}

	private void keyFigures(Insights data) {
		Texts texts = new Texts(i18n, getLocale());
		figure("figure-visits", "insights.key.visits", Integer.toString(data.visits()));
		figure("figure-people", "insights.key.people",
				getTranslation("insights.key.peopleValue", data.adults(), data.children()));
		figure("figure-first-visits", "insights.key.firstVisits", Integer.toString(data.firstVisits()));
		figure("figure-introduced", "insights.key.introduced",
				texts.share(data.introductions().introduced(), data.introductions().suggested()));
		figure("figure-talked", "insights.key.talked",
				texts.share(data.introductions().talked(), data.introductions().introduced()));
		figure("figure-bridging", "insights.key.bridging",
				texts.share(data.introductions().bridging(), data.introductions().introduced()));
	}

	private void figure(String id, String labelKey, String value) {
		Span number = new Span(value);
		number.addClassName("insight-key-value");
		number.setId(id);
		Span label = new Span(getTranslation(labelKey));
		label.addClassName("insight-key-label");
		Div tile = new Div(number, label);
		tile.addClassName("insight-key");
		figures.add(tile);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("app.name") + " · " + getTranslation("insights.title");
	}

}
