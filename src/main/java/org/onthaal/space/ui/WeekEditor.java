package org.onthaal.space.ui;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.timepicker.TimePicker;
import org.jspecify.annotations.Nullable;
import org.onthaal.space.OpeningHoursRules;
import org.onthaal.space.OpeningSchedule;

/**
 * The week, Monday to Sunday, each day with its slots as two time pickers. Nothing is
 * stored here: the screen asks {@link #validate()} and then {@link #slots()}.
 */
class WeekEditor extends Div {

	private static final Duration STEP = Duration.ofMinutes(15);

	private static final LocalTime MORNING = LocalTime.of(9, 0);

	private static final LocalTime NOON = LocalTime.of(12, 0);

	private static final LocalTime AFTERNOON = LocalTime.of(13, 0);

	private static final LocalTime LATE_AFTERNOON = LocalTime.of(16, 0);

	private final Map<DayOfWeek, DayRow> days = new EnumMap<>(DayOfWeek.class);

	WeekEditor() {
		addClassName("hours-week");
		for (DayOfWeek day : DayOfWeek.values()) {
			DayRow row = new DayRow(day);
			days.put(day, row);
			add(row);
		}
	}

	void setSlots(List<OpeningSchedule.Slot> slots) {
		days.values().forEach(DayRow::clear);
		slots.forEach(slot -> days.get(slot.day()).addSlot(slot.opens(), slot.closes()));
	}

	/** The complete slots; call {@link #validate()} first. */
	List<OpeningSchedule.Slot> slots() {
		List<OpeningSchedule.Slot> slots = new ArrayList<>();
		days.values().forEach(day -> day.slots.forEach(row -> {
			LocalTime opens = row.opens.getValue();
			LocalTime closes = row.closes.getValue();
			if (opens != null && closes != null) {
				slots.add(new OpeningSchedule.Slot(day.day, opens, closes));
			}
		}));
		return slots;
	}

	/** Marks every field to fix and says whether the week can be saved. */
	boolean validate() {
		boolean valid = true;
		for (DayRow day : days.values()) {
			List<OpeningSchedule.Slot> checked = new ArrayList<>();
			for (SlotRow row : day.slots) {
				row.clearErrors();
				LocalTime opens = row.opens.getValue();
				LocalTime closes = row.closes.getValue();
				if (opens == null || closes == null) {
					row.error(opens == null ? row.opens : row.closes, getTranslation("office.required"));
					valid = false;
					continue;
				}
				var problem = OpeningHoursRules.slotProblem(opens, closes);
				if (problem.isPresent()) {
					row.error(row.closes, getTranslation(problem.get().key()));
					valid = false;
					continue;
				}
				var slot = new OpeningSchedule.Slot(day.day, opens, closes);
				var other = OpeningHoursRules.overlap(slot, checked);
				if (other.isPresent()) {
					row.error(row.opens, getTranslation(OpeningHoursRules.Problem.OVERLAP.key(),
							HoursText.range(other.get().opens(), other.get().closes())));
					valid = false;
				}
				checked.add(slot);
			}
		}
		return valid;
	}

	private static String key(DayOfWeek day) {
		return day.name().toLowerCase(Locale.ROOT);
	}

	/** One weekday: its name, its slots (or "closed") and a button for one more. */
	private final class DayRow extends Div {

		private final DayOfWeek day;

		private final List<SlotRow> slots = new ArrayList<>();

		private final Div slotList = new Div();

		private final Span closed = new Span();

		DayRow(DayOfWeek day) {
			this.day = day;
			addClassName("hours-day");
			setId("hours-" + key(day));
			H3 name = new H3(HoursText.weekday(day, WeekEditor.this.getLocale()));
			name.addClassName("hours-day-name");
			slotList.addClassName("hours-slots");
			closed.setText(getTranslation("space.hours.week.closed"));
			closed.addClassName("hours-closed");
			closed.setId("hours-" + key(day) + "-closed");
			Button add = new Button(getTranslation("space.hours.week.addSlot"), VaadinIcon.PLUS.create(),
					event -> addSlotAfterLast());
			add.setId("hours-" + key(day) + "-add");
			add.addThemeVariants(ButtonVariant.TERTIARY);
			add.getElement().setAttribute("aria-label", getTranslation("space.hours.week.addSlotTo", name.getText()));
			slotList.add(closed);
			add(name, slotList, add);
		}

		void clear() {
			slots.clear();
			slotList.removeAll();
			slotList.add(closed);
		}

		/** A first slot in the morning, a second in the afternoon, later ones empty. */
		private void addSlotAfterLast() {
			if (slots.isEmpty()) {
				addSlot(MORNING, NOON);
				return;
			}
			LocalTime last = slots.getLast().closes.getValue();
			if (last != null && !last.isAfter(AFTERNOON)) {
				addSlot(AFTERNOON, LATE_AFTERNOON);
			}
			else {
				addSlot(null, null);
			}
		}

		void addSlot(@Nullable LocalTime opens, @Nullable LocalTime closes) {
			SlotRow row = new SlotRow(opens, closes);
			row.remove.addClickListener(event -> {
				slots.remove(row);
				slotList.remove(row);
				renumber();
			});
			slots.add(row);
			slotList.remove(closed);
			slotList.add(row);
			renumber();
		}

		private void renumber() {
			for (int i = 0; i < slots.size(); i++) {
				slots.get(i).number("hours-" + key(day) + "-" + i);
			}
			if (slots.isEmpty()) {
				slotList.add(closed);
			}
		}

	}

	/** From … to …, and a button to remove the slot. */
	private final class SlotRow extends Div {

		private final TimePicker opens = new TimePicker();

		private final TimePicker closes = new TimePicker();

		private final Button remove = new Button(VaadinIcon.TRASH.create());

		SlotRow(@Nullable LocalTime opensAt, @Nullable LocalTime closesAt) {
			addClassName("hours-slot");
			picker(opens, "space.hours.week.opens", opensAt);
			picker(closes, "space.hours.week.closes", closesAt);
			remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
			remove.getElement().setAttribute("aria-label", getTranslation("space.hours.week.removeSlot"));
			remove.setTooltipText(getTranslation("space.hours.week.removeSlot"));
			add(opens, closes, remove);
		}

		private void picker(TimePicker picker, String label, @Nullable LocalTime value) {
			picker.setLabel(getTranslation(label));
			picker.setStep(STEP);
			picker.setLocale(WeekEditor.this.getLocale());
			picker.setManualValidation(true);
			picker.setValue(value);
			picker.addValueChangeListener(event -> picker.setInvalid(false));
		}

		void number(String id) {
			opens.setId(id + "-opens");
			closes.setId(id + "-closes");
			remove.setId(id + "-remove");
		}

		void clearErrors() {
			opens.setInvalid(false);
			closes.setInvalid(false);
		}

		void error(TimePicker picker, String message) {
			picker.setErrorMessage(message);
			picker.setInvalid(true);
		}

	}

}
