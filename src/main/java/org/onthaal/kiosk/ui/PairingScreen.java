package org.onthaal.kiosk.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.onthaal.base.ui.SpeakButton;
import org.onthaal.base.ui.Speech;
import org.onthaal.base.ui.Utterance;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.Autocapitalize;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.server.VaadinSession;
import org.onthaal.kiosk.KioskPairing;
import org.onthaal.kiosk.KioskSecrets;
import org.onthaal.kiosk.PairedKiosk;
import org.onthaal.kiosk.PairingResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;

/**
 * What an unpaired (or revoked) kiosk shows instead of check-in: one big field for the
 * pairing code a manager got in the back office, typed on a keyboard or tapped on the
 * on-screen keys (a kiosk often has no keyboard). On success the device token is kept in
 * the browser's cookie and the kiosk starts serving its meeting place.
 */
@StyleSheet("styles/kiosk-pairing.css")
public class PairingScreen extends Div implements LocaleChangeObserver {

	private static final Logger log = LoggerFactory.getLogger(PairingScreen.class);

	private final transient KioskPairing pairing;

	private final Consumer<PairedKiosk> onPaired;

	private final H1 title = new H1();

	private final SpeakButton speak = new SpeakButton();

	private final Paragraph hint = new Paragraph();

	private final TextField code = new TextField();

	private final Button erase = new Button(VaadinIcon.ARROW_BACKWARD.create());

	private final Button submit = new Button();

	private final Paragraph error = new Paragraph();

	public PairingScreen(KioskPairing pairing, Consumer<PairedKiosk> onPaired) {
		this.pairing = pairing;
		this.onPaired = onPaired;
		addClassName("pairing-screen");
		setId("kiosk-pairing");
		title.setId("kiosk-pair-title");
		hint.addClassName("pairing-hint");

		code.setId("kiosk-pair-code");
		code.addClassName("pairing-code");
		code.setAutofocus(true);
		code.setAutocomplete(Autocomplete.OFF);
		code.setAutocapitalize(Autocapitalize.CHARACTERS);
		code.setAutocorrect(false);
		code.setMaxLength(20);
		code.getElement().setAttribute("spellcheck", "false");
		// every keystroke reaches the server, so Enter pairs with what is on screen
		code.setValueChangeMode(ValueChangeMode.EAGER);
		code.addKeyPressListener(Key.ENTER, event -> pair());

		Div keypad = new Div();
		keypad.addClassName("pairing-keypad");
		for (char key : KioskSecrets.ALPHABET.toCharArray()) {
			String character = String.valueOf(key);
			Button button = new Button(character, event -> type(character));
			button.setId("kiosk-pair-key-" + character);
			button.addClassName("pairing-key");
			keypad.add(button);
		}
		erase.setId("kiosk-pair-erase");
		erase.addClassNames("pairing-key", "pairing-erase");
		erase.addClickListener(event -> {
			String value = code.getValue();
			if (!value.isEmpty()) {
				code.setValue(value.substring(0, value.length() - 1));
			}
		});
		keypad.add(erase);

		error.setId("kiosk-pair-error");
		error.addClassName("kiosk-error");
		error.getElement().setAttribute("role", "alert");
		error.setVisible(false);

		submit.setId("kiosk-pair-submit");
		submit.addClassName("confirm-button");
		submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		submit.setDisableOnClick(true);
		submit.addClickListener(event -> {
			try {
				pair();
			}
			finally {
				submit.setEnabled(true);
			}
		});

		speak.setId("kiosk-pair-title-speak");
		Div heading = new Div(title, speak);
		heading.addClassName("kiosk-prompt");
		add(heading, hint, code, keypad, error, submit);
	}

	private void type(String character) {
		if (code.getValue().length() < 20) {
			code.setValue(code.getValue() + character);
		}
	}

	private void pair() {
		String typed = code.getValue();
		if (typed.isBlank()) {
			return;
		}
		PairingResult result;
		try {
			result = pairing.pair(typed, address());
		}
		catch (DataAccessException | TransactionException ex) {
			log.warn("Pairing failed: the database is unreachable ({})", ex.getMessage());
			showError(getTranslation("kiosk.error.unavailable"));
			return;
		}
		PairedKiosk kiosk = result.kiosk();
		String token = result.token();
		if (kiosk == null || token == null) {
			showError(result.secondsLocked() > 0 ? getTranslation("kiosk.pair.locked", result.secondsLocked())
					: getTranslation("kiosk.pair.wrong"));
			return;
		}
		KioskCookie.keep(token);
		onPaired.accept(kiosk);
	}

	private void showError(String message) {
		error.setText(message);
		error.setVisible(true);
		speak.say(spoken(message));
	}

	/** The title, the error shown, and what to do. */
	private List<Utterance> spoken(@Nullable String errorShown) {
		List<Utterance> spoken = new ArrayList<>();
		spoken.add(Speech.said(this, "kiosk.pair.title"));
		if (errorShown != null) {
			spoken.add(Speech.words(this, errorShown));
		}
		spoken.add(Speech.said(this, "kiosk.pair.hint", KioskSecrets.CODE_LENGTH));
		return spoken;
	}

	private static String address() {
		VaadinSession session = VaadinSession.getCurrent();
		String address = session == null || session.getBrowser() == null ? null : session.getBrowser().getAddress();
		return address == null ? "unknown" : address;
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		title.setText(getTranslation("kiosk.pair.title"));
		hint.setText(getTranslation("kiosk.pair.hint", KioskSecrets.CODE_LENGTH));
		code.setLabel(getTranslation("kiosk.pair.code"));
		code.setPlaceholder("XXXX XXXX");
		erase.setAriaLabel(getTranslation("kiosk.pair.erase"));
		submit.setText(getTranslation("kiosk.pair.submit"));
		speak.setLabels(getTranslation("kiosk.readAloud"), getTranslation("kiosk.readAloud.unavailable"));
		speak.say(spoken(error.isVisible() ? error.getText() : null));
		if (error.isVisible()) {
			// a message in the language chosen since: the next try shows it again
			error.setVisible(false);
		}
	}

}
