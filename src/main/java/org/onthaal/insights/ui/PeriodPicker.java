package org.onthaal.insights.ui;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import org.onthaal.insights.Period;

/**
 * The period to look at: a preset (last four weeks, this month, last month, this year) or
 * any two days. Reports a period only when it is valid.
 */
class PeriodPicker extends Div {

	private final Select<Period.Preset> preset = new Select<>();

	private final DatePicker from = new DatePicker();

	private final DatePicker to = new DatePicker();

	private final Consumer<Period> onChange;

	private Period period;

	private boolean updating;

	PeriodPicker(LocalDate today, Consumer<Period> onChange) {
		this.onChange = onChange;
		addClassName("period-picker");
		preset.setId("period-preset");
		preset.setLabel(getTranslation("insights.period.preset"));
		preset.setItems(Period.Preset.values());
		preset.setItemLabelGenerator(p -> getTranslation("insights.period." + p.name()));
		from.setId("period-from");
		from.setLabel(getTranslation("insights.period.from"));
		to.setId("period-to");
		to.setLabel(getTranslation("insights.period.to"));
		from.setMax(today);
		period = Period.Preset.LAST_4_WEEKS.on(today);
		set(Period.Preset.LAST_4_WEEKS, period);
		preset.addValueChangeListener(event -> {
			if (!updating && event.getValue() != null && event.getValue() != Period.Preset.CUSTOM) {
				set(event.getValue(), event.getValue().on(today));
				changed(period);
			}
		});
		from.addValueChangeListener(event -> datesChanged());
		to.addValueChangeListener(event -> datesChanged());
		add(preset, from, to);
	}

	Period period() {
		return period;
	}

	private void set(Period.Preset chosen, Period value) {
		updating = true;
		preset.setValue(chosen);
		from.setValue(value.from());
		to.setValue(value.to());
		period = value;
		updating = false;
	}

	private void datesChanged() {
		if (updating) {
			return;
		}
		updating = true;
		preset.setValue(Period.Preset.CUSTOM);
		updating = false;
		LocalDate start = from.getValue();
		LocalDate end = to.getValue();
		to.setInvalid(false);
		if (start == null || end == null) {
			(start == null ? from : to).setErrorMessage(getTranslation("office.required"));
			(start == null ? from : to).setInvalid(true);
			return;
		}
		from.setInvalid(false);
		if (end.isBefore(start)) {
			to.setErrorMessage(getTranslation("insights.period.toBeforeFrom"));
			to.setInvalid(true);
			return;
		}
		if (ChronoUnit.DAYS.between(start, end) >= Period.MAX_DAYS) {
			to.setErrorMessage(getTranslation("insights.period.tooLong", Period.MAX_DAYS));
			to.setInvalid(true);
			return;
		}
		changed(new Period(start, end));
	}

	private void changed(Period value) {
		period = value;
		onChange.accept(value);
	}

}
