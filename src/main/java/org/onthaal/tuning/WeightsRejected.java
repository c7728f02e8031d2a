package org.onthaal.tuning;

import java.util.List;

/** Weights the engine cannot work with; nothing was stored. */
public class WeightsRejected extends RuntimeException {

	private final transient List<WeightRules.Problem> problems;

	public WeightsRejected(List<WeightRules.Problem> problems) {
		super("Weights refused: " + problems.stream().map(WeightRules.Problem::messageKey).toList());
		this.problems = List.copyOf(problems);
	}

	public List<WeightRules.Problem> problems() {
		return problems;
	}

}
