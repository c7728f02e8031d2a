package org.onthaal.office;

import java.time.Duration;
import java.util.List;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.onthaal.base.security.StaffRoles;
import org.onthaal.space.LocationService;
import org.onthaal.space.LocationSummary;
import org.onthaal.space.ui.LocationsView;
import org.onthaal.space.ui.SelectedLocation;

import org.springframework.beans.factory.annotation.Value;

/**
 * The frame of every back-office screen (every route under {@code office/}): the menu,
 * the meeting place being worked on, and sign-out. Screens don't name this class:
 * {@code @Layout} wraps them by their path, so features never depend on the shell.
 *
 * <p>
 * Idle sign-out: a back-office session ends after 30 minutes without a tap, click or key
 * in a back-office tab. The browser counts the quiet time (it knows about interaction;
 * the server sees only requests, and the host board's once-a-minute refresh would keep
 * any server-side timer alive) and then asks the server to sign out. The host board has
 * no such timer: it is a wall screen that may stay open all day.
 *
 * <p>
 * A manager with no meeting place works nowhere (fail closed): every screen shows that
 * instead of its content, which is never attached. The places screen keeps its (empty)
 * list and its button below the message, since creating a place reads no one's data.
 */
@Layout("/office")
@RolesAllowed(StaffRoles.MANAGER)
public class OfficeLayout extends AppLayout implements AfterNavigationObserver {

	private final transient AuthenticationContext authentication;

	private final transient LocationService locations;

	private final String username;

	private final long idleMillis;

	private final SideNav nav = new SideNav();

	public OfficeLayout(LocationService locations, AuthenticationContext authentication,
			@Value("${onthaal.office.idle-timeout:30m}") Duration idleTimeout) {
		this.authentication = authentication;
		this.locations = locations;
		this.idleMillis = idleTimeout.toMillis();
		this.username = authentication.getPrincipalName().orElse("");
		addClassName("office");
		setPrimarySection(Section.DRAWER);

		Span title = new Span(getTranslation("office.title"));
		title.addClassName("office-title");
		Div spacer = new Div();
		spacer.addClassName("office-spacer");
		Button signOut = new Button(getTranslation("app.signOut"), VaadinIcon.SIGN_OUT.create(),
				event -> authentication.logout());
		signOut.setId("office-sign-out");
		signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		Span user = new Span(getTranslation("office.signedInAs", username));
		user.addClassName("office-user");
		// own password and screen language
		Anchor account = new Anchor("password", getTranslation("app.account"));
		account.setId("office-account");
		account.addClassName("office-account");
		addToNavbar(new DrawerToggle(), title, locationChooser(locations, username), spacer, user, account, signOut);

		nav.setId("office-nav");
		item("office.nav.overview", "office", VaadinIcon.HOME);
		item("office.nav.staff", "office/staff", VaadinIcon.USERS);
		item("office.nav.locations", "office/locations", VaadinIcon.BUILDING);
		item("office.nav.zones", "office/zones", VaadinIcon.GRID_BIG);
		item("office.nav.hours", "office/hours", VaadinIcon.CLOCK);
		item("office.nav.interests", "office/interests", VaadinIcon.HEART);
		item("office.nav.kiosks", "office/kiosks", VaadinIcon.TABLET);
		item("office.nav.prompts", "office/prompts", VaadinIcon.MICROPHONE);
		item("office.nav.families", "office/families", VaadinIcon.FAMILY);
		item("office.nav.audit", "office/audit", VaadinIcon.CLIPBOARD_TEXT);
		item("office.nav.insights", "office/insights", VaadinIcon.CHART);
		item("office.nav.reflection", "office/reflection", VaadinIcon.COMMENTS_O);
		item("office.nav.tuning", "office/engine", VaadinIcon.SLIDERS);
		item("office.nav.hostBoard", "host", VaadinIcon.COFFEE);
		addToDrawer(nav);
	}

	private void item(String key, String path, VaadinIcon icon) {
		SideNavItem item = new SideNavItem(getTranslation(key), path, icon.create());
		item.setId("nav-" + path.replace('/', '-'));
		nav.addItem(item);
	}

	private Component locationChooser(LocationService locations, String username) {
		List<LocationSummary> mine = locations.locationsFor(username);
		if (mine.size() < 2) {
			Span only = new Span(mine.isEmpty() ? "" : mine.get(0).name());
			only.addClassName("office-location");
			return only;
		}
		Select<LocationSummary> chooser = new Select<>();
		chooser.setId("office-location");
		chooser.setAriaLabel(getTranslation("office.location"));
		chooser.setItems(mine);
		chooser.setItemLabelGenerator(LocationSummary::name);
		SelectedLocation.current(locations).ifPresent(chooser::setValue);
		chooser.addValueChangeListener(event -> {
			if (event.isFromClient() && event.getValue() != null) {
				SelectedLocation.choose(event.getValue().id());
				// every screen reads the chosen place when it is built
				UI.getCurrent().getPage().reload();
			}
		});
		return chooser;
	}

	@Override
	public void showRouterLayoutContent(@Nullable HasElement content) {
		if (content == null || !locations.locationsFor(username).isEmpty()) {
			super.showRouterLayoutContent(content);
			return;
		}
		Paragraph message = new Paragraph(getTranslation("office.noPlace"));
		message.setId("office-no-place");
		Main page = new Main(message);
		page.addClassName("office-page");
		if (content instanceof LocationsView places) {
			page.add(places);
		}
		setContent(page);
	}

	@Override
	protected void onAttach(AttachEvent attachEvent) {
		super.onAttach(attachEvent);
		getElement().executeJs("""
				const layout = this;
				const restart = () => {
				  clearTimeout(layout.__onthaalIdle);
				  layout.__onthaalIdle = setTimeout(() => layout.$server.signOutIdle(), $0);
				};
				if (!layout.__onthaalIdleListening) {
				  ['pointerdown', 'keydown', 'wheel', 'touchstart'].forEach(type =>
				      document.addEventListener(type, restart, { passive: true, capture: true }));
				  layout.__onthaalIdleListening = true;
				}
				restart();
				""", idleMillis);
	}

	/** Called by the browser after the idle time without interaction. */
	@ClientCallable
	public void signOutIdle() {
		authentication.logout();
	}

	@Override
	public void afterNavigation(AfterNavigationEvent event) {
		// the drawer covers small screens: close it once a screen is chosen
		if (isOverlay()) {
			setDrawerOpened(false);
		}
	}

}
