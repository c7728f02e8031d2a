package org.onthaal.checkin.form;

import org.onthaal.base.ui.Utterance;
import org.onthaal.base.ui.Speech;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import org.onthaal.base.i18n.LanguageNames;
import org.onthaal.base.i18n.Translations;
import org.onthaal.base.ui.ToggleChip;

/**
 * The languages a family speaks: big chips for the languages common at this place, a
 * search for the rest. The order of tapping is the family's ranking (first tapped =
 * spoken most at home).
 */
public class LanguagePicker extends Div implements LocaleChangeObserver {

	private final H2 title = new H2();

	private final Div chips = new Div();

	private final ComboBox<String> more = new ComboBox<>();

	private final Map<String, ToggleChip> chipsByCode = new LinkedHashMap<>();

	private final List<String> chosen = new ArrayList<>();

	private final List<Runnable> changeListeners = new ArrayList<>();

	public LanguagePicker(List<String> commonLanguages) {
		addClassName("kiosk-section");
		chips.addClassName("chip-row");
		commonLanguages.forEach(this::addChip);
		more.setId("kiosk-language-more");
		more.addClassName("language-search");
		// every name a parent may know the language by, not only the one shown
		more.setItems(LanguageNames::matches, LanguageNames.offered());
		more.setItemLabelGenerator(Translations::nativeName);
		more.setClearButtonVisible(true);
		more.addValueChangeListener(event -> {
			String code = event.getValue();
			if (code != null && event.isFromClient()) {
				ToggleChip chip = chipsByCode.containsKey(code) ? chipsByCode.get(code) : addChip(code);
				if (!chip.isPressed()) {
					chip.click();
				}
				more.clear();
			}
		});
		add(title, chips, more);
	}

	private ToggleChip addChip(String code) {
		ToggleChip chip = new ToggleChip(Translations.nativeName(code));
		chip.setId("kiosk-language-" + code);
		chip.getElement().setAttribute("lang", code);
		chip.addClickListener(event -> {
			chosen.remove(code);
			if (chip.isPressed()) {
				chosen.add(code);
			}
			changeListeners.forEach(Runnable::run);
		});
		chipsByCode.put(code, chip);
		chips.add(chip);
		return chip;
	}

	/**
	 * Presses the chips of these languages in this order, adding chips for languages not
	 * shown yet.
	 */
	public void select(List<String> codes) {
		for (String code : codes) {
			ToggleChip chip = chipsByCode.containsKey(code) ? chipsByCode.get(code) : addChip(code);
			if (!chip.isPressed()) {
				chip.click();
			}
		}
	}

	/** Called after a language was chosen or taken back. */
	public void addChangeListener(Runnable listener) {
		changeListeners.add(listener);
	}

	/** ISO 639 codes in the order the family tapped them. */
	public List<String> chosenLanguages() {
		return List.copyOf(chosen);
	}

	/**
	 * Each chip's language in its own name and its own voice ("العربية" in Arabic).
	 */
	public List<Utterance> spokenOptions() {
		List<Utterance> spoken = new ArrayList<>();
		chipsByCode.keySet()
			.forEach(code -> spoken.add(Speech.words(Translations.nativeName(code), Locale.forLanguageTag(code))));
		return spoken;
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		title.setText(getTranslation("kiosk.languages.title"));
		more.setLabel(getTranslation("kiosk.languages.more"));
	}

}
