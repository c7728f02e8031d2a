package org.onthaal.checkin.ui;

import org.onthaal.base.ui.Speech;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;

/** First time here, been here before, or leaving: three big tiles with pictograms. */
class ChoiceScreen extends Div implements LocaleChangeObserver {

	private final Prompt prompt = new Prompt("kiosk-choice-title");

	private final Button newFamily = tile("kiosk-choice-new", VaadinIcon.USER_HEART);

	private final Button returning = tile("kiosk-choice-card", VaadinIcon.QRCODE);

	private final Button leaving = tile("kiosk-choice-leave", VaadinIcon.SIGN_OUT);

	ChoiceScreen(Runnable onNew, Runnable onReturning, Runnable onLeaving) {
		addClassName("choice-screen");
		newFamily.addClickListener(event -> onNew.run());
		returning.addClickListener(event -> onReturning.run());
		leaving.addClickListener(event -> onLeaving.run());
		Div tiles = new Div(newFamily, returning, leaving);
		tiles.addClassName("choice-tiles");
		add(prompt, tiles);
	}

	private static Button tile(String id, VaadinIcon icon) {
		Button tile = new Button(icon.create());
		tile.setId(id);
		tile.addClassName("choice-tile");
		return tile;
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		prompt.show(getTranslation("kiosk.choice.title"), "kiosk.choice.title");
		prompt.alsoSay(List.of(Speech.said(this, "kiosk.choice.new"), Speech.said(this, "kiosk.choice.card"),
				Speech.said(this, "kiosk.choice.leave")));
		newFamily.setText(getTranslation("kiosk.choice.new"));
		returning.setText(getTranslation("kiosk.choice.card"));
		leaving.setText(getTranslation("kiosk.choice.leave"));
	}

}
