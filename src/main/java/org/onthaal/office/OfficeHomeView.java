package org.onthaal.office;

import com.vaadin.flow.component.html.Anchor;
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

/** The back office's front page: one tile per task, saying what it is for. */
@Route("office")
@RolesAllowed(StaffRoles.MANAGER)
public class OfficeHomeView extends Main implements HasDynamicTitle {

	public OfficeHomeView() {
		addClassName("office-page");
		add(new H1(getTranslation("office.title")), new Paragraph(getTranslation("office.home.intro")));
		Div tiles = new Div();
		tiles.addClassName("office-tiles");
		tile(tiles, "staff", "office/staff", VaadinIcon.USERS);
		tile(tiles, "locations", "office/locations", VaadinIcon.BUILDING);
		tile(tiles, "zones", "office/zones", VaadinIcon.GRID_BIG);
		tile(tiles, "hours", "office/hours", VaadinIcon.CLOCK);
		tile(tiles, "interests", "office/interests", VaadinIcon.HEART);
		tile(tiles, "kiosks", "office/kiosks", VaadinIcon.TABLET);
		tile(tiles, "families", "office/families", VaadinIcon.FAMILY);
		tile(tiles, "audit", "office/audit", VaadinIcon.CLIPBOARD_TEXT);
		tile(tiles, "insights", "office/insights", VaadinIcon.CHART);
		tile(tiles, "reflection", "office/reflection", VaadinIcon.COMMENTS_O);
		add(tiles);
	}

	private void tile(Div tiles, String name, String path, VaadinIcon icon) {
		// a plain link: screens live in other features, which this page must not depend
		// on
		Anchor link = new Anchor(path);
		link.addClassName("office-tile");
		link.setId("tile-" + name);
		Span title = new Span(getTranslation("office.nav." + name));
		title.addClassName("office-tile-title");
		Span text = new Span(getTranslation("office.home." + name));
		link.add(icon.create(), title, text);
		tiles.add(link);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("app.name") + " · " + getTranslation("office.title");
	}

}
