package org.onthaal.checkin.ui;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onthaal.KaribuTest;
import org.onthaal.base.i18n.Translations;
import org.onthaal.space.OpeningHoursRepository;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kiosk follows the exceptions, not only the week: an extra opening on a day that is
 * normally closed opens it, a closure on a day that is normally open closes it.
 */
class KioskFollowsOpeningExceptionsTest extends KaribuTest {

	@org.junit.jupiter.api.BeforeEach
	void beAPairedKiosk() {
		org.onthaal.kiosk.TestKiosks.pairAndUse(ctx, locationId);
	}

	private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	private static final Locale DUTCH = Locale.forLanguageTag("nl");

	private static final LocalTime ALL_DAY_FROM = LocalTime.MIDNIGHT;

	private static final LocalTime ALL_DAY_UNTIL = LocalTime.of(23, 59);

	@Autowired
	private OpeningHoursRepository hours;

	@Autowired
	private Translations translations;

	private LocalDate today;

	@BeforeEach
	void today() {
		// the kiosk reads the app's clock: a Tuesday afternoon, well inside "all day"
		// (which ends at 23:59), whenever the test runs
		today = LocalDate.of(2026, 12, 1);
		clock.setTo(today.atTime(14, 30).atZone(BRUSSELS).toInstant());
	}

	@Test
	void anExtraOpeningOnANormallyClosedDayOpensTheKiosk() {
		for (DayOfWeek day : DayOfWeek.values()) {
			if (day != today.getDayOfWeek()) {
				hours.addWeeklySlot(locationId, day, ALL_DAY_FROM, ALL_DAY_UNTIL);
			}
		}
		showKiosk();
		assertThat(_find(Paragraph.class, spec -> spec.withId("kiosk-closed-next"))).hasSize(1);
		assertThat(_find(Button.class, spec -> spec.withId("kiosk-start"))).isEmpty();

		hours.addException(locationId, today, today, ALL_DAY_FROM, ALL_DAY_UNTIL, "Extra speelnamiddag");
		showKiosk();

		assertThat(_find(Paragraph.class, spec -> spec.withId("kiosk-closed-next"))).isEmpty();
		assertThat(_find(Button.class, spec -> spec.withId("kiosk-start"))).hasSize(1);
	}

	@Test
	void aClosureOnANormallyOpenDayShowsTheClosedScreen() {
		for (DayOfWeek day : DayOfWeek.values()) {
			hours.addWeeklySlot(locationId, day, ALL_DAY_FROM, ALL_DAY_UNTIL);
		}
		showKiosk();
		assertThat(_find(Button.class, spec -> spec.withId("kiosk-start"))).hasSize(1);

		hours.addException(locationId, today, today, null, null, "Vormingsdag");
		showKiosk();

		assertThat(_find(Button.class, spec -> spec.withId("kiosk-start"))).isEmpty();
		String tomorrow = today.plusDays(1).getDayOfWeek().getDisplayName(TextStyle.FULL, DUTCH);
		assertThat(_get(Paragraph.class, spec -> spec.withId("kiosk-closed-next")).getText())
			.isEqualTo(translations.getTranslation("kiosk.closed.next", DUTCH, tomorrow, "00:00"));
	}

	/** What a kiosk shows after the hours changed (a reload builds the view anew). */
	private static void showKiosk() {
		KioskFlow.open();
		UI.getCurrent().getPage().reload();
	}

}
