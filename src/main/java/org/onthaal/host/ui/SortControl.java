package org.onthaal.host.ui;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;

/**
 * Three large buttons to sort the list of families present. The choice stays on this
 * device (its browser's local storage), since one tablet tends to stay with one way of
 * working while another host prefers another.
 */
class SortControl extends Div {

	private static final String STORAGE_KEY = "onthaal.host.sort";

	private final Map<FamilyOrder, Button> buttons = new EnumMap<>(FamilyOrder.class);

	private final Consumer<FamilyOrder> changed;

	private FamilyOrder order = FamilyOrder.ARRIVAL;

	SortControl(Consumer<FamilyOrder> changed) {
		this.changed = changed;
		setId("host-sort");
		addClassName("host-sort");
		getElement().setAttribute("role", "group");
		getElement().setAttribute("aria-label", getTranslation("host.sort.label"));
		for (FamilyOrder each : FamilyOrder.values()) {
			Button button = new Button(getTranslation("host.sort." + each.key()), event -> choose(each, true));
			button.setId("host-sort-" + each.key());
			button.addClassName("host-sort-option");
			buttons.put(each, button);
			add(button);
		}
		mark();
	}

	FamilyOrder order() {
		return order;
	}

	@Override
	protected void onAttach(AttachEvent attachEvent) {
		getElement().executeJs("try { return localStorage.getItem($0); } catch (e) { return null; }", STORAGE_KEY)
			.then(String.class,
					stored -> FamilyOrder.fromKey(stored).ifPresent(remembered -> choose(remembered, false)));
	}

	private void choose(FamilyOrder chosen, boolean remember) {
		if (remember) {
			getElement().executeJs("try { localStorage.setItem($0, $1); } catch (e) { }", STORAGE_KEY, chosen.key());
		}
		if (chosen == order) {
			return;
		}
		order = chosen;
		mark();
		changed.accept(chosen);
	}

	private void mark() {
		buttons.forEach((each, button) -> {
			boolean current = each == order;
			button.getElement().setAttribute("aria-pressed", Boolean.toString(current));
			button.getElement().getClassList().set("host-sort-current", current);
		});
	}

}
