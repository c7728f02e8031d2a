package org.onthaal.kiosk.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.onthaal.base.security.StaffRoles;
import org.onthaal.kiosk.KioskDevice;
import org.onthaal.kiosk.KioskDeviceService;
import org.onthaal.kiosk.KioskStatus;
import org.onthaal.kiosk.PairingCodeIssued;
import org.onthaal.space.LocationService;
import org.onthaal.space.LocationSummary;
import org.onthaal.space.ui.SelectedLocation;

import org.springframework.beans.factory.annotation.Value;

/**
 * The kiosk devices of the chosen meeting place: register one (its one-time pairing code
 * is shown once), see which are online, make a new code for one that was not paired in
 * time, revoke one that is lost or replaced. The list refreshes itself every half minute
 * so online/offline stays true while the page is open.
 */
@Route("office/kiosks")
@RolesAllowed(StaffRoles.MANAGER)
@StyleSheet("styles/office-kiosks.css")
public class KiosksView extends Main implements HasDynamicTitle {

	private static final int REFRESH_MILLIS = 30_000;

	private final transient KioskDeviceService devices;

	private final transient Clock clock;

	private final String kioskUrl;

	private final @Nullable LocationSummary location;

	private final Grid<KioskDevice> grid = new Grid<>();

	private final Paragraph empty = new Paragraph();

	private @Nullable Registration polling;

	public KiosksView(KioskDeviceService devices, LocationService locations, Clock clock,
			@Value("${onthaal.public-url:http://localhost:8080}") String publicUrl) {
		this.devices = devices;
		this.clock = clock;
		this.kioskUrl = serverAddress(publicUrl) + "/kiosk";
		addClassName("office-page");
		addClassName("kiosks-page");
		add(new H1(getTranslation("office.kiosks.title")));
		location = SelectedLocation.current(locations).orElse(null);
		if (location == null) {
			Paragraph noLocation = new Paragraph(getTranslation("office.noLocation"));
			noLocation.setId("kiosks-no-location");
			add(noLocation);
			return;
		}
		Paragraph intro = new Paragraph(getTranslation("office.kiosks.intro", kioskUrl));
		intro.setId("kiosks-intro");
		Button register = new Button(getTranslation("office.kiosks.register"), VaadinIcon.PLUS.create(),
				event -> openRegister());
		register.setId("kiosks-register");
		register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		register.addClassName("kiosks-action");

		grid.setId("kiosks-grid");
		grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
		grid.setAllRowsVisible(true);
		grid.addColumn(KioskDevice::name).setKey("name").setHeader(getTranslation("office.kiosks.name")).setFlexGrow(2);
		grid.addComponentColumn(this::status)
			.setKey("status")
			.setHeader(getTranslation("office.kiosks.status"))
			.setFlexGrow(2);
		grid.addColumn(device -> lastSeen(device.lastSeenAt()))
			.setKey("lastSeen")
			.setHeader(getTranslation("office.kiosks.lastSeen"));
		grid.addColumn(device -> dateTime(device.pairedAt()))
			.setKey("pairedAt")
			.setHeader(getTranslation("office.kiosks.pairedAt"));
		grid.addComponentColumn(this::actions)
			.setKey("actions")
			.setHeader(getTranslation("office.kiosks.actions"))
			.setFlexGrow(2);

		empty.setId("kiosks-empty");
		empty.addClassName("kiosks-empty");
		empty.setText(getTranslation("office.kiosks.empty"));
		add(intro, register, grid, empty);
		refresh();
	}

	private LocationSummary place() {
		if (location == null) {
			throw new IllegalStateException("No meeting place chosen");
		}
		return location;
	}

	void refresh() {
		List<KioskDevice> list = devices.devices(place().id());
		grid.setItems(list);
		grid.setVisible(!list.isEmpty());
		empty.setVisible(list.isEmpty());
	}

	// ---- cells ----

	private Component status(KioskDevice device) {
		Span label = new Span(
				getTranslation("office.kiosks.status." + device.status().name().toLowerCase(Locale.ROOT)));
		label.addClassNames("kiosk-status", device.status().name().toLowerCase(Locale.ROOT));
		label.setId("kiosks-status-" + device.id());
		Div cell = new Div(label);
		if (device.status() == KioskStatus.WAITING) {
			Instant expires = device.pairingExpiresAt();
			Span code = new Span(device.codeExpired(clock.instant()) ? getTranslation("office.kiosks.codeExpired")
					: getTranslation("office.kiosks.codeValidUntil", time(expires)));
			code.addClassName("kiosk-status-detail");
			cell.add(code);
		}
		return cell;
	}

	private Component actions(KioskDevice device) {
		Div cell = new Div();
		cell.addClassName("kiosks-row-actions");
		if (device.status() == KioskStatus.WAITING) {
			Button renew = new Button(getTranslation("office.kiosks.renew"), VaadinIcon.REFRESH.create(),
					event -> renew(device));
			renew.setId("kiosks-renew-" + device.id());
			renew.addClassName("kiosks-action");
			cell.add(renew);
		}
		if (device.status() != KioskStatus.REVOKED) {
			Button revoke = new Button(getTranslation("office.kiosks.revoke"), VaadinIcon.BAN.create(),
					event -> new RevokeKioskDialog(device, () -> revoke(device)).open());
			revoke.setId("kiosks-revoke-" + device.id());
			revoke.addClassName("kiosks-action");
			revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
			cell.add(revoke);
		}
		return cell;
	}

	/** "just now", "5 min ago", "3 hours ago", "2 days ago", or "never". */
	String lastSeen(@Nullable Instant seen) {
		if (seen == null) {
			return getTranslation("office.kiosks.seen.never");
		}
		Duration ago = Duration.between(seen, clock.instant());
		if (ago.toMinutes() < 1) {
			return getTranslation("office.kiosks.seen.justNow");
		}
		if (ago.toHours() < 1) {
			return getTranslation("office.kiosks.seen.minutes", ago.toMinutes());
		}
		if (ago.toDays() < 1) {
			return ago.toHours() == 1 ? getTranslation("office.kiosks.seen.hour")
					: getTranslation("office.kiosks.seen.hours", ago.toHours());
		}
		return ago.toDays() == 1 ? getTranslation("office.kiosks.seen.day")
				: getTranslation("office.kiosks.seen.days", ago.toDays());
	}

	private String dateTime(@Nullable Instant instant) {
		return instant == null ? ""
				: DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
					.withLocale(getLocale())
					.withZone(zone())
					.format(instant);
	}

	private String time(@Nullable Instant instant) {
		return instant == null ? ""
				: DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
					.withLocale(getLocale())
					.withZone(zone())
					.format(instant);
	}

	private ZoneId zone() {
		return place().timeZone();
	}

	// ---- actions ----

	private void openRegister() {
		RegisterKioskDialog dialog = new RegisterKioskDialog();
		dialog.addRegisterListener(event -> {
			PairingCodeIssued issued = devices.register(place().id(), event.name());
			dialog.close();
			refresh();
			showCode(issued);
		});
		dialog.open();
	}

	private void renew(KioskDevice device) {
		try {
			showCode(devices.renewCode(device.id()));
		}
		catch (IllegalStateException ex) {
			Notification.show(getTranslation("office.kiosks.alreadyPaired", device.name()));
		}
		refresh();
	}

	private void revoke(KioskDevice device) {
		devices.revoke(device.id());
		Notification.show(getTranslation("office.kiosks.revoked", device.name()));
		refresh();
	}

	private void showCode(PairingCodeIssued issued) {
		new PairingCodeDialog(issued, kioskUrl, zone()).open();
	}

	// ---- live: online/offline changes while the page is open ----

	@Override
	protected void onAttach(AttachEvent attachEvent) {
		if (location == null) {
			return;
		}
		UI ui = attachEvent.getUI();
		ui.setPollInterval(REFRESH_MILLIS);
		polling = ui.addPollListener(event -> refresh());
	}

	@Override
	protected void onDetach(DetachEvent detachEvent) {
		if (polling != null) {
			polling.remove();
			polling = null;
			detachEvent.getUI().setPollInterval(-1);
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("app.name") + " · " + getTranslation("office.kiosks.title");
	}

	/**
	 * The address this manager reached the server at: a kiosk on the same network reaches
	 * it there too, and it is right behind a proxy (with forwarded headers) where a
	 * configured default may not be.
	 */
	private static String serverAddress(String configured) {
		VaadinServletRequest current = VaadinServletRequest.getCurrent();
		if (current == null || current.getServerName() == null) {
			return configured.replaceAll("/+$", "");
		}
		HttpServletRequest request = current.getHttpServletRequest();
		boolean defaultPort = (request.getScheme().equals("http") && request.getServerPort() == 80)
				|| (request.getScheme().equals("https") && request.getServerPort() == 443);
		return request.getScheme() + "://" + request.getServerName()
				+ (defaultPort ? "" : ":" + request.getServerPort()) + request.getContextPath();
	}

}
