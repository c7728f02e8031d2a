package org.onthaal.space.ui;

import java.util.function.Predicate;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

/** Taps on the space screens, by component id, including buttons inside grid rows. */
final class OfficeTaps {

	private OfficeTaps() {
	}

	static void tap(String id) {
		_click(_get(Button.class, spec -> spec.withId(id)));
	}

	/** Clicks a button in the actions column of the first row that matches. */
	@SuppressWarnings("unchecked")
	static <T> void tapInRow(String gridId, Predicate<T> row, String buttonId) {
		Grid<T> grid = _get(Grid.class, spec -> spec.withId(gridId));
		for (int i = 0; i < GridKt._size(grid); i++) {
			if (row.test(GridKt._get(grid, i))) {
				Component cell = GridKt._getCellComponent(grid, i, "actions");
				_click(_get(cell, Button.class, spec -> spec.withId(buttonId)));
				return;
			}
		}
		throw new AssertionError("No row in " + gridId + " has button " + buttonId);
	}

	/** Whether a row's actions hold a button with this id. */
	@SuppressWarnings("unchecked")
	static <T> boolean rowHasButton(String gridId, Predicate<T> row, String buttonId) {
		Grid<T> grid = _get(Grid.class, spec -> spec.withId(gridId));
		for (int i = 0; i < GridKt._size(grid); i++) {
			if (row.test(GridKt._get(grid, i))) {
				Component cell = GridKt._getCellComponent(grid, i, "actions");
				return !com.github.mvysny.kaributesting.v10.LocatorJ
					._find(cell, Button.class, spec -> spec.withId(buttonId))
					.isEmpty();
			}
		}
		return false;
	}

}
