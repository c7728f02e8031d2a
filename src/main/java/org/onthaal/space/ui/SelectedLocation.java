package org.onthaal.space.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.server.VaadinSession;
import org.onthaal.base.security.CurrentUser;
import org.onthaal.space.LocationService;
import org.onthaal.space.LocationSummary;

/**
 * The meeting place a manager is working on in the back office, kept for the session. A
 * manager scoped to one place never has to choose; one with several picks it in the back
 * office's header and every screen follows.
 */
public final class SelectedLocation {

	private static final String ATTRIBUTE = SelectedLocation.class.getName();

	private SelectedLocation() {
	}

	/** The chosen location if the user still works there, else their first one. */
	public static Optional<LocationSummary> current(LocationService locations) {
		List<LocationSummary> mine = locations.locationsFor(CurrentUser.username());
		Long chosen = VaadinSession.getCurrent() == null ? null
				: (Long) VaadinSession.getCurrent().getAttribute(ATTRIBUTE);
		return mine.stream()
			.filter(location -> chosen != null && location.id() == chosen)
			.findFirst()
			.or(() -> mine.stream().findFirst());
	}

	public static void choose(long locationId) {
		VaadinSession.getCurrent().setAttribute(ATTRIBUTE, locationId);
	}

}
