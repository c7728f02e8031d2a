package org.onthaal.checkin.form;

import java.util.Optional;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import org.onthaal.base.ui.ToggleChip;

/**
 * "Open to meeting other families today?" asked explicitly, with no default: suggesting
 * an introduction needs a yes, and "just playing today" is an equally good answer. The
 * host board asks it with the same words when a host checks a family in.
 */
public class MeetChoice extends Div implements LocaleChangeObserver {

	private final H2 title = new H2();

	private final ToggleChip yes = new ToggleChip("", VaadinIcon.HANDSHAKE.create());

	private final ToggleChip no = new ToggleChip("", VaadinIcon.PUZZLE_PIECE.create());

	public MeetChoice() {
		addClassName("kiosk-section");
		yes.setId("kiosk-meet-yes");
		no.setId("kiosk-meet-no");
		yes.addClickListener(event -> no.setPressed(false));
		no.addClickListener(event -> yes.setPressed(false));
		Div row = new Div(yes, no);
		row.addClassName("chip-row");
		row.getElement().setAttribute("role", "group");
		add(title, row);
	}

	/** A returning family's answer from last time, so "nothing changed" costs no tap. */
	public void preselect(boolean openToMeet) {
		yes.setPressed(openToMeet);
		no.setPressed(!openToMeet);
	}

	/** Called after each tap on an answer (also one that takes the answer back). */
	public void onAnswer(Runnable listener) {
		yes.addClickListener(event -> listener.run());
		no.addClickListener(event -> listener.run());
	}

	/** Empty until the family has answered. */
	public Optional<Boolean> openToMeet() {
		if (yes.isPressed()) {
			return Optional.of(true);
		}
		return no.isPressed() ? Optional.of(false) : Optional.empty();
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		title.setText(getTranslation("kiosk.meet.title"));
		yes.setText(getTranslation("kiosk.meet.yes"));
		no.setText(getTranslation("kiosk.meet.no"));
	}

}
