package org.onthaal.host.ui;

import java.util.List;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.shared.Registration;
import org.jspecify.annotations.Nullable;
import org.onthaal.base.ui.Countdown;
import org.onthaal.checkin.CheckInService;
import org.onthaal.checkin.LockedCodeEntry;
import org.onthaal.live.LiveChange;
import org.onthaal.live.LiveUpdates;

/**
 * On the host board: "kiosk Entrance: code entry locked, 04:12" for each kiosk of the
 * place that five wrong codes locked, with a button that lifts the lock at once (audited
 * by the service). The clock counts down in the browser; the notice goes at zero, and
 * when a live update says a lock started or another host lifted it.
 */
@StyleSheet("styles/code-entry-lock.css")
class CodeEntryLockNotices extends Div {

	private final transient CheckInService checkIns;

	private final transient LiveUpdates live;

	private final long locationId;

	private @Nullable Registration liveRegistration;

	CodeEntryLockNotices(CheckInService checkIns, LiveUpdates live, long locationId) {
		this.checkIns = checkIns;
		this.live = live;
		this.locationId = locationId;
		setId("host-code-locks");
		addClassName("host-code-locks");
		setVisible(false);
	}

	@Override
	protected void onAttach(AttachEvent attachEvent) {
		refresh();
		UI ui = attachEvent.getUI();
		// only a lock that starts or ends changes the notices: a check-in costs no query
		// here
		liveRegistration = live.subscribe(locationId, change -> {
			if (change.kind() == LiveChange.Kind.CODE_ENTRY_LOCK || change.kind() == LiveChange.Kind.RESYNC) {
				ui.access(this::refresh);
			}
		});
	}

	@Override
	protected void onDetach(DetachEvent detachEvent) {
		if (liveRegistration != null) {
			liveRegistration.remove();
			liveRegistration = null;
		}
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
