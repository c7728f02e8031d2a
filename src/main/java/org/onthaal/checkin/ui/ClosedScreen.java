package org.onthaal.checkin.ui;

import org.onthaal.base.ui.Speech;
import java.util.List;
import org.onthaal.base.ui.Utterance;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Optional;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;

/** Outside opening hours: when the place opens next, in the chosen language. */
class ClosedScreen extends Div implements LocaleChangeObserver {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private final Prompt prompt = new Prompt("kiosk-closed-title");

	private final Paragraph next = new Paragraph();

	private final Optional<Instant> nextOpening;

	private final ZoneId zone;

	ClosedScreen(Optional<Instant> nextOpening, ZoneId zone) {
		this.nextOpening = nextOpening;
		this.zone = zone;
		addClassName("closed-screen");
		Icon moon = VaadinIcon.MOON_O.create();
		moon.addClassName("welcome-icon");
		moon.getElement().setAttribute("aria-hidden", "true");
		next.setId("kiosk-closed-next");
		next.addClassName("closed-next");
		add(moon, prompt, next);
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		prompt.show(getTranslation("kiosk.closed.title"), "kiosk.closed.title");
		Utterance when = nextOpening.map(instant -> {
			ZonedDateTime local = instant.atZone(zone);
			String day = local.getDayOfWeek().getDisplayName(TextStyle.FULL, event.getLocale());
			return Speech.said(this, "kiosk.closed.next", day, TIME.format(local));
		}).orElseGet(() -> Speech.said(this, "kiosk.closed.unknown"));
		next.setText(when.text());
		prompt.alsoSay(List.of(when));
	}

}
