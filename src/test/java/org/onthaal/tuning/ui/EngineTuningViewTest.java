package org.onthaal.tuning.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.NumberField;
import org.junit.jupiter.api.Test;
import org.onthaal.KaribuTest;
import org.onthaal.checkin.CheckInService;
import org.onthaal.checkin.VisitSource;
import org.onthaal.family.NewFamily;
import org.onthaal.host.HostBoardService;
import org.onthaal.live.LiveChange;
import org.onthaal.live.LiveUpdates;
import org.onthaal.matching.Weights;
import org.onthaal.staff.Role;
import org.onthaal.tuning.EngineTuningService;
import org.onthaal.tuning.WeightSetting;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onthaal.db.Tables.ACQUAINTANCE;
import static org.onthaal.db.Tables.AUDIT_EVENT;
import static org.onthaal.db.Tables.ENGINE_WEIGHTS;
import static org.onthaal.db.Tables.FAMILY;
import static org.onthaal.db.Tables.INTRODUCTION;
import static org.onthaal.db.Tables.VISIT;

/**
 * A manager tunes the engine for a place: the board computes with the saved weights, bad
 * values are refused with a message, the defaults come back after a question, and the
 * preview replays the last four weeks without storing anything.
 */
class EngineTuningViewTest extends KaribuTest {

	/** A Thursday morning in Brussels (UTC+1 in November). */
	private static final Instant NINE = Instant.parse("2026-11-26T08:00:00Z");

	@Autowired
	private CheckInService checkIns;

	@Autowired
	private HostBoardService board;

	@Autowired
	private EngineTuningService service;

	@Autowired
	private LiveUpdates live;

	@Test
	void aSavedWeightIsWhatTheBoardComputesWithAndTheChangeIsAudited() {
		clock.setTo(NINE);
		checkIn("Elif", List.of("tr"), List.of("cooking"));
		checkIn("Ahmet", List.of("tr"), List.of("music"));
		login("gastvrouw", Role.HOST);
		double before = board.board(locationId).suggestions().getFirst().score();
		List<LiveChange> heard = new CopyOnWriteArrayList<>();
		var listening = live.subscribe(locationId, heard::add);

		openAsManager();
		assertThat(_get(Paragraph.class, spec -> spec.withId("tuning-status")).getText())
			.isEqualTo("Deze plek gebruikt de standaardgewichten.");
		assertThat(field(WeightSetting.SHARED_LANGUAGE).getValue()).isEqualTo(1.0);
		_setValue(field(WeightSetting.SHARED_LANGUAGE), 4.0);
		tap("tuning-save");

		var stored = dsl.selectFrom(ENGINE_WEIGHTS).fetchSingle();
		assertThat(stored.getLocationId()).isEqualTo(locationId);
		assertThat(stored.getChangedBy()).isEqualTo("mila");
		assertThat(stored.getWeights().data()).contains("\"sharedLanguage\": 4.0");
		var audited = dsl.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.ACTION.eq("ENGINE_WEIGHTS_CHANGED")).fetchSingle();
		assertThat(audited.getActor()).isEqualTo("mila");
		assertThat(audited.getLocationId()).isEqualTo(locationId);
		assertThat(audited.getDetails().data()).contains("sharedLanguage").doesNotContain("bridge");
		assertThat(_get(Paragraph.class, spec -> spec.withId("tuning-status")).getText())
			.startsWith("Eigen gewichten, opgeslagen door mila op");
		// the place's open boards hear of it and compute anew
		assertThat(awaitUi(() -> heard.stream().anyMatch(change -> change.kind() == LiveChange.Kind.WEIGHTS))).isTrue();
		listening.remove();

		login("gastvrouw", Role.HOST);
		assertThat(board.board(locationId).suggestions().getFirst().score()).isEqualTo(before + 3.0);

		// saving the same weights again changes nothing and records nothing
		login("mila", Role.MANAGER);
		tap("tuning-save");
		assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.like("ENGINE_WEIGHTS_%"))).isEqualTo(1);
	}

	@Test
	void valuesOutOfRangeEmptyOrNotWholeAreRefusedWithAMessageAndNothingIsStored() {
		openAsManager();
		_setValue(field(WeightSetting.BRIDGE), 11.0);
		_setValue(field(WeightSetting.NEWCOMER), null);
		_setValue(field(WeightSetting.REST_AFTER), 2.5);
		tap("tuning-save");

		assertThat(field(WeightSetting.BRIDGE).isInvalid()).isTrue();
		assertThat(field(WeightSetting.BRIDGE).getErrorMessage()).isEqualTo("Vul een getal van 0 tot 10 in.");
		assertThat(field(WeightSetting.NEWCOMER).getErrorMessage()).isEqualTo("Vul een getal in.");
		assertThat(field(WeightSetting.REST_AFTER).getErrorMessage()).isEqualTo("Vul een geheel getal in.");
		assertThat(field(WeightSetting.SHARED_LANGUAGE).isInvalid()).isFalse();
		assertThat(error()).contains("Er is niets opgeslagen");
		assertThat(dsl.fetchCount(ENGINE_WEIGHTS)).isZero();
		assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.like("ENGINE_WEIGHTS_%"))).isZero();

		// the preview refuses them too, and shows no figures
		tap("tuning-preview");
		assertThat(field(WeightSetting.BRIDGE).isInvalid()).isTrue();
		assertThat(_find(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("tuning-result")))
			.as("no figures shown")
			.isEmpty();

		// mended, it saves and the marks go
		_setValue(field(WeightSetting.BRIDGE), 10.0);
		_setValue(field(WeightSetting.NEWCOMER), 2.0);
		_setValue(field(WeightSetting.REST_AFTER), 3.0);
		tap("tuning-save");
		assertThat(field(WeightSetting.BRIDGE).isInvalid()).isFalse();
		assertThat(_find(Paragraph.class, spec -> spec.withId("tuning-error"))).as("no error shown").isEmpty();
		assertThat(dsl.fetchCount(ENGINE_WEIGHTS)).isEqualTo(1);
	}

	@Test
	void allPairWeightsAtZeroAreRefusedBecauseEveryPairWouldBeWorthTheSame() {
		openAsManager();
		for (WeightSetting setting : WeightSetting.values()) {
			if (setting.makesAPairWorthSomething()) {
				_setValue(field(setting), 0.0);
			}
		}
		tap("tuning-save");
		assertThat(error()).startsWith("Minstens één van de punten voor een goed paar");
		assertThat(dsl.fetchCount(ENGINE_WEIGHTS)).isZero();
		assertThat(service.weights(locationId).defaults()).isTrue();
	}

	@Test
	void backToTheDefaultsAsksFirstThenRestoresThemAndIsAudited() {
		openAsManager();
		_setValue(field(WeightSetting.BRIDGE), 6.0);
		tap("tuning-save");
		assertThat(dsl.fetchCount(ENGINE_WEIGHTS)).isEqualTo(1);

		tap("tuning-restore");
		assertThat(_get(Paragraph.class, spec -> spec.withId("tuning-restore-question")).getText()).contains("Baboes");
		tap("tuning-restore-cancel");
		assertThat(dsl.fetchCount(ENGINE_WEIGHTS)).isEqualTo(1);
		assertThat(field(WeightSetting.BRIDGE).getValue()).isEqualTo(6.0);

		tap("tuning-restore");
		tap("tuning-restore-confirm");
		assertThat(dsl.fetchCount(ENGINE_WEIGHTS)).isZero();
		assertThat(field(WeightSetting.BRIDGE).getValue()).isEqualTo(Weights.DEFAULTS.bridge());
		assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("ENGINE_WEIGHTS_RESTORED"))).isEqualTo(1);
		assertThat(_get(Paragraph.class, spec -> spec.withId("tuning-status")).getText())
			.isEqualTo("Deze plek gebruikt de standaardgewichten.");
	}

	@Test
	void savingOverAnotherManagersChangeShowsTheConflictAndKeepsTheirs() {
		openAsManager();
		_setValue(field(WeightSetting.BRIDGE), 6.0);
		// another manager saves in the meantime
		Map<WeightSetting, Double> theirs = new java.util.EnumMap<>(WeightSetting.valuesOf(Weights.DEFAULTS));
		theirs.put(WeightSetting.NEWCOMER, 5.0);
		service.save(locationId, WeightSetting.valuesOf(Weights.DEFAULTS), new java.util.EnumMap<>(theirs));

		tap("tuning-save");
		assertThat(error()).isEqualTo(getTranslation("office.conflict"));
		assertThat(field(WeightSetting.NEWCOMER).getValue()).isEqualTo(5.0);
		assertThat(field(WeightSetting.BRIDGE).getValue()).isEqualTo(Weights.DEFAULTS.bridge());
		assertThat(service.weights(locationId).values().get(WeightSetting.BRIDGE)).isEqualTo(Weights.DEFAULTS.bridge());
	}

	@Test
	void thePreviewReplaysTheLastFourWeeksWithBothWeightsAndStoresNothing() {
		// a morning last week: two Dutch families who share sleep, two Arabic-speaking
		// families who speak Dutch too and share cooking; the hosts introduced twice
		clock.setTo(NINE);
		long a = checkIn("Anna", List.of("nl"), List.of("sleep"));
		long b = checkIn("Bart", List.of("nl"), List.of("sleep"));
		long c = checkIn("Chaima", List.of("ar", "nl"), List.of("cooking"));
		long d = checkIn("Driss", List.of("ar", "nl"), List.of("cooking"));
		introduced(a, b, NINE.plus(Duration.ofMinutes(30)));
		introduced(c, d, NINE.plus(Duration.ofMinutes(40)));
		dsl.update(VISIT)
			.set(VISIT.CHECKED_OUT_AT, OffsetDateTime.ofInstant(NINE.plus(Duration.ofHours(3)), ZoneOffset.UTC))
			.execute();
		clock.setTo(NINE.plus(Duration.ofDays(6)));
		int introductions = dsl.fetchCount(INTRODUCTION);
		int acquaintances = dsl.fetchCount(ACQUAINTANCE);
		openAsManager();
		// counted once the manager exists: signing in the first time creates the account
		int audited = dsl.fetchCount(AUDIT_EVENT);
		_setValue(field(WeightSetting.BRIDGE), 0.0);
		tap("tuning-preview");

		assertThat(text("tuning-result-what"))
			.isEqualTo("Van 4 nov 2026 tot 2 dec 2026. Openingsdagen: 1. Bezoeken: 4.");
		assertThat(text("tuning-result-host")).contains("(2 keer)");
		// with the defaults the host bridges home languages at both taps, the second time
		// with a family met at the first (the best matching pairs everyone across
		// languages, and the host takes its top card). Without the bridge weight the
		// first
		// tap goes to the Dutch pair and the second to the Arabic-speaking pair, which
		// the
		// Dutch family left over joins as a trio: fewer bridging introductions, more
		// families reached.
		assertThat(text("tuning-bridging-now")).isEqualTo("100,0 % (2 van 2)");
		assertThat(text("tuning-bridging-proposed")).isEqualTo("50,0 % (2 van 4)");
		assertThat(text("tuning-introduced-now")).isEqualTo("75,0 % (3 van 4)");
		assertThat(text("tuning-introduced-proposed")).isEqualTo("100,0 % (4 van 4)");
		assertThat(text("tuning-newcomers-now")).isEqualTo("75,0 % (3 van 4)");
		assertThat(text("tuning-waiting-now")).isEqualTo("33,3 min");
		assertThat(text("tuning-waiting-proposed")).isEqualTo("35 min");
		assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("tuning-table")).getChildren()
			.filter(line -> line.hasClassName("tuning-changed"))
			.count()).as("every figure changes").isEqualTo(4);

		assertThat(dsl.fetchCount(INTRODUCTION)).isEqualTo(introductions);
		assertThat(dsl.fetchCount(ACQUAINTANCE)).isEqualTo(acquaintances);
		assertThat(dsl.fetchCount(AUDIT_EVENT)).isEqualTo(audited);
		assertThat(dsl.fetchCount(ENGINE_WEIGHTS)).isZero();

		// a value changed after the preview: the figures say they are out of date
		assertThat(_find(Paragraph.class, spec -> spec.withId("tuning-stale"))).isEmpty();
		_setValue(field(WeightSetting.NEWCOMER), 3.0);
		assertThat(_get(Paragraph.class, spec -> spec.withId("tuning-stale")).getText())
			.isEqualTo("Je hebt een waarde veranderd na deze vergelijking: toon ze opnieuw om het effect te zien.");
	}

	@Test
	void aPlaceWithoutVisitsSaysSoInsteadOfFigures() {
		openAsManager();
		tap("tuning-preview");
		assertThat(text("tuning-result-none")).isEqualTo("Geen bezoeken in de voorbije vier weken om af te spelen.");
	}

	@Test
	void aHostCannotOpenTheScreenNorCallTheServiceAndNoManagerReachesAnotherPlace() {
		login("hans", Role.HOST);
		assertThatThrownBy(() -> UI.getCurrent().navigate("office/engine"))
			.isInstanceOf(MockAccessDeniedException.class);
		assertThatThrownBy(() -> service.weights(locationId)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> service.restoreDefaults(locationId)).isInstanceOf(AccessDeniedException.class);

		long elsewhere = locations.create("Elders", ZoneId.of("Europe/Brussels"), false);
		login("mila", Role.MANAGER);
		Map<WeightSetting, Double> defaults = WeightSetting.valuesOf(Weights.DEFAULTS);
		assertThatThrownBy(() -> service.weights(elsewhere)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> service.preview(elsewhere, new java.util.EnumMap<>(defaults)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> service.save(elsewhere, defaults, new java.util.EnumMap<>(defaults)))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(dsl.fetchCount(ENGINE_WEIGHTS)).isZero();
	}

	private void openAsManager() {
		login("mila", Role.MANAGER);
		UI.getCurrent().navigate("office/engine");
	}

	private long checkIn(String nickname, List<String> languages, List<String> interests) {
		checkIns.checkInNewFamily(locationId, new NewFamily(nickname, languages, interests, List.of(), true, false),
				true, VisitSource.KIOSK);
		return dsl.select(VISIT.ID)
			.from(VISIT)
			.join(FAMILY)
			.on(FAMILY.ID.eq(VISIT.FAMILY_ID))
			.where(FAMILY.NICKNAME.eq(nickname))
			.fetchSingle(VISIT.ID);
	}

	/** An introduction a host made at that moment, as the board stores it. */
	private void introduced(long visitA, long visitB, Instant at) {
		dsl.insertInto(INTRODUCTION)
			.set(INTRODUCTION.LOCATION_ID, locationId)
			.set(INTRODUCTION.VISIT_A_ID, Math.min(visitA, visitB))
			.set(INTRODUCTION.VISIT_B_ID, Math.max(visitA, visitB))
			.set(INTRODUCTION.SUGGESTED_AT, OffsetDateTime.ofInstant(at.minus(Duration.ofMinutes(5)), ZoneOffset.UTC))
			.set(INTRODUCTION.STATUS, "INTRODUCED")
			.set(INTRODUCTION.DECIDED_AT, OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.execute();
	}

	private static NumberField field(WeightSetting setting) {
		return _get(NumberField.class, spec -> spec.withId("tuning-" + setting.key()));
	}

	private static void tap(String id) {
		_click(_get(Button.class, spec -> spec.withId(id)));
	}

	private static String text(String id) {
		return _get(com.vaadin.flow.component.Component.class, spec -> spec.withId(id)).getElement().getText();
	}

	private static String error() {
		Paragraph error = _get(Paragraph.class, spec -> spec.withId("tuning-error"));
		assertThat(error.isVisible()).isTrue();
		return error.getText();
	}

	private static String getTranslation(String key) {
		return UI.getCurrent().getTranslation(key);
	}

}
