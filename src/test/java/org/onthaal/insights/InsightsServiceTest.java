package org.onthaal.insights;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onthaal.KaribuTest;
import org.onthaal.staff.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.onthaal.insights.InsightsFixture.PERIOD;

/** Every figure of the fixture, worked out by hand. */
class InsightsServiceTest extends KaribuTest {

	@Autowired
	private InsightsService service;

	@BeforeEach
	void seed() {
		InsightsFixture.seed(dsl, locationId);
		login("mila", Role.MANAGER);
	}

	@Test
	void visitsPerLocalDayIncludingTheNightEdgesOfThePeriod() {
		Insights insights = service.insights(locationId, PERIOD);

		assertThat(insights.days()).hasSize(14);
		Map<LocalDate, Insights.Day> days = insights.days()
			.stream()
			.collect(Collectors.toMap(Insights.Day::date, Function.identity()));
		assertThat(days.get(LocalDate.of(2026, 3, 23)))
			.isEqualTo(new Insights.Day(LocalDate.of(2026, 3, 23), 2, 2, 1, 1, 1, 0, 0, 0, 0));
		assertThat(days.get(LocalDate.of(2026, 3, 24)))
			.isEqualTo(new Insights.Day(LocalDate.of(2026, 3, 24), 4, 5, 4, 2, 2, 5, 2, 1, 2));
		assertThat(days.get(LocalDate.of(2026, 3, 30)))
			.isEqualTo(new Insights.Day(LocalDate.of(2026, 3, 30), 1, 1, 1, 0, 1, 0, 0, 0, 0));
		assertThat(days.get(LocalDate.of(2026, 3, 31)))
			.isEqualTo(new Insights.Day(LocalDate.of(2026, 3, 31), 2, 2, 3, 0, 2, 2, 1, 0, 0));
		assertThat(days.get(LocalDate.of(2026, 4, 1)))
			.isEqualTo(new Insights.Day(LocalDate.of(2026, 4, 1), 1, 1, 3, 1, 0, 1, 0, 0, 0));
		assertThat(days.get(LocalDate.of(2026, 4, 2)))
			.isEqualTo(new Insights.Day(LocalDate.of(2026, 4, 2), 1, 1, 1, 0, 1, 0, 0, 0, 0));
		assertThat(days.get(LocalDate.of(2026, 4, 5)).visits()).as("23:30 local on the last day").isEqualTo(1);
		assertThat(days.get(LocalDate.of(2026, 3, 29)).visits()).isZero();
		assertThat(insights.visits()).isEqualTo(12);
		assertThat(insights.adults()).isEqualTo(13);
		assertThat(insights.children()).isEqualTo(13);
		assertThat(insights.firstVisits()).isEqualTo(4);
		assertThat(insights.returningVisits()).isEqualTo(8);
	}

	@Test
	void visitsPerIsoWeek() {
		assertThat(service.insights(locationId, PERIOD).weeks()).containsExactly(
				new Insights.Week(LocalDate.of(2026, 3, 23), 6, 3, 3),
				new Insights.Week(LocalDate.of(2026, 3, 30), 6, 1, 5));
		assertThat(service.insights(locationId, PERIOD).weeks().get(1).weekNumber()).isEqualTo(14);
	}

	@Test
	void heatMapInLocalTimeOnBothSidesOfTheChangeToSummerTime() {
		HeatMap map = service.insights(locationId, PERIOD).heatMap();

		assertThat(map.count(DayOfWeek.MONDAY, 0)).isEqualTo(1);
		assertThat(map.count(DayOfWeek.MONDAY, 10)).isEqualTo(2);
		assertThat(map.count(DayOfWeek.TUESDAY, 9)).isEqualTo(4);
		assertThat(map.count(DayOfWeek.TUESDAY, 10)).isEqualTo(1);
		assertThat(map.count(DayOfWeek.TUESDAY, 14)).isEqualTo(1);
		assertThat(map.count(DayOfWeek.WEDNESDAY, 14)).isEqualTo(1);
		assertThat(map.count(DayOfWeek.THURSDAY, 10)).isEqualTo(1);
		assertThat(map.count(DayOfWeek.SUNDAY, 23)).isEqualTo(1);
		assertThat(map.count(DayOfWeek.TUESDAY, 8)).as("a UTC bucketing would put the summer visits here").isZero();
		assertThat(map.total()).isEqualTo(12);
		assertThat(map.max()).isEqualTo(4);
		assertThat(map.firstHour()).isZero();
		assertThat(map.lastHour()).isEqualTo(23);
	}

	@Test
	void languagesOfDistinctFamiliesAndAnonymisedVisitsApart() {
		Insights.Languages languages = service.insights(locationId, PERIOD).languages();

		assertThat(languages.families()).isEqualTo(5);
		assertThat(languages.anonymisedVisits()).isEqualTo(1);
		assertThat(languages.counts()).containsExactly(new Insights.LanguageCount("fr", 0, 3),
				new Insights.LanguageCount("tr", 2, 2), new Insights.LanguageCount("nl", 1, 2),
				new Insights.LanguageCount("ar", 1, 1), new Insights.LanguageCount("wo", 1, 1),
				new Insights.LanguageCount("de", 0, 1), new Insights.LanguageCount("en", 0, 1));
	}

	@Test
	void introductionFunnelAndBridgingShare() {
		Introductions figures = service.insights(locationId, PERIOD).introductions();

		assertThat(figures).isEqualTo(new Introductions(1, 1, 3, 1, 1, 1, 1, 1, 2));
		assertThat(figures.suggested()).isEqualTo(8);
		assertThat(figures.declined()).isEqualTo(3);
		assertThat(figures.outcomeUnknown()).isEqualTo(1);
		assertThat(figures.bridgingShare()).isEqualTo(2.0 / 3);
	}

	@Test
	void spaceAsSetUpAgainstSpaceAsUsed() {
		List<Insights.CornerUse> corners = service.insights(locationId, PERIOD).corners();

		assertThat(corners).extracting(Insights.CornerUse::name)
			.as("active corners only, in their order")
			.containsExactly("Koffiehoek", "Speelmat", "Leeshoek");
		Insights.CornerUse coffee = corners.get(0);
		assertThat(coffee.kind()).isEqualTo("COFFEE");
		assertThat(coffee.capacity()).isEqualTo(10);
		assertThat(coffee.labels()).containsEntry("fr", "Coin café");
		assertThat(coffee.overall()).isEqualTo(new Insights.Usage(3, 13, 6));
		assertThat(coffee.overall().average()).isEqualTo(13.0 / 3);
		assertThat(coffee.averageOccupancyPercent()).isCloseTo(43.333, within(0.001));
		assertThat(coffee.byHour()).containsExactly(new Insights.HourUse(9, new Insights.Usage(2, 7, 4)),
				new Insights.HourUse(10, new Insights.Usage(1, 6, 6)));
		Insights.CornerUse play = corners.get(1);
		assertThat(play.overall()).isEqualTo(new Insights.Usage(2, 10, 8));
		assertThat(play.averageOccupancyPercent()).isEqualTo(62.5);
		assertThat(play.byHour()).containsExactly(new Insights.HourUse(10, new Insights.Usage(1, 8, 8)),
				new Insights.HourUse(14, new Insights.Usage(1, 2, 2)));
		assertThat(corners.get(2).observed()).isFalse();
		assertThat(service.insights(locationId, PERIOD).neverObserved()).extracting(Insights.CornerUse::name)
			.containsExactly("Leeshoek");
	}

	@Test
	void reflectionCountsWhatHostsDidReasonsAndFamiliesNeverIntroduced() {
		Reflection reflection = service.reflection(locationId, PERIOD);

		assertThat(reflection.introductions()).isEqualTo(new Introductions(1, 1, 3, 1, 1, 1, 1, 1, 2));
		assertThat(reflection.reasons()).containsExactly(new Reflection.ReasonOutcome("BRIDGE", 2, 2, 1, 0),
				new Reflection.ReasonOutcome("CHILDREN_CLOSE_AGE", 1, 0, 0, 0),
				new Reflection.ReasonOutcome("CHILDREN_SAME_AGE", 1, 0, 0, 0),
				new Reflection.ReasonOutcome("NEWCOMER", 1, 0, 0, 0),
				new Reflection.ReasonOutcome("SHARED_INTEREST", 2, 2, 0, 1),
				new Reflection.ReasonOutcome("SHARED_LANGUAGE", 4, 2, 1, 1),
				new Reflection.ReasonOutcome("WAITING", 1, 0, 0, 0));
		assertThat(reflection.families()).isEqualTo(5);
		assertThat(reflection.neverIntroduced()).containsExactly(new Reflection.NeverIntroduced(1, 1, 1),
				new Reflection.NeverIntroduced(2, 1, 0), new Reflection.NeverIntroduced(3, 1, 1));
		assertThat(reflection.cameAtLeast(2)).isEqualTo(new Reflection.NeverIntroduced(2, 2, 1));
	}

	@Test
	void anEmptyPeriodGivesZerosEverywhere() {
		Period empty = new Period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31));
		Insights insights = service.insights(locationId, empty);

		assertThat(insights.visits()).isZero();
		assertThat(insights.heatMap().total()).isZero();
		assertThat(insights.introductions()).isEqualTo(Introductions.NONE);
		assertThat(insights.neverObserved()).hasSize(3);
		assertThat(service.reflection(locationId, empty).neverIntroduced()).isEmpty();
	}

	@Test
	void aHostGetsNoInsights() {
		login("hans", Role.HOST);

		assertThatThrownBy(() -> service.insights(locationId, PERIOD)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> service.reflection(locationId, PERIOD)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> service.exportDays(locationId, PERIOD)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> service.exportCorners(locationId, PERIOD)).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void aManagerOfAnotherPlaceGetsNoInsightsOfThisOne() {
		long other = locations.create("Elders", InsightsFixture.BRUSSELS, false);
		staff.create("test", "otto", "a-long-test-password", "Otto", java.util.Set.of(Role.MANAGER), List.of(other),
				false);
		login("otto", Role.MANAGER);

		assertThatThrownBy(() -> service.insights(locationId, PERIOD)).isInstanceOf(AccessDeniedException.class);
	}

}
