package org.onthaal.checkin.ui;

import org.onthaal.base.ui.Speech;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.onthaal.base.ui.Utterance;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import org.jspecify.annotations.Nullable;
import org.onthaal.base.ui.ToggleChip;
import org.onthaal.base.ui.Pictograms;
import org.onthaal.family.FamilyCard;

/**
 * A returning family says who it is: a barcode scanner types the card's QR token into the
 * scan field (and presses Enter), or the family taps its pictogram and the four digits on
 * a keypad. Nothing about any family is shown here.
 */
class IdentifyScreen extends Div implements LocaleChangeObserver {

	private final Prompt prompt = new Prompt("kiosk-identify-title");

	private final TextField scan = new TextField();

	private final H2 pictureTitle = new H2();

	private final H2 numberTitle = new H2();

	private final Map<String, ToggleChip> pictures = new LinkedHashMap<>();

	private final Span digitsShown = new Span();

	private final Button erase = new Button(VaadinIcon.ARROW_BACKWARD.create());

	private final Button ok = new Button(VaadinIcon.CHECK.create());

	private final Paragraph error = new Paragraph();

	private final StringBuilder digits = new StringBuilder();

	private final Div code;

	private @Nullable CodeEntryLockNotice lockNotice;

	private Consumer<String> scanned = token -> {
	};

	private BiConsumer<String, String> codeEntered = (pictogram, code) -> {
	};

	IdentifyScreen() {
		addClassName("identify-screen");
		scan.setId("kiosk-scan");
		scan.addClassName("scan-field");
		scan.setAutofocus(true);
		scan.setAutocomplete(Autocomplete.OFF);
		scan.setMaxLength(80);
		// focus stays here for a USB scanner, but a touchscreen must not pop up its
		// keyboard
		scan.getElement().executeJs("if (this.inputElement) this.inputElement.setAttribute('inputmode', 'none')");
		scan.addValueChangeListener(event -> {
			if (event.isFromClient() && !event.getValue().isBlank()) {
				String token = event.getValue();
				scan.clear();
				scanned.accept(token);
			}
		});

		Div pictureGrid = new Div();
		pictureGrid.addClassName("picture-grid");
		for (String pictogram : FamilyCard.PICTOGRAMS) {
			ToggleChip chip = new ToggleChip("", Pictograms.icon(pictogram));
			chip.setId("kiosk-picture-" + pictogram);
			chip.addClassName("picture-chip");
			chip.addClickListener(event -> {
				// one picture is always the choice: a second tap keeps it
				chip.setPressed(true);
				pictures.forEach((other, otherChip) -> {
					if (otherChip != chip) {
						otherChip.setPressed(false);
					}
				});
				continueWhenComplete();
			});
			pictures.put(pictogram, chip);
			pictureGrid.add(chip);
		}

		digitsShown.setId("kiosk-digits");
		digitsShown.addClassName("digits-shown");
		digitsShown.getElement().setAttribute("aria-live", "polite");
		Div keypad = new Div();
		keypad.addClassName("keypad");
		for (int d = 1; d <= 10; d++) {
			String digit = Integer.toString(d % 10);
			Button key = new Button(digit, event -> typeDigit(digit));
			key.setId("kiosk-key-" + digit);
			key.addClassName("keypad-key");
			keypad.add(key);
		}
		erase.setId("kiosk-key-erase");
		erase.addClassName("keypad-key");
		erase.addClickListener(event -> {
			if (!digits.isEmpty()) {
				digits.setLength(digits.length() - 1);
				showDigits();
			}
		});
		keypad.add(erase);

		error.setId("kiosk-identify-error");
		error.addClassName("kiosk-error");
		error.getElement().setAttribute("role", "alert");
		error.setVisible(false);

		ok.setId("kiosk-identify-ok");
		ok.addClassName("confirm-button");
		ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		ok.addClickListener(event -> {
			if (complete()) {
				codeEntered.accept(chosenPicture(), digits.toString());
			}
			else {
				// not a try (nothing to look up), so nothing counts towards the lock
				showHint(getTranslation("kiosk.identify.title"));
			}
		});

		code = new Div(pictureTitle, pictureGrid, numberTitle, digitsShown, keypad);
		code.addClassName("code-entry");
		add(prompt, scan, code, error, ok);
		showDigits();
	}

	/** What to do with the token a barcode scanner typed. */
	void onScanned(Consumer<String> listener) {
		scanned = listener;
	}

	/** What to do with a pictogram and the digits typed on the keypad. */
	void onCodeEntered(BiConsumer<String, String> listener) {
		codeEntered = listener;
	}

	private void typeDigit(String digit) {
		if (digits.length() < 4) {
			digits.append(digit);
			showDigits();
			continueWhenComplete();
		}
	}

	/** Picture and four digits: no need to look for OK. */
	private void continueWhenComplete() {
		if (complete()) {
			codeEntered.accept(chosenPicture(), digits.toString());
		}
	}

	private boolean complete() {
		return digits.length() == 4 && !chosenPicture().isEmpty();
	}

	private void showDigits() {
		StringBuilder shown = new StringBuilder();
		for (int i = 0; i < 4; i++) {
			shown.append(i < digits.length() ? digits.charAt(i) : '_').append(i < 3 ? " " : "");
		}
		digitsShown.setText(shown.toString());
	}

	private String chosenPicture() {
		return pictures.entrySet()
			.stream()
			.filter(e -> e.getValue().isPressed())
			.map(Map.Entry::getKey)
			.findFirst()
			.orElse("");
	}

	/** After a wrong code: say so, and start the number again (the picture stays). */
	void showError(String message) {
		showHint(message);
		digits.setLength(0);
		showDigits();
	}

	/** Says what is missing; what was typed stays. */
	private void showHint(String message) {
		error.setText(message);
		error.setVisible(true);
		prompt.alsoSay(spokenSteps(message));
	}

	/**
	 * Locks code entry for this many seconds (nothing when 0) and says so with a
	 * countdown; the scan field keeps working. At zero the browser gives the keypad back.
	 */
	void showLocked(long seconds) {
		if (lockNotice != null) {
			remove(lockNotice);
			lockNotice = null;
		}
		// the notice takes the keypad's place, so the screen still fits without scrolling
		boolean locked = seconds > 0;
		code.setVisible(!locked);
		ok.setVisible(!locked);
		digits.setLength(0);
		showDigits();
		if (locked) {
			error.setVisible(false);
			lockNotice = new CodeEntryLockNotice(seconds, () -> showLocked(0));
			addComponentAtIndex(indexOf(code), lockNotice);
		}
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		prompt.show(getTranslation("kiosk.identify.title"), "kiosk.identify.title");
		scan.setLabel(getTranslation("kiosk.identify.scan"));
		pictureTitle.setText(getTranslation("kiosk.identify.picture"));
		numberTitle.setText(getTranslation("kiosk.identify.number"));
		pictures.forEach((pictogram, chip) -> chip.getElement()
			.setAttribute("aria-label", getTranslation("kiosk.picture." + pictogram)));
		erase.getElement().setAttribute("aria-label", getTranslation("kiosk.identify.erase"));
		ok.setText(getTranslation("kiosk.identify.ok"));
		error.setVisible(false);
		prompt.alsoSay(spokenSteps(null));
	}

	/** The error shown (first), then the two ways in: scan, or picture and number. */
	private List<Utterance> spokenSteps(@Nullable String errorShown) {
		List<Utterance> spoken = new ArrayList<>();
		if (errorShown != null) {
			spoken.add(Speech.words(this, errorShown));
		}
		spoken.add(Speech.said(this, "kiosk.identify.scan"));
		spoken.add(Speech.said(this, "kiosk.identify.picture"));
		spoken.add(Speech.said(this, "kiosk.identify.number"));
		return spoken;
	}

}
