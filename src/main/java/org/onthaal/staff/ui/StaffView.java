package org.onthaal.staff.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
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
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.onthaal.base.security.CurrentUser;
import org.onthaal.space.LocationService;
import org.onthaal.space.LocationSummary;
import org.onthaal.space.ui.SelectedLocation;
import org.onthaal.staff.Role;
import org.onthaal.staff.StaffChangeRejected;
import org.onthaal.staff.StaffMember;
import org.onthaal.staff.StaffAdministration;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Who may sign in, as host or manager, and where: the staff sharing a meeting place with
 * the signed-in manager. A row's edit button opens the person: change them, reset their
 * password or deactivate them.
 */
@Route("office/staff")
@RolesAllowed(Role.MANAGER_NAME)
@StyleSheet("styles/office-staff.css")
public class StaffView extends Main implements HasDynamicTitle {

	private final transient StaffAdministration staff;

	private final Grid<StaffMember> grid = new Grid<>();

	private final String me;

	private ZoneId zone = ZoneId.systemDefault();

	public StaffView(StaffAdministration staff, LocationService locations) {
		this.staff = staff;
		this.me = CurrentUser.username();
		addClassNames("office-page", "staff-page");
		add(new H1(getTranslation("staff.title")));
		Optional<LocationSummary> here = SelectedLocation.current(locations);
		if (here.isEmpty()) {
			Paragraph none = new Paragraph(getTranslation("office.noLocation"));
			none.setId("staff-no-location");
			add(none);
			return;
		}
		zone = here.get().timeZone();
		Button add = new Button(getTranslation("staff.add"), VaadinIcon.PLUS.create(), event -> openCreate());
		add.setId("staff-add");
		add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Div header = new Div(new Paragraph(getTranslation("staff.intro")), add);
		header.addClassName("staff-header");
		add(header, grid());
		refresh();
	}

	private Grid<StaffMember> grid() {
		grid.setId("staff-grid");
		// names, roles and places wrap rather than hide behind an ellipsis
		grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
		grid.addComponentColumn(this::nameCell)
			.setKey("name")
			.setHeader(getTranslation("staff.column.name"))
			.setFlexGrow(2)
			.setComparator(member -> member.displayName().toLowerCase(getLocale()));
		grid.addColumn(StaffMember::username)
			.setKey("username")
			.setHeader(getTranslation("staff.column.username"))
			.setSortable(true);
		grid.addColumn(this::rolesText).setKey("roles").setHeader(getTranslation("staff.column.roles"));
		grid.addColumn(this::locationsText)
			.setKey("locations")
			.setHeader(getTranslation("staff.column.locations"))
			.setFlexGrow(2);
		grid.addComponentColumn(this::statusCell).setKey("status").setHeader(getTranslation("staff.column.status"));
		grid.addColumn(this::lastSignIn).setKey("lastLogin").setHeader(getTranslation("staff.column.lastLogin"));
		grid.addComponentColumn(member -> {
			Button edit = new Button(getTranslation("office.edit"), VaadinIcon.EDIT.create(),
					event -> openEdit(member));
			edit.setId("staff-edit-" + member.username());
			edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
			return edit;
		}).setKey("actions").setAutoWidth(true).setFlexGrow(0);
		grid.setAllRowsVisible(true);
		return grid;
	}

	private Component nameCell(StaffMember member) {
		Div cell = new Div(new Span(member.displayName()));
		cell.addClassName("staff-name");
		if (member.username().equals(me)) {
			cell.add(tag(getTranslation("staff.you"), "tag-you"));
		}
		if (member.demo()) {
			cell.add(tag(getTranslation("staff.demo"), "tag-demo"));
		}
		if (member.mustChangePassword()) {
			cell.add(tag(getTranslation("staff.mustChange"), "tag-must-change"));
		}
		return cell;
	}

	private static Span tag(String text, String kind) {
		Span tag = new Span(text);
		tag.addClassNames("tag", kind);
		return tag;
	}

	private Component statusCell(StaffMember member) {
		Span status = new Span(getTranslation(member.active() ? "office.active" : "office.inactive"));
		status.addClassNames("tag", member.active() ? "tag-active" : "tag-inactive");
		return status;
	}

	private String rolesText(StaffMember member) {
		return member.roles()
			.stream()
			.sorted()
			.map(role -> getTranslation("staff.role." + role.name()))
			.collect(Collectors.joining(", "));
	}

	private String locationsText(StaffMember member) {
		if (member.locations().isEmpty()) {
			return getTranslation("staff.locations.all");
		}
		return member.locations().stream().map(StaffMember.Place::name).collect(Collectors.joining(", "));
	}

	private String lastSignIn(StaffMember member) {
		if (member.lastLoginAt() == null) {
			return getTranslation("staff.lastLogin.never");
		}
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(getLocale())
			.withZone(zone)
			.format(member.lastLoginAt());
	}

	private List<StaffMember> refresh() {
		// a place has a handful of staff: one query, the list kept by the grid
		List<StaffMember> members = staff.listStaff();
		grid.setItems(members);
		return members;
	}

	private void openCreate() {
		StaffDialog dialog = StaffDialog.create(staff.assignableLocations());
		dialog.addCreateListener(event -> {
			try {
				staff.createStaff(event.newStaff());
				dialog.close();
				refresh();
				notify(getTranslation("staff.created", event.newStaff().displayName()), false);
			}
			catch (StaffChangeRejected rejected) {
				dialog.showRejection(rejected);
			}
		});
		dialog.open();
	}

	private void openEdit(StaffMember member) {
		StaffDialog dialog = StaffDialog.edit(member, staff.assignableLocations(), member.username().equals(me));
		dialog.addUpdateListener(event -> {
			try {
				staff.update(member.id(), member.version(), event.changes());
				dialog.close();
				refresh();
				notify(getTranslation("office.saved"), false);
			}
			catch (StaffChangeRejected rejected) {
				dialog.showRejection(rejected);
			}
			catch (OptimisticLockingFailureException conflict) {
				conflict(dialog, member);
			}
		});
		dialog.addResetPasswordListener(event -> confirmReset(dialog, member));
		dialog.addActiveListener(event -> confirmActive(dialog, member, event.activate()));
		dialog.open();
	}

	private void confirmReset(StaffDialog dialog, StaffMember member) {
		ConfirmationDialog confirm = new ConfirmationDialog(
				getTranslation("staff.confirm.reset.title", member.displayName()),
				getTranslation("staff.confirm.reset.text", member.displayName()),
				getTranslation("staff.resetPassword"));
		confirm.addConfirmListener(event -> {
			try {
				String temporary = staff.resetPassword(member.id(), member.version());
				dialog.close();
				refresh();
				new TemporaryPasswordDialog(member.displayName(), temporary).open();
			}
			catch (StaffChangeRejected rejected) {
				dialog.showRejection(rejected);
			}
			catch (OptimisticLockingFailureException conflict) {
				conflict(dialog, member);
			}
		});
		confirm.open();
	}

	private void confirmActive(StaffDialog dialog, StaffMember member, boolean activate) {
		String action = activate ? "reactivate" : "deactivate";
		ConfirmationDialog confirm = new ConfirmationDialog(
				getTranslation("staff.confirm." + action + ".title", member.displayName()),
				getTranslation("staff.confirm." + action + ".text", member.displayName()),
				getTranslation("staff." + action));
		confirm.addConfirmListener(event -> {
			try {
				if (activate) {
					staff.reactivate(member.id(), member.version());
				}
				else {
					staff.deactivate(member.id(), member.version());
				}
				dialog.close();
				refresh();
				notify(getTranslation("staff." + action + "d", member.displayName()), false);
			}
			catch (StaffChangeRejected rejected) {
				dialog.showRejection(rejected);
			}
			catch (OptimisticLockingFailureException conflict) {
				conflict(dialog, member);
			}
		});
		confirm.open();
	}

	/** Someone else changed the person meanwhile: show their latest state to redo it. */
	private void conflict(StaffDialog dialog, StaffMember member) {
		dialog.close();
		refresh().stream().filter(fresh -> fresh.id() == member.id()).findFirst().ifPresent(this::openEdit);
		notify(getTranslation("office.conflict"), true);
	}

	private static void notify(String text, boolean warning) {
		Notification notification = Notification.show(text, 5000, Notification.Position.BOTTOM_START);
		notification.addThemeVariants(warning ? NotificationVariant.LUMO_WARNING : NotificationVariant.LUMO_SUCCESS);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("app.name") + " · " + getTranslation("staff.title");
	}

}
