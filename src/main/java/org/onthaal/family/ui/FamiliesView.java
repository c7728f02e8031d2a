package org.onthaal.family.ui;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.onthaal.base.i18n.Translations;
import org.onthaal.base.security.StaffRoles;
import org.onthaal.base.ui.Pictograms;
import org.onthaal.family.FamilyAdminService;
import org.onthaal.family.FamilyCard;
import org.onthaal.family.FamilySummary;
import org.onthaal.space.LocationService;
import org.onthaal.space.LocationSummary;
import org.onthaal.space.ui.SelectedLocation;

/**
 * Families of the meeting place being worked on: found by nickname or card, then opened
 * to correct, export or erase. Nothing is listed before the manager searches.
 */
@Route("office/families")
@RolesAllowed(StaffRoles.MANAGER)
@StyleSheet("styles/office-families.css")
public class FamiliesView extends Main implements HasDynamicTitle {

	private final transient FamilyAdminService families;

	private final TextField search = new TextField();

	private final Select<String> pictogram = new Select<>();

	private final Grid<FamilySummary> grid = new Grid<>();

	private final Paragraph empty = new Paragraph();

	private long locationId;

	public FamiliesView(FamilyAdminService families, LocationService locations) {
		this.families = families;
		addClassNames("office-page", "families-page");
		add(new H1(getTranslation("families.title")));
		SelectedLocation.current(locations).ifPresentOrElse(this::build, () -> {
			Paragraph none = new Paragraph(getTranslation("office.noLocation"));
			none.setId("families-no-location");
			add(none);
		});
	}

	private void build(LocationSummary location) {
		locationId = location.id();
		add(new Paragraph(getTranslation("families.intro")));

		search.setId("families-search");
		search.setLabel(getTranslation("families.search"));
		search.setPlaceholder(getTranslation("families.search.placeholder"));
		search.setPrefixComponent(VaadinIcon.SEARCH.create());
		search.setClearButtonVisible(true);
		search.setValueChangeMode(ValueChangeMode.LAZY);
		search.addValueChangeListener(event -> refresh());

		pictogram.setId("families-pictogram");
		pictogram.setLabel(getTranslation("families.pictogram"));
		pictogram.setEmptySelectionAllowed(true);
		pictogram.setEmptySelectionCaption(getTranslation("families.pictogram.any"));
		pictogram.setItems(FamilyCard.PICTOGRAMS);
		pictogram.setRenderer(new ComponentRenderer<>(name -> {
			Span item = new Span(Pictograms.icon(name));
			item.getElement().setAttribute("aria-label", name);
			return item;
		}));
		pictogram.addValueChangeListener(event -> refresh());

		Div bar = new Div(search, pictogram);
		bar.addClassName("families-search-bar");

		ZoneId zone = location.timeZone();
		grid.setId("families-grid");
		grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
		grid.addColumn(FamilySummary::nickname)
			.setHeader(getTranslation("families.column.nickname"))
			.setKey("nickname")
			.setFlexGrow(2);
		grid.addColumn(
				family -> family.languages().stream().map(Translations::nativeName).collect(Collectors.joining(", ")))
			.setHeader(getTranslation("families.column.languages"))
			.setKey("languages");
		grid.addColumn(family -> family.childAgeBands().isEmpty() ? getTranslation("families.children.none")
				: String.join(", ", family.childAgeBands()))
			.setHeader(getTranslation("families.column.children"))
			.setKey("children");
		grid.addColumn(family -> date(family.firstVisit(), zone))
			.setHeader(getTranslation("families.column.firstVisit"))
			.setKey("firstVisit");
		grid.addColumn(family -> date(family.lastVisit(), zone))
			.setHeader(getTranslation("families.column.lastVisit"))
			.setKey("lastVisit");
		grid.addColumn(FamilySummary::visitCount)
			.setHeader(getTranslation("families.column.visits"))
			.setKey("visits")
			.setFlexGrow(0)
			.setAutoWidth(true);
		grid.addColumn(family -> getTranslation(family.consent() ? "office.yes" : "office.no"))
			.setHeader(getTranslation("families.column.consent"))
			.setKey("consent")
			.setAutoWidth(true);
		grid.addComponentColumn(family -> {
			Button open = new Button(getTranslation("families.open"), event -> open(location, family.id()));
			open.setId("family-" + family.id() + "-open");
			open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
			open.setAriaLabel(getTranslation("families.open.label", family.nickname()));
			return open;
		}).setKey("open").setFlexGrow(0).setAutoWidth(true);
		grid.addItemDoubleClickListener(event -> open(location, event.getItem().id()));
		grid.setItems(query -> families
			.search(location.id(), search.getValue(), pictogram.getValue(), query.getOffset(), query.getLimit())
			.stream(), query -> families.count(location.id(), search.getValue(), pictogram.getValue()));
		grid.setAllRowsVisible(false);

		empty.setId("families-empty");
		empty.addClassName("families-empty");
		add(bar, empty, grid);
		refresh();
	}

	private void refresh() {
		grid.getDataProvider().refreshAll();
		boolean searching = !search.getValue().isBlank() || pictogram.getValue() != null;
		int found = families.count(locationId, search.getValue(), pictogram.getValue());
		empty.setText(getTranslation(searching ? "families.none" : "families.hint"));
		empty.setVisible(found == 0);
		grid.setVisible(found > 0);
	}

	private void open(LocationSummary location, long familyId) {
		FamilyDialog dialog = new FamilyDialog(families, location.id(), location.timeZone(), familyId);
		dialog.addFamilyChangedListener(event -> refresh());
		dialog.open();
	}

	private String date(@Nullable OffsetDateTime at, ZoneId zone) {
		if (at == null) {
			return "";
		}
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
			.withLocale(getLocale() == null ? Locale.ENGLISH : getLocale())
			.format(at.atZoneSameInstant(zone));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("app.name") + " · " + getTranslation("families.title");
	}

}
