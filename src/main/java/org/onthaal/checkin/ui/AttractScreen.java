package org.onthaal.checkin.ui;

import java.util.List;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.shared.Registration;

/**
 * The welcome screen at rest: a greeting that cycles through the kiosk's languages and
 * one big button.
 */
class AttractScreen extends Div implements LocaleChangeObserver {

	/** A greeting in one language, with its language tag and writing direction. */
	record Greeting(String text, String lang, String dir) {
	}

	private static final String CYCLE = """
			const el = $0; const words = JSON.parse($1); let i = 0;
			clearInterval(el.__cycle);
			el.__cycle = setInterval(() => {
			  if (!el.isConnected) { clearInterval(el.__cycle); return; }
			  i = (i + 1) % words.length;
			  el.textContent = words[i].text; el.lang = words[i].lang; el.dir = words[i].dir;
			}, 2500);
			""";

	private final Button start = new Button(VaadinIcon.HAND.create());

	private final Button returning = new Button(VaadinIcon.QRCODE.create());

	private final Button leaving = new Button(VaadinIcon.SIGN_OUT.create());

	/**
	 * {@code onReturning}, {@code onLeaving}: a family that has been here before goes
	 * straight to its card or code, in one tap.
	 */
	AttractScreen(List<Greeting> greetings, Runnable onReturning, Runnable onLeaving) {
		addClassName("attract-screen");
		H1 greeting = new H1(greetings.getFirst().text());
		greeting.setId("kiosk-greeting");
		greeting.getElement().setAttribute("lang", greetings.getFirst().lang());
		greeting.getElement().setAttribute("aria-live", "off");
		start.setId("kiosk-start");
		start.addClassName("start-button");
		start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		start.addClickListener(event -> fireEvent(new StartEvent(this)));
		returning.setId("kiosk-attract-returning");
		returning.addClassName("attract-shortcut");
		returning.addClickListener(event -> onReturning.run());
		leaving.setId("kiosk-attract-leave");
		leaving.addClassName("attract-shortcut");
		leaving.addClickListener(event -> onLeaving.run());
		Div shortcuts = new Div(returning, leaving);
		shortcuts.addClassName("attract-shortcuts");
		add(greeting, start, shortcuts);
		greeting.getElement().executeJs(CYCLE, greeting.getElement(), toJson(greetings));
	}

	private static String toJson(List<Greeting> greetings) {
		StringBuilder json = new StringBuilder("[");
		for (Greeting g : greetings) {
			if (json.length() > 1) {
				json.append(',');
			}
			json.append("{\"text\":\"")
				.append(g.text().replace("\\", "\\\\").replace("\"", "\\\""))
				.append("\",\"lang\":\"")
				.append(g.lang())
				.append("\",\"dir\":\"")
				.append(g.dir())
				.append("\"}");
		}
		return json.append(']').toString();
	}

	Registration addStartListener(ComponentEventListener<StartEvent> listener) {
		return addListener(StartEvent.class, listener);
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		start.setText(getTranslation("kiosk.attract.start"));
		returning.setText(getTranslation("kiosk.choice.card"));
		leaving.setText(getTranslation("kiosk.choice.leave"));
	}

	static class StartEvent extends ComponentEvent<AttractScreen> {

		StartEvent(AttractScreen source) {
			super(source, false);
		}

	}

}
