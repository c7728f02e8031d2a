package org.onthaal.space.ui;

import java.util.List;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
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
import org.onthaal.base.security.StaffRoles;
import org.onthaal.space.CatalogueInterest;
import org.onthaal.space.InterestCatalogueService;
import org.onthaal.space.LocationService;
import org.onthaal.space.LocationSummary;

/**
 * The interest catalogue families choose from on the kiosk: pictogram, the label per
 * language (the manager's own wording wins over the built-in one), whether it is offered,
 * and in which order. Shared by every meeting place of the installation.
 */
@Route("office/interests")
@RolesAllowed(StaffRoles.MANAGER)
@StyleSheet("styles/office-space.css")
public class InterestsView extends Main implements HasDynamicTitle {

	private final transient InterestCatalogueService service;

	private final Grid<CatalogueInterest> grid = new Grid<>();

	private final String defaultLanguage;

	private List<CatalogueInterest> interests = List.of();

	public InterestsView(InterestCatalogueService service, LocationService locations) {
		this.service = service;
		this.defaultLanguage = SelectedLocation.current(locations).map(LocationSummary::defaultLanguage).orElse("nl");
		addClassName("office-page");
		addClassName("space-page");

		Button add = new Button(getTranslation("space.interests.add"), VaadinIcon.PLUS.create(),
				event -> new InterestDialog(service, null, this::refresh).open());
		add.setId("interests-add");
		add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Div heading = new Div(new H1(getTranslation("office.nav.interests")), add);
		heading.addClassName("space-heading");

		grid.setId("interests-grid");
		grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
		grid.setAllRowsVisible(true);
		grid.addComponentColumn(interest -> PictogramSelect.picture(interest.pictogram()))
			.setHeader(getTranslation("space.interests.field.pictogram"))
			.setKey("pictogram")
			.setFlexGrow(0)
			.setAutoWidth(true);
		grid.addColumn(this::label)
			.setHeader(getTranslation("space.interests.field.label"))
			.setKey("label")
			.setFlexGrow(3);
		grid.addComponentColumn(this::origin).setHeader(getTranslation("space.interests.origin")).setKey("origin");
		grid.addComponentColumn(this::status).setHeader(getTranslation("space.interests.status")).setKey("status");
		grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true).setFlexGrow(0);

		add(heading, new Paragraph(getTranslation("space.interests.intro")), grid);
		refresh();
	}

	private void refresh() {
		interests = service.interests();
		grid.setItems(interests);
	}

	private String label(CatalogueInterest interest) {
		return interest.label(getLocale().getLanguage(), defaultLanguage, this::getTranslation);
	}

	private Span origin(CatalogueInterest interest) {
		String key = !interest.builtIn() ? "space.interests.origin.own"
				: interest.labels().isEmpty() ? "space.interests.origin.builtIn" : "space.interests.origin.reworded";
		return new Span(getTranslation(key));
	}

	private Span status(CatalogueInterest interest) {
		Span status = new Span(
				getTranslation(interest.active() ? "space.interests.offered" : "space.interests.notOffered"));
		status.addClassNames("space-status", interest.active() ? "space-status-active" : "space-status-inactive");
		return status;
	}

	private Component actions(CatalogueInterest interest) {
		int index = interests.indexOf(interest);
		Button up = iconButton(VaadinIcon.ARROW_UP, "interest-up-" + interest.code(), "space.interests.up", event -> {
			service.move(interest.id(), -1);
			refresh();
		});
		up.setEnabled(index > 0);
		Button down = iconButton(VaadinIcon.ARROW_DOWN, "interest-down-" + interest.code(), "space.interests.down",
				event -> {
					service.move(interest.id(), 1);
					refresh();
				});
		down.setEnabled(index < interests.size() - 1);
		Button edit = new Button(getTranslation("office.edit"), VaadinIcon.EDIT.create(),
				event -> new InterestDialog(service, interest, this::refresh).open());
		edit.setId("interest-edit-" + interest.code());
		edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		Div actions = new Div(up, down, edit);
		actions.addClassName("space-actions");
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

	@Override
	public String getPageTitle() {
		return getTranslation("app.name") + " · " + getTranslation("office.nav.interests");
	}

}
