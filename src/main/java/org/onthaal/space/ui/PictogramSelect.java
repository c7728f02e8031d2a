package org.onthaal.space.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import org.onthaal.base.ui.Pictograms;
import org.onthaal.space.PictogramSet;

/** Chooses a pictogram from the built-in set, showing the pictures themselves. */
class PictogramSelect extends Select<String> {

	PictogramSelect(String id, String label) {
		setId(id);
		setLabel(label);
		addClassName("pictogram-select");
		setItems(PictogramSet.NAMES);
		setRenderer(new ComponentRenderer<>(PictogramSelect::picture));
	}

	static Span picture(String name) {
		Icon icon = Pictograms.icon(name);
		icon.addClassName("pictogram");
		Span picture = new Span(icon);
		picture.addClassName("pictogram-option");
		// screen readers hear a readable name ("puzzle piece") rather than nothing
		picture.getElement().setAttribute("title", name.toLowerCase().replace("_o", "").replace('_', ' '));
		return picture;
	}

}
