package org.onthaal.checkin.form;

import org.onthaal.base.ui.Utterance;
import org.onthaal.base.ui.Speech;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import org.onthaal.base.ui.Stepper;
import org.onthaal.family.NewFamily;

/** Children by age band, as counts: never a birth date. */
public class ChildrenPicker extends Div implements LocaleChangeObserver {

	private final H2 title = new H2();

	private final Map<String, Stepper> steppers = new LinkedHashMap<>();

	public ChildrenPicker() {
		addClassName("kiosk-section");
		Div rows = new Div();
		rows.addClassName("children-rows");
		for (String band : NewFamily.AGE_BANDS) {
			Stepper stepper = new Stepper("kiosk-children-" + band.replace("+", "plus"), 0,
					NewFamily.MAX_CHILDREN_PER_BAND, 0);
			steppers.put(band, stepper);
			rows.add(stepper);
		}
		add(title, rows);
	}

	public void setAgeBands(List<String> bands) {
		steppers.forEach((band, stepper) -> stepper.setCount((int) bands.stream().filter(band::equals).count()));
	}

	/** One entry per child, e.g. ["0-1", "2-3", "2-3"]. */
	public List<String> ageBands() {
		List<String> bands = new ArrayList<>();
		steppers.forEach((band, stepper) -> {
			for (int i = 0; i < stepper.getCount(); i++) {
				bands.add(band);
			}
		});
		return bands;
	}

	/** Each age band, for the speaker. */
	public List<Utterance> spokenOptions() {
		List<Utterance> spoken = new ArrayList<>();
		steppers.keySet().forEach(band -> spoken.add(Speech.said(this, "kiosk.children.years", band)));
		return spoken;
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		title.setText(getTranslation("kiosk.children.title"));
		steppers.forEach((band, stepper) -> stepper.setTexts(getTranslation("kiosk.children.years", band),
				getTranslation("kiosk.less"), getTranslation("kiosk.more")));
	}

}
