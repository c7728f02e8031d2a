package org.onthaal.space.ui;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.onthaal.base.i18n.Translations;
import org.onthaal.KaribuTest;
import org.onthaal.space.OpeningHoursRepository;
import org.onthaal.space.OpeningHoursService;
import org.onthaal.space.OpeningSchedule;
import org.onthaal.staff.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.onthaal.db.Tables.AUDIT_EVENT;
import static org.onthaal.db.Tables.OPENING_EXCEPTION;
import static org.onthaal.db.Tables.OPENING_HOURS;
import static org.onthaal.db.Tables.STAFF_USER;

/** A manager sets the week, a closure and reads the next fourteen days; a host cannot. */
class OpeningHoursViewTest extends KaribuTest {

	private static final LocalDate A_TUESDAY = LocalDate.of(2026, 12, 1);

	private static final Locale DUTCH = Locale.forLanguageTag("nl");

	private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	@Autowired
	private Translations translations;

	@Autowired
	private OpeningHoursRepository hours;

	@Autowired
	private OpeningHoursService service;

	@Test
	void twoSlotsOnMondayAndOneOnWednesdayAreStoredExactly() {
		openAsManager();
		assertThat(_get(Span.class, spec -> spec.withId("hours-monday-closed")).getText()).isEqualTo("Gesloten");

		tap("hours-monday-add");
		tap("hours-monday-add");
		time("hours-monday-1-opens", "13:30");
		time("hours-monday-1-closes", "17:00");
		tap("hours-wednesday-add");
		time("hours-wednesday-0-opens", "14:00");
		time("hours-wednesday-0-closes", "16:45");
		tap("hours-save");

		assertThat(storedWeek()).containsExactlyInAnyOrder(tuple((short) 1, at("09:00"), at("12:00")),
				tuple((short) 1, at("13:30"), at("17:00")), tuple((short) 3, at("14:00"), at("16:45")));
		assertThat(dsl.fetchCount(AUDIT_EVENT,
				AUDIT_EVENT.ACTION.eq("OPENING_HOURS_CHANGED")
					.and(AUDIT_EVENT.ACTOR.eq("mila"))
					.and(AUDIT_EVENT.LOCATION_ID.eq(locationId))))
			.isEqualTo(1);
		assertThat(_find(Paragraph.class, spec -> spec.withId("hours-not-set-up"))).isEmpty();

		// removing a slot and saving again replaces the week
		tap("hours-monday-0-remove");
		tap("hours-save");
		assertThat(storedWeek()).containsExactlyInAnyOrder(tuple((short) 1, at("13:30"), at("17:00")),
				tuple((short) 3, at("14:00"), at("16:45")));
	}

	@Test
	void weekdaysAndTextsFollowTheManagersLanguage() {
		// the back office speaks the manager's own language, kept with the account
		login("mila", Role.MANAGER);
		dsl.update(STAFF_USER).set(STAFF_USER.UI_LANGUAGE, "fr").where(STAFF_USER.USERNAME.eq("mila")).execute();
		openAsManager();
		assertThat(_get(H3.class, spec -> spec.withText("Lundi"))).isNotNull();
		assertThat(_get(H3.class, spec -> spec.withText("Dimanche"))).isNotNull();
		assertThat(_get(Span.class, spec -> spec.withId("hours-monday-closed")).getText()).isEqualTo("Fermé");
		tap("hours-monday-add");
		assertThat(_get(TimePicker.class, spec -> spec.withId("hours-monday-0-opens")).getLabel()).isEqualTo("Ouvre à");
	}

	@Test
	void overlappingSlotsAreRefusedWithAMessageAndNothingStoredChanges() {
		hours.addWeeklySlot(locationId, DayOfWeek.TUESDAY, at("09:00"), at("12:00"));
		openAsManager();
		assertThat(value("hours-tuesday-0-opens")).isEqualTo(at("09:00"));

		tap("hours-tuesday-add");
		time("hours-tuesday-1-opens", "11:00");
		time("hours-tuesday-1-closes", "13:00");
		tap("hours-save");

		TimePicker opens = _get(TimePicker.class, spec -> spec.withId("hours-tuesday-1-opens"));
		assertThat(opens.isInvalid()).isTrue();
		assertThat(opens.getErrorMessage()).isEqualTo(t("space.hours.error.overlap", "09:00\u201312:00"))
			.contains("overlapt");
		assertThat(_get(Paragraph.class, spec -> spec.withId("hours-week-error")).getText())
			.isEqualTo(t("space.hours.week.invalid"));
		assertThat(storedWeek()).containsExactly(tuple((short) 2, at("09:00"), at("12:00")));
		assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.like("OPENING_%"))).isZero();

		// closing before opening is refused too
		time("hours-tuesday-1-opens", "15:00");
		time("hours-tuesday-1-closes", "14:00");
		tap("hours-save");
		TimePicker closes = _get(TimePicker.class, spec -> spec.withId("hours-tuesday-1-closes"));
		assertThat(closes.isInvalid()).isTrue();
		assertThat(closes.getErrorMessage()).isEqualTo(t("space.hours.error.closesBeforeOpens"));
		assertThat(storedWeek()).containsExactly(tuple((short) 2, at("09:00"), at("12:00")));

		// and the service refuses an overlap even if a screen let it through
		var slots = List.of(new OpeningSchedule.Slot(DayOfWeek.TUESDAY, at("09:00"), at("12:00")),
				new OpeningSchedule.Slot(DayOfWeek.TUESDAY, at("11:00"), at("13:00")));
		assertThatThrownBy(() -> service.replaceWeek(locationId, hours.weeklySlots(locationId), slots))
			.isInstanceOf(org.onthaal.space.OpeningHoursRejected.class);
		assertThat(storedWeek()).containsExactly(tuple((short) 2, at("09:00"), at("12:00")));
	}

	@Test
	void savingOverSomeoneElsesChangeShowsAConflictAndKeepsTheirs() {
		openAsManager();
		tap("hours-friday-add");
		// another manager saves Thursday in the meantime
		hours.addWeeklySlot(locationId, DayOfWeek.THURSDAY, at("10:00"), at("11:00"));
		tap("hours-save");

		assertThat(_get(Paragraph.class, spec -> spec.withId("hours-week-error")).getText())
			.isEqualTo(t("office.conflict"));
		assertThat(storedWeek()).containsExactly(tuple((short) 4, at("10:00"), at("11:00")));
		assertThat(value("hours-thursday-0-opens")).isEqualTo(at("10:00"));
	}

	@Test
	void aClosureIsStoredAndThePreviewShowsThatDayClosedWithItsReason() {
		for (DayOfWeek day : DayOfWeek.values()) {
			hours.addWeeklySlot(locationId, day, at("09:00"), at("12:00"));
		}
		LocalDate today = aTuesdayAfternoon();
		LocalDate training = today.plusDays(3);
		openAsManager();
		assertThat(_get(Paragraph.class, spec -> spec.withId("hours-exceptions-empty")).getText())
			.isEqualTo(t("space.hours.exceptions.empty"));

		_setValue(_get(DatePicker.class, spec -> spec.withId("hours-exception-from")), training);
		assertThat(kind().getValue()).isEqualTo("CLOSED");
		_setValue(_get(TextField.class, spec -> spec.withId("hours-exception-reason")), "  Vormingsdag ");
		tap("hours-exception-add");

		var stored = dsl.selectFrom(OPENING_EXCEPTION).fetchSingle();
		assertThat(stored.getLocationId()).isEqualTo(locationId);
		assertThat(stored.getStartsOn()).isEqualTo(training);
		assertThat(stored.getEndsOn()).isEqualTo(training);
		assertThat(stored.getKind()).isEqualTo("CLOSED");
		assertThat(stored.getOpensAt()).isNull();
		assertThat(stored.getClosesAt()).isNull();
		assertThat(stored.getReason()).isEqualTo("Vormingsdag");
		assertThat(dsl.fetchCount(AUDIT_EVENT,
				AUDIT_EVENT.ACTION.eq("OPENING_EXCEPTION_ADDED").and(AUDIT_EVENT.ENTITY_ID.eq(stored.getId()))))
			.isEqualTo(1);

		assertThat(previewText(training)).isEqualTo(t("space.hours.preview.closedBecause", "Vormingsdag"))
			.isEqualTo("Gesloten: Vormingsdag");
		assertThat(previewText(today.plusDays(2))).isEqualTo("09:00\u201312:00");
		assertThat(_get(Div.class, spec -> spec.withId("hours-preview-" + today)).getClassNames())
			.contains("hours-today");
		assertThat(_get(Div.class, spec -> spec.withId("hours-preview-" + training)).getClassNames())
			.doesNotContain("hours-today");
		assertThat(_find(Div.class, spec -> spec.withClasses("hours-preview-day"))).hasSize(14);
		assertThat(_get(Div.class, spec -> spec.withId("hours-exception-" + stored.getId()))).isNotNull();

		// removing asks first; cancelling keeps it
		tap("hours-exception-" + stored.getId() + "-remove");
		assertThat(_get(Paragraph.class, spec -> spec.withId("hours-remove-question")).getText())
			.contains("Vormingsdag");
		tap("hours-remove-cancel");
		assertThat(dsl.fetchCount(OPENING_EXCEPTION)).isEqualTo(1);

		tap("hours-exception-" + stored.getId() + "-remove");
		tap("hours-remove-confirm");
		assertThat(dsl.fetchCount(OPENING_EXCEPTION)).isZero();
		assertThat(dsl.fetchCount(AUDIT_EVENT,
				AUDIT_EVENT.ACTION.eq("OPENING_EXCEPTION_REMOVED").and(AUDIT_EVENT.ENTITY_ID.eq(stored.getId()))))
			.isEqualTo(1);
		assertThat(previewText(training)).isEqualTo("09:00\u201312:00");
	}

	@Test
	void anExtraOpeningNeedsItsHoursAndDatesInOrder() {
		LocalDate today = aTuesdayAfternoon();
		openAsManager();
		_setValue(_get(DatePicker.class, spec -> spec.withId("hours-exception-from")), today.plusDays(5));
		_setValue(_get(DatePicker.class, spec -> spec.withId("hours-exception-to")), today.plusDays(4));
		tap("hours-exception-add");
		DatePicker to = _get(DatePicker.class, spec -> spec.withId("hours-exception-to"));
		assertThat(to.isInvalid()).isTrue();
		assertThat(to.getErrorMessage()).isEqualTo(t("space.hours.error.endBeforeStart"));

		_setValue(to, today.plusDays(5));
		_setValue(kind(), "OPEN");
		tap("hours-exception-add");
		TimePicker opens = _get(TimePicker.class, spec -> spec.withId("hours-exception-opens"));
		assertThat(opens.isInvalid()).isTrue();
		assertThat(opens.getErrorMessage()).isEqualTo(t("space.hours.error.openNeedsHours"));
		assertThat(dsl.fetchCount(OPENING_EXCEPTION)).isZero();

		time("hours-exception-opens", "14:00");
		time("hours-exception-closes", "16:30");
		_setValue(_get(TextField.class, spec -> spec.withId("hours-exception-reason")), "Knutselnamiddag");
		tap("hours-exception-add");
		var stored = dsl.selectFrom(OPENING_EXCEPTION).fetchSingle();
		assertThat(stored.getKind()).isEqualTo("OPEN");
		assertThat(stored.getOpensAt()).isEqualTo(at("14:00"));
		assertThat(stored.getClosesAt()).isEqualTo(at("16:30"));
		assertThat(previewText(today.plusDays(5)))
			.isEqualTo(t("space.hours.preview.extra", "14:00\u201316:30", "Knutselnamiddag"));
	}

	@Test
	void theScheduleTakesItsZoneFromTheLocation() {
		long newYork = locations.create("Brooklyn", ZoneId.of("America/New_York"), false);
		hours.addWeeklySlot(newYork, DayOfWeek.MONDAY, at("09:00"), at("12:00"));
		OpeningSchedule schedule = hours.schedule(newYork);
		assertThat(schedule.zone()).isEqualTo(ZoneId.of("America/New_York"));
		assertThat(schedule.openingsOn(LocalDate.parse("2026-03-16")).getFirst().opens())
			.isEqualTo(java.time.Instant.parse("2026-03-16T13:00:00Z"));
	}

	@Test
	void aHostCannotOpenTheScreenNorCallTheService() {
		login("hans", Role.HOST);
		assertThatThrownBy(() -> UI.getCurrent().navigate("office/hours"))
			.isInstanceOf(MockAccessDeniedException.class);
		assertThatThrownBy(() -> service.weeklySlots(locationId)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> service.replaceWeek(locationId, List.of(), List.of()))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> service.exceptions(locationId)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> service.addException(locationId, A_TUESDAY, A_TUESDAY, true, null, null, "x"))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> service.removeException(locationId, 1)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> service.preview(locationId)).isInstanceOf(AccessDeniedException.class);
		assertThat(dsl.fetchCount(OPENING_EXCEPTION)).isZero();
	}

	@Test
	void aManagerCannotChangeAnotherPlacesHours() {
		login("mila", Role.MANAGER);
		long elsewhere = locations.create("Elders", BRUSSELS, false);
		assertThatThrownBy(() -> service.replaceWeek(elsewhere, List.of(),
				List.of(new OpeningSchedule.Slot(DayOfWeek.MONDAY, at("09:00"), at("12:00")))))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> service.addException(elsewhere, A_TUESDAY, A_TUESDAY, true, null, null, null))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(dsl.fetchCount(OPENING_HOURS)).isZero();
		assertThat(dsl.fetchCount(OPENING_EXCEPTION)).isZero();
	}

	/**
	 * The screen reads the app's clock: set to a Tuesday afternoon, so "today" is the
	 * same day for the screen and for the test whenever it runs.
	 */
	private LocalDate aTuesdayAfternoon() {
		clock.setTo(A_TUESDAY.atTime(15, 0).atZone(BRUSSELS).toInstant());
		return A_TUESDAY;
	}

	private void openAsManager() {
		login("mila", Role.MANAGER);
		UI.getCurrent().navigate("office/hours");
		assertThat(_get(OpeningHoursView.class)).isNotNull();
	}

	private List<Tuple> storedWeek() {
		return dsl.select(OPENING_HOURS.DAY_OF_WEEK, OPENING_HOURS.OPENS_AT, OPENING_HOURS.CLOSES_AT)
			.from(OPENING_HOURS)
			.where(OPENING_HOURS.LOCATION_ID.eq(locationId))
			.fetch(r -> tuple(r.value1(), r.value2(), r.value3()));
	}

	private String previewText(LocalDate date) {
		return _get(Span.class, spec -> spec.withId("hours-preview-" + date + "-hours")).getText();
	}

	@SuppressWarnings("unchecked")
	private static RadioButtonGroup<String> kind() {
		return _get(RadioButtonGroup.class, spec -> spec.withId("hours-exception-kind"));
	}

	private static void tap(String id) {
		_click(_get(Button.class, spec -> spec.withId(id)));
	}

	private static void time(String id, String time) {
		_setValue(_get(TimePicker.class, spec -> spec.withId(id)), LocalTime.parse(time));
	}

	private static LocalTime value(String id) {
		return _get(TimePicker.class, spec -> spec.withId(id)).getValue();
	}

	private static LocalTime at(String time) {
		return LocalTime.parse(time);
	}

	private String t(String key, Object... params) {
		return translations.getTranslation(key, DUTCH, params);
	}

}
