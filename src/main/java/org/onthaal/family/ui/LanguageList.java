package org.onthaal.family.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.onthaal.base.i18n.Translations;

/**
 * A family's languages in their order, rank 1 first: move up, move down, remove, add.
 * Names show in the language itself and in the manager's language, so "Tigrinya" is found
 * whichever the manager types.
 */
class LanguageList extends Div {

	private final List<String> codes = new ArrayList<>();

	private final Div rows = new Div();

	private final ComboBox<String> add = new ComboBox<>();

	private final Span error = new Span();

	LanguageList() {
		addClassName("families-languages");
		setId("family-languages");
		Span label = new Span(getTranslation("families.languages"));
		label.addClassName("families-field-label");
		rows.addClassName("families-language-rows");
		add.setId("family-language-add");
		add.setAriaLabel(getTranslation("families.languages.add"));
		add.setPlaceholder(getTranslation("families.languages.add"));
		add.setItemLabelGenerator(this::name);
		add.addValueChangeListener(event -> {
			if (event.getValue() != null) {
				if (!codes.contains(event.getValue())) {
					codes.add(event.getValue());
					render();
				}
				add.clear();
			}
		});
		error.addClassName("families-error");
		error.setId("family-languages-error");
		error.setVisible(false);
		add(label, rows, add, error);
	}

	void setValue(List<String> languages) {
		codes.clear();
		codes.addAll(languages);
		render();
	}

	List<String> getValue() {
		return List.copyOf(codes);
	}

	void setError(String message) {
		error.setText(message);
		error.setVisible(!message.isEmpty());
	}

	private void render() {
		rows.removeAll();
		for (int i = 0; i < codes.size(); i++) {
			String code = codes.get(i);
			int index = i;
			Div row = new Div();
			row.addClassName("families-language-row");
			Span rank = new Span((i + 1) + ".");
			rank.addClassName("families-language-rank");
			Span name = new Span(name(code));
			name.addClassName("families-language-name");
			Button up = iconButton(VaadinIcon.ARROW_UP, "families.languages.up", code, "up");
			up.setEnabled(i > 0);
			up.addClickListener(event -> move(index, index - 1));
			Button down = iconButton(VaadinIcon.ARROW_DOWN, "families.languages.down", code, "down");
			down.setEnabled(i < codes.size() - 1);
			down.addClickListener(event -> move(index, index + 1));
			Button remove = iconButton(VaadinIcon.CLOSE_SMALL, "families.languages.remove", code, "remove");
			remove.addClickListener(event -> {
				codes.remove(index);
				render();
			});
			row.add(rank, name, up, down, remove);
			rows.add(row);
		}
		List<String> choices = new ArrayList<>(Arrays.asList(Locale.getISOLanguages()));
		choices.removeAll(codes);
		choices.sort(Comparator.comparing(this::name, String.CASE_INSENSITIVE_ORDER));
		add.setItems(choices);
	}

	private Button iconButton(VaadinIcon icon, String key, String code, String what) {
		Button button = new Button(icon.create());
		button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
		button.setAriaLabel(getTranslation(key, name(code)));
		button.setId("family-language-" + code + "-" + what);
		return button;
	}

	private void move(int from, int to) {
		codes.add(to, codes.remove(from));
		render();
	}

	private String name(String code) {
		String own = Translations.nativeName(code);
		Locale locale = getLocale() == null ? Locale.ENGLISH : getLocale();
		String managers = Locale.forLanguageTag(code).getDisplayLanguage(locale);
		return own.equalsIgnoreCase(managers) || managers.isBlank() ? own : own + " (" + managers + ")";
	}

}
