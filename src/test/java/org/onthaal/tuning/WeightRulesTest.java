package org.onthaal.tuning;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.onthaal.matching.Weights;

import static org.assertj.core.api.Assertions.assertThat;

/** What the engine can work with, and the weights the board gets from what is stored. */
class WeightRulesTest {

	@Test
	void theDefaultsPassAndMakeTheDefaultWeightsAgain() {
		Map<WeightSetting, Double> defaults = WeightSetting.valuesOf(Weights.DEFAULTS);
		assertThat(WeightRules.problems(new EnumMap<>(defaults))).isEmpty();
		assertThat(WeightSetting.weights(defaults)).isEqualTo(Weights.DEFAULTS);
		for (WeightSetting setting : WeightSetting.values()) {
			assertThat(setting.byDefault()).as(setting.key()).isBetween(setting.min(), setting.max());
		}
	}

	@Test
	void outOfRangeMissingFractionsAndAllPairWeightsZeroAreRefused() {
		Map<WeightSetting, @Nullable Double> values = new EnumMap<>(WeightSetting.valuesOf(Weights.DEFAULTS));
		values.put(WeightSetting.BRIDGE, 10.5);
		values.put(WeightSetting.NEWCOMER, -1.0);
		values.put(WeightSetting.WAITING_CAP, null);
		values.put(WeightSetting.STABILITY, Double.NaN);
		values.put(WeightSetting.REST_AFTER, 2.5);
		assertThat(WeightRules.problems(values))
			.extracting(WeightRules.Problem::setting, WeightRules.Problem::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(WeightSetting.BRIDGE, "tuning.error.range"),
					org.assertj.core.groups.Tuple.tuple(WeightSetting.NEWCOMER, "tuning.error.range"),
					org.assertj.core.groups.Tuple.tuple(WeightSetting.WAITING_CAP, "tuning.error.missing"),
					org.assertj.core.groups.Tuple.tuple(WeightSetting.REST_AFTER, "tuning.error.whole"),
					org.assertj.core.groups.Tuple.tuple(WeightSetting.STABILITY, "tuning.error.missing"));
		assertThat(WeightRules.problems(values).getFirst().arguments()).containsExactly("0", "10");

		Map<WeightSetting, @Nullable Double> allZero = new EnumMap<>(WeightSetting.valuesOf(Weights.DEFAULTS));
		for (WeightSetting setting : WeightSetting.values()) {
			if (setting.makesAPairWorthSomething()) {
				allZero.put(setting, 0.0);
			}
		}
		assertThat(WeightRules.problems(allZero)).extracting(WeightRules.Problem::messageKey)
			.containsExactly("tuning.error.allZero");
		allZero.put(WeightSetting.CHILDREN_CLOSE_AGE, 0.5);
		assertThat(WeightRules.problems(allZero)).isEmpty();
	}

	@Test
	void aStoredValueOutsideTheRulesFallsBackToItsDefault() {
		Map<String, Double> stored = new HashMap<>();
		stored.put("bridge", 4.0);
		stored.put("restAfter", 99.0);
		// "waitingCap" not stored: a setting added after the place saved its weights
		Map<WeightSetting, Double> values = EngineWeights.values(stored);
		assertThat(values.get(WeightSetting.BRIDGE)).isEqualTo(4.0);
		assertThat(values.get(WeightSetting.REST_AFTER)).isEqualTo(2.0);
		assertThat(values.get(WeightSetting.WAITING_CAP)).isEqualTo(4.0);
	}

}
