package org.onthaal.checkin.ui;

import org.onthaal.checkin.form.ChildrenPicker;

/** How many children of each age band came along (none is an answer too). */
class ChildrenStep extends NewFamilyStep {

	private final ChildrenPicker children = new ChildrenPicker();

	ChildrenStep() {
		super("children", "kiosk.children.title");
		answer(children);
	}

	ChildrenPicker picker() {
		return children;
	}

}
