package org.onthaal.host.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.onthaal.base.ui.Countdown;
import org.onthaal.checkin.CheckInService;
import org.onthaal.checkin.LockedCodeEntry;

/**
 * On the host board: "kiosk Entrance: code entry locked, 04:12" for each kiosk of the
 * place that five wrong codes locked, with a button that lifts the lock at once (audited
 * by the service). The clock counts down in the browser; the notice goes at zero, and
 * when the board refreshes after a live update (a lock starts or another host lifted it).
 */
@StyleSheet("styles/code-entry-lock.css")
class CodeEntryLockNotices extends Div {

	private final transient CheckInService checkIns;

	private final long locationId;

	CodeEntryLockNotices(CheckInService checkIns, long locationId) {
		this.checkIns = checkIns;
		this.locationId = locationId;
		setId("host-code-locks");
		addClassName("host-code-locks");
		setVisible(false);
	}

	void refresh() {
		removeAll();
		List<LockedCodeEntry> locked = checkIns.lockedCodeEntries(locationId);
		locked.forEach(lock -> add(notice(lock)));
		setVisible(!locked.isEmpty());
	}

	private Div notice(LockedCodeEntry lock) {
		Div notice = new Div();
		notice.setId("host-code-lock-" + lock.kioskDeviceId());
		notice.addClassNames("code-entry-lock", "host-code-lock");
		notice.getElement().setAttribute("role", "status");
		Span text = new Span(getTranslation("host.codeLock.notice", lock.kioskName()));
		Countdown countdown = new Countdown(lock.secondsLeft(), () -> {
			remove(notice);
			setVisible(getComponentCount() > 0);
		});
		Button unlock = new Button(getTranslation("host.codeLock.unlock"), VaadinIcon.UNLOCK.create(), event -> {
			checkIns.unlockCodeEntry(lock.kioskDeviceId());
			refresh();
		});
		unlock.setId("host-code-unlock-" + lock.kioskDeviceId());
		unlock.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		notice.add(VaadinIcon.LOCK.create(), text, countdown, unlock);
		return notice;
	}

}
