package org.onthaal.space;

/** Opening hours that break a rule; nothing was stored. */
public class OpeningHoursRejected extends RuntimeException {

	private final OpeningHoursRules.Problem problem;

	public OpeningHoursRejected(OpeningHoursRules.Problem problem) {
		super(problem.name());
		this.problem = problem;
	}

	public OpeningHoursRules.Problem problem() {
		return problem;
	}

}
