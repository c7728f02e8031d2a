package org.onthaal.checkin.form;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import org.onthaal.base.ui.Pictograms;
import org.onthaal.base.ui.ToggleChip;
import org.onthaal.family.InterestOption;

/**
 * Pictogram tiles from the interest catalogue, in the manager's order, labelled in the
 * screen language: the manager's own wording wins over the built-in label.
 */
public class InterestPicker extends Div implements LocaleChangeObserver {

	private final H2 title = new H2();

	private final Map<InterestOption, ToggleChip> tiles = new LinkedHashMap<>();

	private final String defaultLanguage;

	/**
	 * {@code defaultLanguage}: the place's default screen language, for an interest of
	 * the manager's own that has no label in the language shown.
	 */
	public InterestPicker(List<InterestOption> interests, String defaultLanguage) {
		this.defaultLanguage = defaultLanguage;
		addClassName("kiosk-section");
		Div grid = new Div();
		grid.addClassName("interest-grid");
		for (InterestOption interest : interests) {
			ToggleChip tile = new ToggleChip("", Pictograms.icon(interest.pictogram()));
			tile.setId("kiosk-interest-" + interest.code());
			tile.addClassName("interest-tile");
			tiles.put(interest, tile);
			grid.add(tile);
		}
		add(title, grid);
	}

	public void preselect(List<String> codes) {
		tiles.forEach((interest, tile) -> tile.setPressed(codes.contains(interest.code())));
	}

	public List<String> chosenInterests() {
		return tiles.entrySet().stream().filter(e -> e.getValue().isPressed()).map(e -> e.getKey().code()).toList();
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		title.setText(getTranslation("kiosk.interests.title"));
		String language = event.getLocale().getLanguage();
		tiles
			.forEach((interest, tile) -> tile.setText(interest.label(language, defaultLanguage, this::getTranslation)));
	}

}
