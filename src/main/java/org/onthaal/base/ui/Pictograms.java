package org.onthaal.base.ui;

import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * Pictograms are stored by Vaadin icon name; an unknown name shows a plain star instead
 * of failing.
 */
public final class Pictograms {

	private Pictograms() {
	}

	public static Icon icon(String name) {
		try {
			return VaadinIcon.valueOf(name).create();
		}
		catch (IllegalArgumentException ex) {
			return VaadinIcon.STAR_O.create();
		}
	}

}
