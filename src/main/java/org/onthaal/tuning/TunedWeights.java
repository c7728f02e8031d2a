package org.onthaal.tuning;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** A place's weights as the back office shows them, and who last saved them when. */
public record TunedWeights(Map<WeightSetting, Double> values, boolean defaults, @Nullable Instant changedAt,
		@Nullable String changedBy) {

	public TunedWeights {
		values = Map.copyOf(values);
	}

}
