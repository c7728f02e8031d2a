package org.onthaal.audit.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.onthaal.audit.AuditEntry;
import org.onthaal.audit.AuditFilter;
import org.onthaal.audit.AuditService;
import org.onthaal.base.security.StaffRoles;
import org.onthaal.space.LocationService;
import org.onthaal.space.LocationSummary;
import org.onthaal.space.ui.SelectedLocation;

/**
 * The audit log of the meeting place being worked on, newest first, page by page as the
 * manager scrolls. Read-only; tap a row to see its details in full.
 */
@Route("office/audit")
@RolesAllowed(StaffRoles.MANAGER)
@StyleSheet("styles/office-families.css")
public class AuditView extends Main implements HasDynamicTitle {

	private final transient AuditService audit;

	private final ComboBox<String> action = new ComboBox<>();

	private final ComboBox<String> actor = new ComboBox<>();

	private final DatePicker from = new DatePicker();

	private final DatePicker to = new DatePicker();

	private final Grid<AuditEntry> grid = new Grid<>();

	private final Paragraph empty = new Paragraph();

	private final AuditWording wording = new AuditWording(this::getTranslation);

	private long locationId;

	public AuditView(AuditService audit, LocationService locations) {
		this.audit = audit;
		addClassNames("office-page", "audit-page");
		// the same word as the menu item that leads here
		add(new H1(getTranslation("office.nav.audit")));
		SelectedLocation.current(locations).ifPresentOrElse(this::build, () -> {
			Paragraph none = new Paragraph(getTranslation("office.noLocation"));
			none.setId("audit-no-location");
			add(none);
		});
	}

	private void build(LocationSummary location) {
		locationId = location.id();
		add(new Paragraph(getTranslation("audit.intro")));

		action.setId("audit-action");
		action.setLabel(getTranslation("audit.filter.action"));
		action.setPlaceholder(getTranslation("audit.filter.any"));
		action.setItems(audit.actions(locationId));
		action.setItemLabelGenerator(wording::action);
		action.setClearButtonVisible(true);
		actor.setId("audit-actor");
		actor.setLabel(getTranslation("audit.filter.actor"));
		actor.setPlaceholder(getTranslation("audit.filter.any"));
		actor.setItems(audit.actors(locationId));
		actor.setClearButtonVisible(true);
		from.setId("audit-from");
		from.setLabel(getTranslation("audit.filter.from"));
		from.setClearButtonVisible(true);
		to.setId("audit-to");
		to.setLabel(getTranslation("audit.filter.to"));
		to.setClearButtonVisible(true);
		from.addValueChangeListener(event -> to.setMin(event.getValue()));
		to.addValueChangeListener(event -> from.setMax(event.getValue()));
		Button clear = new Button(getTranslation("audit.filter.clear"), event -> {
			action.clear();
			actor.clear();
			from.clear();
			to.clear();
		});
		clear.setId("audit-clear");
		clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		action.addValueChangeListener(event -> refresh());
		actor.addValueChangeListener(event -> refresh());
		from.addValueChangeListener(event -> refresh());
		to.addValueChangeListener(event -> refresh());
		Div filters = new Div(action, actor, from, to, clear);
		filters.addClassName("audit-filters");

		ZoneId zone = location.timeZone();
		grid.setId("audit-grid");
		grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
		grid.addColumn(entry -> DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(locale())
			.format(entry.occurredAt().atZoneSameInstant(zone)))
			.setHeader(getTranslation("audit.column.when"))
			.setKey("when")
			.setAutoWidth(true)
			.setFlexGrow(0);
		// every text column wraps (the grid's wrap variant, and long words break in the
		// style sheet) so nothing is cut off with an ellipsis
		grid.addColumn(AuditEntry::actor)
			.setHeader(getTranslation("audit.column.actor"))
			.setKey("actor")
			.setResizable(true);
		grid.addColumn(entry -> wording.action(entry.action()))
			.setHeader(getTranslation("audit.column.action"))
			.setKey("action")
			.setFlexGrow(2)
			.setResizable(true);
		grid.addColumn(this::about).setHeader(getTranslation("audit.column.about")).setKey("about").setResizable(true);
		grid.addColumn(this::summary)
			.setHeader(getTranslation("audit.column.details"))
			.setKey("details")
			.setFlexGrow(3);
		// a tapped row shows its details one per line
		grid.setItemDetailsRenderer(new ComponentRenderer<>(entry -> {
			Div lines = new Div();
			lines.addClassName("audit-details-lines");
			wording.details(entry.details()).forEach(line -> lines.add(new Div(line)));
			return lines;
		}));
		grid.setItems(query -> audit.find(locationId, filter(), query.getOffset(), query.getLimit()).stream(),
				query -> audit.count(locationId, filter()));

		empty.setId("audit-empty");
		empty.addClassName("audit-empty");
		empty.setText(getTranslation("audit.none"));
		add(filters, empty, grid);
		refresh();
	}

	private AuditFilter filter() {
		return new AuditFilter(action.getValue(), actor.getValue(), from.getValue(), to.getValue());
	}

	private void refresh() {
		grid.getDataProvider().refreshAll();
		boolean any = audit.count(locationId, filter()) > 0;
		empty.setVisible(!any);
		grid.setVisible(any);
	}

	private String about(AuditEntry entry) {
		String entity = wording.entity(entry.entity());
		return entry.entityId() == null ? entity
				: getTranslation("audit.about", entity, String.valueOf(entry.entityId()));
	}

	/**
	 * Details as "label: value" pairs in the manager's language, so a row reads without
	 * JSON.
	 */
	String summary(AuditEntry entry) {
		if (entry.details().isEmpty()) {
			return getTranslation("audit.details.none");
		}
		return String.join("; ", wording.details(entry.details()));
	}

	private Locale locale() {
		return getLocale() == null ? Locale.ENGLISH : getLocale();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("app.name") + " · " + getTranslation("office.nav.audit");
	}

}
