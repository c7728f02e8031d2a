package org.onthaal.insights.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.onthaal.base.security.StaffRoles;
import org.onthaal.insights.InsightsService;
import org.onthaal.insights.Introductions;
import org.onthaal.insights.Period;
import org.onthaal.insights.Reflection;
import org.onthaal.space.LocationService;
import org.onthaal.space.LocationSummary;
import org.onthaal.space.ui.SelectedLocation;

/**
 * A period looked back on for the team's intervision meeting: counts and shares only, no
 * family named, and questions to talk about. Printable on one or two pages.
 */
@Route("office/reflection")
@RolesAllowed(StaffRoles.MANAGER)
@StyleSheet("styles/office-insights.css")
public class ReflectionView extends Main implements HasDynamicTitle {

	/** The open questions of the practice text, then the ones the figures raise. */
	private static final List<String> QUESTIONS = List.of("reflection.question.spontaneous",
			"reflection.question.responsibility", "reflection.question.professionals", "reflection.question.services",
			"reflection.question.space");

	private final transient InsightsService insights;

	private final transient I18NProvider i18n;

	private final Div report = new Div();

	private String locationName = "";

	private long locationId;

	public ReflectionView(InsightsService insights, LocationService locations, I18NProvider i18n, Clock clock) {
		this.insights = insights;
		this.i18n = i18n;
		addClassName("office-page");
		addClassName("reflection-page");
		add(new H1(getTranslation("reflection.title")));
		Optional<LocationSummary> location = SelectedLocation.current(locations);
		if (location.isEmpty()) {
			add(new Paragraph(getTranslation("office.noLocation")));
			return;
		}
		locationId = location.get().id();
		locationName = location.get().name();
		Paragraph intro = new Paragraph(getTranslation("reflection.intro"));
		intro.addClassName("no-print");
		PeriodPicker picker = new PeriodPicker(LocalDate.now(clock.withZone(location.get().timeZone())), this::show);
		Button print = new Button(getTranslation("reflection.print"), VaadinIcon.PRINT.create(),
				event -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
		print.setId("reflection-print");
		print.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Div controls = new Div(picker, print);
		controls.addClassNames("reflection-controls", "no-print");
		report.setId("reflection-report");
		report.addClassName("reflection-report");
		add(intro, controls, report);
		show(picker.period());
	}

	private void show(Period period) {
		Reflection reflection = insights.reflection(locationId, period);
		Texts texts = new Texts(i18n, getLocale());
		DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale());
		report.removeAll();
		Paragraph heading = new Paragraph(getTranslation("reflection.period", locationName, dates.format(period.from()),
				dates.format(period.to())));
		heading.addClassName("reflection-period");
		heading.setId("reflection-period");
		report.add(heading);
		Introductions figures = reflection.introductions();
		report.add(suggestions(figures, texts), outcomes(figures, texts), reasons(reflection, texts),
				neverIntroduced(reflection, texts), questions(reflection));
	}

	private Section suggestions(Introductions figures, Texts texts) {
		int all = figures.suggested();
		List<List<String>> rows = List.of(row(texts, "reflection.did.introduced", figures.introduced(), all),
				row(texts, "reflection.did.notNow", figures.notNow(), all),
				row(texts, "reflection.did.alreadyKnow", figures.alreadyKnow(), all),
				row(texts, "reflection.did.notAMatch", figures.notAMatch(), all),
				row(texts, "reflection.did.withdrawn", figures.withdrawn(), all),
				row(texts, "reflection.did.open", figures.open(), all));
		return section("reflection-suggestions", "reflection.suggestions.title",
				getTranslation("reflection.suggestions.text", all), rows, "reflection.column.whatHostsDid");
	}

	private Section outcomes(Introductions figures, Texts texts) {
		int made = figures.introduced();
		List<List<String>> rows = List.of(row(texts, "reflection.outcome.talked", figures.talked(), made),
				row(texts, "reflection.outcome.didNotTalk", figures.didNotTalk(), made),
				row(texts, "reflection.outcome.unknown", figures.outcomeUnknown(), made));
		return section("reflection-outcomes", "reflection.outcomes.title",
				getTranslation("reflection.outcomes.text", made, texts.share(figures.bridging(), made)), rows,
				"reflection.column.whatCameOfIt");
	}

	private Section reasons(Reflection reflection, Texts texts) {
		List<List<String>> rows = reflection.reasons()
			.stream()
			.map(reason -> List.of(getTranslation("insights.reason." + reason.kind()),
					Integer.toString(reason.suggested()), Integer.toString(reason.introduced()),
					texts.share(reason.talked(), reason.introduced()), Integer.toString(reason.didNotTalk()),
					Integer.toString(reason.outcomeUnknown())))
			.toList();
		Section section = new Section();
		section.setId("reflection-reasons");
		section.addClassName("reflection-section");
		section.add(new H2(getTranslation("reflection.reasons.title")),
				new Paragraph(getTranslation(rows.isEmpty() ? "reflection.reasons.none" : "reflection.reasons.text")));
		if (!rows.isEmpty()) {
			section.add(new ChartSection.Figures(getTranslation("reflection.reasons.title"),
					List.of(getTranslation("reflection.column.reason"), getTranslation("reflection.column.suggested"),
							getTranslation("reflection.column.introduced"), getTranslation("reflection.column.talked"),
							getTranslation("reflection.column.didNotTalk"),
							getTranslation("reflection.column.unknown")),
					rows)
				.table("reflection-reasons-table"));
		}
		return section;
	}

	private Section neverIntroduced(Reflection reflection, Texts texts) {
		Section section = new Section();
		section.setId("reflection-never");
		section.addClassName("reflection-section");
		section.add(new H2(getTranslation("reflection.never.title")),
				new Paragraph(getTranslation("reflection.never.text", reflection.families())));
		OrderedList lines = new OrderedList();
		lines.addClassName("reflection-never-lines");
		Reflection.NeverIntroduced once = reflection.cameExactly(1);
		Reflection.NeverIntroduced twice = reflection.cameExactly(2);
		Reflection.NeverIntroduced often = reflection.cameAtLeast(3);
		lines.add(new ListItem(getTranslation("reflection.never.once", once.families(), once.openToMeet())),
				new ListItem(getTranslation("reflection.never.twice", twice.families(), twice.openToMeet())),
				new ListItem(getTranslation("reflection.never.often", often.families(), often.openToMeet())));
		lines.setId("reflection-never-lines");
		section.add(lines);
		return section;
	}

	private Section questions(Reflection reflection) {
		Section section = new Section();
		section.setId("reflection-questions");
		section.addClassName("reflection-section");
		section.add(new H2(getTranslation("reflection.questions.title")));
		List<String> asked = new ArrayList<>();
		QUESTIONS.forEach(key -> asked.add(getTranslation(key)));
		int often = reflection.cameAtLeast(3).families();
		if (often > 0) {
			asked.add(getTranslation("reflection.question.often", often));
		}
		Introductions figures = reflection.introductions();
		if (figures.withdrawn() + figures.open() > figures.introduced()) {
			asked.add(getTranslation("reflection.question.unanswered", figures.withdrawn() + figures.open()));
		}
		OrderedList list = new OrderedList();
		list.setId("reflection-questions-list");
		asked.forEach(question -> list.add(new ListItem(question)));
		section.add(list);
		return section;
	}

	private List<String> row(Texts texts, String key, int count, int whole) {
		return List.of(getTranslation(key), Integer.toString(count),
				whole == 0 ? "–" : texts.percent((double) count / whole));
	}

	private Section section(String id, String titleKey, String text, List<List<String>> rows, String firstColumn) {
		Section section = new Section();
		section.setId(id);
		section.addClassName("reflection-section");
		section
			.add(new H2(getTranslation(titleKey)), new Paragraph(text),
					new ChartSection.Figures(getTranslation(titleKey), List.of(getTranslation(firstColumn),
							getTranslation("reflection.column.count"), getTranslation("reflection.column.share")), rows)
						.table(id + "-table"));
		return section;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("app.name") + " · " + getTranslation("reflection.title");
	}

}
