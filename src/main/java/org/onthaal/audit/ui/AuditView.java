package org.onthaal.audit.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

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
import com.vaadin.flow.component.html.Pre;
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

	private static final String BUNDLE = "i18n/office-families";

	private final transient AuditService audit;

	private final ComboBox<String> action = new ComboBox<>();

	private final ComboBox<String> actor = new ComboBox<>();

	private final DatePicker from = new DatePicker();

	private final DatePicker to = new DatePicker();

	private final Grid<AuditEntry> grid = new Grid<>();

	private final Paragraph empty = new Paragraph();

	private long locationId;

	public AuditView(AuditService audit, LocationService locations) {
		this.audit = audit;
		addClassNames("office-page", "audit-page");
		add(new H1(getTranslation("audit.title")));
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
		action.setItemLabelGenerator(this::actionLabel);
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
		grid.addColumn(AuditEntry::actor).setHeader(getTranslation("audit.column.actor")).setKey("actor");
		grid.addColumn(entry -> actionLabel(entry.action()))
			.setHeader(getTranslation("audit.column.action"))
			.setKey("action");
		grid.addColumn(entry -> entry.entityId() == null ? entry.entity()
				: getTranslation("audit.about", entry.entity(), String.valueOf(entry.entityId())))
			.setHeader(getTranslation("audit.column.about"))
			.setKey("about");
		grid.addColumn(this::summary)
			.setHeader(getTranslation("audit.column.details"))
			.setKey("details")
			.setFlexGrow(2);
		grid.setItemDetailsRenderer(new ComponentRenderer<>(entry -> {
			Pre pre = new Pre(entry.detailsPretty());
			pre.addClassName("audit-details-pre");
			return pre;
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

	/** Details as "key: value" pairs, lists joined, so a row reads without JSON. */
	String summary(AuditEntry entry) {
		if (entry.details().isEmpty()) {
			return getTranslation("audit.details.none");
		}
		return entry.details()
			.entrySet()
			.stream()
			.map(detail -> detail.getKey() + ": " + readable(detail.getValue()))
			.collect(Collectors.joining("; "));
	}

	private static String readable(Object value) {
		if (value instanceof Collection<?> values) {
			return values.stream().map(AuditView::readable).collect(Collectors.joining(", "));
		}
		if (value instanceof Map<?, ?> map) {
			return map.entrySet()
				.stream()
				.map(e -> e.getKey() + "=" + readable(e.getValue()))
				.collect(Collectors.joining(", ", "(", ")"));
		}
		return String.valueOf(value);
	}

	/**
	 * The action in the manager's language when a bundle names it, else its code: other
	 * features add actions this screen need not know.
	 */
	private String actionLabel(String code) {
		String key = "audit.action." + code;
		ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		return bundle.containsKey(key) ? getTranslation(key) : code;
	}

	private Locale locale() {
		return getLocale() == null ? Locale.ENGLISH : getLocale();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("app.name") + " · " + getTranslation("audit.title");
	}

}
