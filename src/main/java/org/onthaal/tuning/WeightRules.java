package org.onthaal.tuning;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What the engine can work with: every setting given, a number within its range, whole
 * where it counts something, and at least one pair weight above zero (with all of them at
 * zero every pair is worth the same and the suggestions say nothing).
 */
public final class WeightRules {

	/**
	 * One thing wrong: the setting it is about (none when it is about the whole set), the
	 * translation key of the message and its arguments.
	 */
	public record Problem(@Nullable WeightSetting setting, String messageKey, List<Object> arguments) {
	}

	private WeightRules() {
	}

	public static List<Problem> problems(Map<WeightSetting, @Nullable Double> values) {
		List<Problem> problems = new ArrayList<>();
		boolean somePairWeight = false;
		boolean pairWeightMissing = false;
		for (WeightSetting setting : WeightSetting.values()) {
			Double value = values.get(setting);
			if (value == null || value.isNaN() || value.isInfinite()) {
				problems.add(new Problem(setting, "tuning.error.missing", List.of()));
				pairWeightMissing |= setting.makesAPairWorthSomething();
				continue;
			}
			if (value < setting.min() || value > setting.max()) {
				problems.add(new Problem(setting, "tuning.error.range",
						List.of(shown(setting.min()), shown(setting.max()))));
			}
			else if (setting.whole() && value != Math.rint(value)) {
				problems.add(new Problem(setting, "tuning.error.whole", List.of()));
			}
			if (setting.makesAPairWorthSomething() && value > 0) {
				somePairWeight = true;
			}
		}
		if (!somePairWeight && !pairWeightMissing) {
			problems.add(new Problem(null, "tuning.error.allZero", List.of()));
		}
		return List.copyOf(problems);
	}

	/** A weight as the number field writes it: 10, not 10.0; 2.5 in every language. */
	public static String shown(double number) {
		return number == Math.rint(number) ? Long.toString((long) number) : Double.toString(number);
	}

}
