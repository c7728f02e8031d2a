package org.onthaal.base.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.onthaal.base.i18n.LanguageNames;
import org.onthaal.base.i18n.Translations;

/**
 * An ordered list of languages, first one first: move up, move down, remove, add from a
 * list. Used for the languages a kiosk offers (in the order families see them) and for a
 * family's languages (most spoken at home first).
 *
 * <p>
 * Buttons are {@code <idPrefix>-up|down|remove-<code>}, the chooser
 * {@code <idPrefix>-add}; their texts come from {@code <keyPrefix>.up|down|remove|add}
 * (the first three with the language's name as {0}).
 */
public class LanguageOrder extends CustomField<List<String>> {

	private final List<String> languages = new ArrayList<>();

	private final Div rows = new Div();

	private final ComboBox<String> add = new ComboBox<>();

	private final String idPrefix;

	private final String keyPrefix;

	private final List<String> choices;

	private final int minimum;

	/**
	 * @param choices the languages that may be added
	 * @param minimum how many must stay (remove is disabled below it)
	 */
	public LanguageOrder(String idPrefix, String keyPrefix, List<String> choices, int minimum) {
		this.idPrefix = idPrefix;
		this.keyPrefix = keyPrefix;
		this.choices = choices;
		this.minimum = minimum;
		setId(idPrefix + "s");
		addClassName("language-order");
		rows.addClassName("language-order-rows");
		add.setId(idPrefix + "-add");
		add.addClassName("language-order-add");
		add.setPlaceholder(getTranslation(keyPrefix + ".add"));
		add.setAriaLabel(getTranslation(keyPrefix + ".add"));
		add.setItemLabelGenerator(this::name);
		add.addValueChangeListener(event -> {
			if (event.isFromClient() && event.getValue() != null) {
				if (!languages.contains(event.getValue())) {
					languages.add(event.getValue());
					changed();
				}
				add.clear();
			}
		});
		add(rows, add);
		render();
	}

	/**
	 * A language by its own name, and in the reader's language when that differs, e.g.
	 * "العربية (Arabisch)".
	 */
	public static String name(String code, Locale reader) {
		String own = Translations.nativeName(code);
		String readers = LanguageNames.forReader(code, reader);
		return readers.isBlank() || own.equalsIgnoreCase(readers) ? own : own + " (" + readers + ")";
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
			Span language = new Span(name(code));
			language.addClassName("language-order-name");
			language.getElement().setAttribute("lang", code);
			Button up = button(VaadinIcon.ARROW_UP, "up", code);
			up.setEnabled(i > 0);
			up.addClickListener(event -> move(code, -1));
			Button down = button(VaadinIcon.ARROW_DOWN, "down", code);
			down.setEnabled(i < languages.size() - 1);
			down.addClickListener(event -> move(code, 1));
			Button remove = button(VaadinIcon.CLOSE_SMALL, "remove", code);
			remove.setEnabled(languages.size() > minimum);
			remove.addClickListener(event -> {
				languages.remove(code);
				changed();
			});
			Div row = new Div(position, language, up, down, remove);
			row.addClassName("language-order-row");
			rows.add(row);
		}
		List<String> rest = choices.stream()
			.filter(code -> !languages.contains(code))
			.sorted(Comparator.comparing(this::name, String.CASE_INSENSITIVE_ORDER))
			.toList();
		add.setItems(rest);
		add.setEnabled(!rest.isEmpty());
	}

	private Button button(VaadinIcon icon, String action, String code) {
		Button button = new Button(icon.create());
		button.setId(idPrefix + "-" + action + "-" + code);
		button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
		button.setAriaLabel(getTranslation(keyPrefix + "." + action, Translations.nativeName(code)));
		return button;
	}

	private String name(String code) {
		return name(code, getLocale() == null ? Locale.ENGLISH : getLocale());
	}

}
