package org.onthaal.space.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import org.onthaal.base.i18n.Translations;

/**
 * The screen languages a kiosk offers, in the order it offers them: each language by its
 * own name ("العربية", "Türkçe"), moved with up and down buttons, added from the
 * languages not offered yet.
 */
class LanguageOrderField extends CustomField<List<String>> {

	private final List<String> languages = new ArrayList<>();

	private final Div rows = new Div();

	private final Select<String> addable = new Select<>();

	private final Button add = new Button();

	LanguageOrderField(String label) {
		setId("location-languages");
		setLabel(label);
		addClassName("language-order");
		rows.addClassName("language-order-rows");
		addable.setId("location-language-to-add");
		addable.setItemLabelGenerator(LanguageOrderField::name);
		addable.setAriaLabel(getTranslation("space.locations.languages.addLabel"));
		add.setText(getTranslation("space.locations.languages.add"));
		add.setIcon(VaadinIcon.PLUS.create());
		add.setId("location-language-add");
		add.addClickListener(event -> {
			if (addable.getValue() != null) {
				languages.add(addable.getValue());
				changed();
			}
		});
		Div adding = new Div(addable, add);
		adding.addClassName("language-order-add");
		add(rows, adding);
		render();
	}

	static String name(String code) {
		return Translations.nativeName(code) + " (" + code + ")";
	}

	@Override
	protected List<String> generateModelValue() {
		return List.copyOf(languages);
	}

	@Override
	protected void setPresentationValue(List<String> value) {
		languages.clear();
		if (value != null) {
			languages.addAll(value);
		}
		render();
	}

	private void changed() {
		render();
		updateValue();
	}

	private void move(String code, int direction) {
		int from = languages.indexOf(code);
		int to = from + direction;
		if (to >= 0 && to < languages.size()) {
			languages.set(from, languages.get(to));
			languages.set(to, code);
			changed();
		}
	}

	private void render() {
		rows.removeAll();
		for (int i = 0; i < languages.size(); i++) {
			String code = languages.get(i);
			Span position = new Span(Integer.toString(i + 1));
			position.addClassName("language-order-position");
			Span name = new Span(name(code));
			name.addClassName("language-order-name");
			name.getElement().setAttribute("lang", code);
			Button up = button(VaadinIcon.ARROW_UP, "up", code, "space.locations.languages.up");
			up.setEnabled(i > 0);
			up.addClickListener(event -> move(code, -1));
			Button down = button(VaadinIcon.ARROW_DOWN, "down", code, "space.locations.languages.down");
			down.setEnabled(i < languages.size() - 1);
			down.addClickListener(event -> move(code, 1));
			Button remove = button(VaadinIcon.CLOSE_SMALL, "remove", code, "space.locations.languages.remove");
			remove.setEnabled(languages.size() > 1);
			remove.addClickListener(event -> {
				languages.remove(code);
				changed();
			});
			Div row = new Div(position, name, up, down, remove);
			row.addClassName("language-order-row");
			rows.add(row);
		}
		List<String> rest = Translations.SCREEN_LANGUAGES.stream()
			.map(Locale::getLanguage)
			.filter(code -> !languages.contains(code))
			.toList();
		addable.setItems(rest);
		addable.setEnabled(!rest.isEmpty());
		add.setEnabled(!rest.isEmpty());
	}

	private Button button(VaadinIcon icon, String action, String code, String labelKey) {
		Button button = new Button(icon.create());
		button.setId("location-language-" + action + "-" + code);
		button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		button.setAriaLabel(getTranslation(labelKey, Translations.nativeName(code)));
		return button;
	}

}
