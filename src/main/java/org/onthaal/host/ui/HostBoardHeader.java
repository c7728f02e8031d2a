package org.onthaal.host.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import org.jspecify.annotations.Nullable;
import org.onthaal.space.LocationSummary;

/**
 * The board's top line: title, place, how many families are here, checking a family in,
 * and the host's account. On a phone or an upright tablet the account and signing out
 * fold into a small menu (the stylesheet chooses which of the two shows), so the line
 * stays short.
 */
class HostBoardHeader extends Header {

	private final Span count = new Span();

	private final Button assist;

	/** Room for the board's own settings (before the account). */
	private final Div tools = new Div();

	HostBoardHeader(@Nullable LocationSummary location, Runnable openAssist, Runnable signOut) {
		addClassName("host-header");
		H1 title = new H1(getTranslation("host.title"));
		title.setId("host-title");
		Div headings = new Div(title);
		headings.addClassName("host-headings");
		Div where = new Div();
		where.addClassName("host-where");
		if (location != null) {
			Span place = new Span(getTranslation("host.location", location.name()));
			place.addClassName("host-location");
			where.add(place);
			if (location.demo()) {
				Span demo = new Span(getTranslation("app.demo"));
				demo.addClassNames("tag", "tag-demo");
				where.add(demo);
			}
		}
		count.setId("host-count");
		count.addClassName("host-count");
		where.add(count);
		headings.add(where);

		assist = new Button(getTranslation("host.assist.open"), VaadinIcon.PLUS.create(), event -> openAssist.run());
		assist.setId("host-assist");
		assist.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		assist.addClassName("host-assist");
		tools.addClassName("host-tools");

		Anchor account = new Anchor("password", getTranslation("app.account"));
		account.setId("host-account");
		account.addClassNames("host-account", "host-wide-only");
		Button signOutButton = new Button(getTranslation("app.signOut"), event -> signOut.run());
		signOutButton.setId("host-sign-out");
		signOutButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		signOutButton.addClassName("host-wide-only");

		MenuBar menu = new MenuBar();
		menu.setId("host-menu");
		menu.addClassNames("host-menu", "host-narrow-only");
		menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE, MenuBarVariant.LUMO_END_ALIGNED);
		MenuItem root = menu.addItem(VaadinIcon.USER.create());
		root.setAriaLabel(getTranslation("host.menu"));
		root.getSubMenu().addItem(getTranslation("app.account"), event -> UI.getCurrent().navigate("password"));
		root.getSubMenu().addItem(getTranslation("app.signOut"), event -> signOut.run());

		add(headings, assist, tools, account, signOutButton, menu);
	}

	void setCount(String text) {
		count.setText(text);
	}

	/** Without a place a host checks nobody in (fail closed). */
	void hideAssist() {
		assist.setVisible(false);
	}

	/** Where a setting of this board goes. */
	Div tools() {
		return tools;
	}

}
