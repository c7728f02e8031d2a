package org.onthaal.tuning;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

import org.onthaal.matching.Weights;

import org.springframework.stereotype.Component;

/**
 * The weights the engine uses at a place: the manager's own where saved, else the
 * defaults. Checks no access: the host boards are computed on a background thread, and
 * weights say nothing about any family.
 */
@Component
public class EngineWeights {

	private final EngineWeightsRepository stored;

	EngineWeights(EngineWeightsRepository stored) {
		this.stored = stored;
	}

	public Weights forPlace(long locationId) {
		return stored.find(locationId).map(s -> WeightSetting.weights(values(s.values()))).orElse(Weights.DEFAULTS);
	}

	/**
	 * Stored values by setting, the default for a setting not stored (one added after
	 * they were saved) or no longer valid (a range narrowed since).
	 */
	static Map<WeightSetting, Double> values(Map<String, Double> stored) {
		Map<WeightSetting, Double> values = new EnumMap<>(WeightSetting.class);
		for (WeightSetting setting : WeightSetting.values()) {
			Double value = stored.get(setting.key());
			boolean usable = value != null && value >= setting.min() && value <= setting.max()
					&& (!setting.whole() || value == Math.rint(value));
			values.put(setting, usable ? value : setting.byDefault());
		}
		if (!WeightRules.problems(values).isEmpty()) {
			return WeightSetting.valuesOf(Weights.DEFAULTS);
		}
		return values;
	}

	static Map<String, Double> byKey(Map<WeightSetting, Double> values) {
		Map<String, Double> byKey = new TreeMap<>();
		values.forEach((setting, value) -> byKey.put(setting.key(), value));
		return byKey;
	}

}
