package org.onthaal.space.ui;

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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.onthaal.base.i18n.Translations;
import org.onthaal.base.security.StaffRoles;
import org.onthaal.space.LocationAdminService;
import org.onthaal.space.LocationDetails;

/**
 * The meeting places a manager works at: name, time zone, the kiosk's languages in their
 * order, and how long visits and families are kept.
 */
@Route("office/locations")
@RolesAllowed(StaffRoles.MANAGER)
@StyleSheet("styles/office-space.css")
public class LocationsView extends Main implements HasDynamicTitle {

	private final transient LocationAdminService service;

	private final Grid<LocationDetails> grid = new Grid<>();

	public LocationsView(LocationAdminService service) {
		this.service = service;
		addClassName("office-page");
		addClassName("space-page");

		Button add = new Button(getTranslation("space.locations.add"), VaadinIcon.PLUS.create(),
				event -> new LocationDialog(service, null, this::refresh).open());
		add.setId("locations-add");
		add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Div heading = new Div(new H1(getTranslation("office.nav.locations")), add);
		heading.addClassName("space-heading");

		grid.setId("locations-grid");
		grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
		grid.setAllRowsVisible(true);
		grid.addColumn(LocationDetails::name)
			.setHeader(getTranslation("space.locations.field.name"))
			.setKey("name")
			.setFlexGrow(2);
		grid.addColumn(location -> location.timeZone().getId())
			.setHeader(getTranslation("space.locations.field.timeZone"))
			.setKey("timeZone");
		grid.addColumn(location -> location.kioskLanguages()
			.stream()
			.map(Translations::nativeName)
			.collect(Collectors.joining(" · ")))
			.setHeader(getTranslation("space.locations.field.languages"))
			.setKey("languages")
			.setFlexGrow(3);
		grid.addColumn(location -> Translations.nativeName(location.defaultLanguage()))
			.setHeader(getTranslation("space.locations.field.defaultLanguage"))
			.setKey("defaultLanguage");
		grid.addComponentColumn(this::status).setHeader(getTranslation("space.locations.status")).setKey("status");
		grid.addComponentColumn(this::editButton).setKey("actions").setFlexGrow(0).setAutoWidth(true);

		add(heading, new Paragraph(getTranslation("space.locations.intro")), grid);
		refresh();
	}

	private void refresh() {
		grid.setItems(service.myLocations());
	}

	private Span status(LocationDetails location) {
		Span status = new Span(getTranslation(location.active() ? "office.active" : "office.inactive"));
		status.addClassNames("space-status", location.active() ? "space-status-active" : "space-status-inactive");
		return status;
	}

	private Button editButton(LocationDetails location) {
		Button edit = new Button(getTranslation("office.edit"), VaadinIcon.EDIT.create(),
				event -> new LocationDialog(service, service.location(location.id()), this::refresh).open());
		edit.setId("location-edit-" + location.id());
		edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		return edit;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("app.name") + " · " + getTranslation("office.nav.locations");
	}

}
