package org.onthaal.space.ui;

import java.util.List;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.onthaal.base.security.StaffRoles;
import org.onthaal.space.LocationService;
import org.onthaal.space.LocationSummary;
import org.onthaal.space.SpaceRuleException;
import org.onthaal.space.Zone;
import org.onthaal.space.ZoneService;

/**
 * The corners of the chosen meeting place as set up: what each is for and how many it
 * holds, in the order the host board lists them. A corner with snapshots is deactivated
 * rather than deleted, so the insights keep its history.
 */
@Route("office/zones")
@RolesAllowed(StaffRoles.MANAGER)
@StyleSheet("styles/office-space.css")
public class ZonesView extends Main implements HasDynamicTitle {

	private final transient ZoneService service;

	private final @Nullable LocationSummary location;

	private final Grid<Zone> grid = new Grid<>();

	private final Paragraph empty = new Paragraph();

	private List<Zone> zones = List.of();

	public ZonesView(ZoneService service, LocationService locations) {
		this.service = service;
		this.location = SelectedLocation.current(locations).orElse(null);
		addClassName("office-page");
		addClassName("space-page");
		H1 title = new H1(getTranslation("office.nav.zones"));
		if (location == null) {
			Paragraph none = new Paragraph(getTranslation("office.noLocation"));
			none.setId("zones-no-location");
			add(title, none);
			return;
		}
		LocationSummary place = location;
		Button add = new Button(getTranslation("space.zones.add"), VaadinIcon.PLUS.create(),
				event -> new ZoneDialog(service, place, null, this::refresh).open());
		add.setId("zones-add");
		add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Div heading = new Div(title, add);
		heading.addClassName("space-heading");

		grid.setId("zones-grid");
		grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
		grid.setAllRowsVisible(true);
		grid.addComponentColumn(zone -> PictogramSelect.picture(zone.pictogram()))
			.setHeader(getTranslation("space.zones.field.pictogram"))
			.setKey("pictogram")
			.setFlexGrow(0)
			.setAutoWidth(true);
		grid.addComponentColumn(this::names)
			.setHeader(getTranslation("space.zones.field.name"))
			.setKey("name")
			.setFlexGrow(3);
		grid.addColumn(zone -> getTranslation("space.zones.kind." + zone.kind().name()))
			.setHeader(getTranslation("space.zones.field.kind"))
			.setKey("kind");
		grid.addColumn(Zone::capacity)
			.setHeader(getTranslation("space.zones.field.capacity"))
			.setKey("capacity")
			.setFlexGrow(0)
			.setAutoWidth(true);
		grid.addComponentColumn(this::status).setHeader(getTranslation("space.zones.status")).setKey("status");
		grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true).setFlexGrow(0);

		empty.setId("zones-empty");
		empty.setText(getTranslation("space.zones.empty"));
		empty.addClassName("space-empty");
		add(heading, new Paragraph(getTranslation("space.zones.intro", place.name())), empty, grid);
		refresh();
	}

	private void refresh() {
		if (location == null) {
			return;
		}
		zones = service.zones(location.id());
		grid.setItems(zones);
		empty.setVisible(zones.isEmpty());
		grid.setVisible(!zones.isEmpty());
	}

	private Component names(Zone zone) {
		Span name = new Span(zone.name());
		name.addClassName("space-zone-name");
		Div cell = new Div(name);
		if (location != null) {
			String translated = location.kioskLanguages()
				.stream()
				.filter(language -> zone.labels().containsKey(language))
				.map(language -> zone.labels().get(language))
				.reduce((a, b) -> a + " · " + b)
				.orElse("");
			if (!translated.isEmpty()) {
				Span labels = new Span(translated);
				labels.addClassName("space-zone-labels");
				cell.add(labels);
			}
		}
		return cell;
	}

	private Span status(Zone zone) {
		Span status = new Span(getTranslation(zone.active() ? "office.active" : "office.inactive"));
		status.addClassNames("space-status", zone.active() ? "space-status-active" : "space-status-inactive");
		return status;
	}

	private Component actions(Zone zone) {
		int index = zones.indexOf(zone);
		Button up = iconButton(VaadinIcon.ARROW_UP, "zone-up-" + zone.id(), "space.zones.up",
				event -> act(() -> service.move(place().id(), zone.id(), -1)));
		up.setEnabled(index > 0);
		Button down = iconButton(VaadinIcon.ARROW_DOWN, "zone-down-" + zone.id(), "space.zones.down",
				event -> act(() -> service.move(place().id(), zone.id(), 1)));
		down.setEnabled(index < zones.size() - 1);
		Button edit = new Button(getTranslation("office.edit"), VaadinIcon.EDIT.create(),
				event -> new ZoneDialog(service, place(), zone, this::refresh).open());
		edit.setId("zone-edit-" + zone.id());
		edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		Div actions = new Div(up, down, edit);
		actions.addClassName("space-actions");
		if (zone.active()) {
			Button deactivate = new Button(getTranslation("space.zones.deactivate"),
					event -> act(() -> service.setActive(place().id(), zone.id(), false)));
			deactivate.setId("zone-deactivate-" + zone.id());
			deactivate.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
			actions.add(deactivate);
		}
		else {
			Button activate = new Button(getTranslation("space.zones.activate"),
					event -> act(() -> service.setActive(place().id(), zone.id(), true)));
			activate.setId("zone-activate-" + zone.id());
			activate.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
			actions.add(activate);
		}
		if (zone.snapshots() == 0) {
			Button delete = new Button(getTranslation("space.zones.delete"), VaadinIcon.TRASH.create(),
					event -> confirmDelete(zone));
			delete.setId("zone-delete-" + zone.id());
			delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
			actions.add(delete);
		}
		return actions;
	}

	private Button iconButton(VaadinIcon icon, String id, String labelKey,
			ComponentEventListener<ClickEvent<Button>> listener) {
		Button button = new Button(icon.create(), listener);
		button.setId(id);
		button.setAriaLabel(getTranslation(labelKey));
		button.setTooltipText(getTranslation(labelKey));
		button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		return button;
	}

	private void confirmDelete(Zone zone) {
		Dialog confirm = new Dialog();
		confirm.setId("zone-delete-dialog");
		confirm.setHeaderTitle(getTranslation("space.zones.delete.title", zone.name()));
		confirm.add(new Paragraph(getTranslation("space.zones.delete.text")));
		Button yes = new Button(getTranslation("space.zones.delete"), event -> {
			confirm.close();
			act(() -> service.delete(place().id(), zone.id()));
		});
		yes.setId("zone-delete-confirm");
		yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
		Button no = new Button(getTranslation("office.cancel"), event -> confirm.close());
		confirm.getFooter().add(no, yes);
		confirm.open();
	}

	private void act(Runnable action) {
		try {
			action.run();
		}
		catch (SpaceRuleException ex) {
			Notification.show(getTranslation(ex.messageKey()));
		}
		refresh();
	}

	private LocationSummary place() {
		if (location == null) {
			throw new IllegalStateException("No meeting place chosen");
		}
		return location;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("app.name") + " · " + getTranslation("office.nav.zones");
	}

}
