package org.onthaal.insights;

import java.util.List;

/**
 * A period looked back on by the team, without a name in it: what was suggested, what
 * hosts did with it, what came of it, which reasons led to talks, and how many families
 * kept coming without ever being introduced.
 */
public record Reflection(Period period, Introductions introductions, List<ReasonOutcome> reasons, int families,
		List<NeverIntroduced> neverIntroduced) {

	public Reflection {
		reasons = List.copyOf(reasons);
		neverIntroduced = List.copyOf(neverIntroduced);
	}

	/**
	 * Suggestions that gave a reason of this kind, and what came of them. A suggestion
	 * with several reasons counts once under each of its kinds.
	 */
	public record ReasonOutcome(String kind, int suggested, int introduced, int talked, int didNotTalk) {

		public int outcomeUnknown() {
			return introduced - talked - didNotTalk;
		}

	}

	/**
	 * Families that came this many times in the period and were never introduced to
	 * anyone at this place (up to the period's end); how many of them said at least once
	 * that they were open to meet.
	 */
	public record NeverIntroduced(int visits, int families, int openToMeet) {
	}

	/** Families never introduced that came at least {@code visits} times. */
	public NeverIntroduced cameAtLeast(int visits) {
		return neverIntroduced.stream()
			.filter(group -> group.visits() >= visits)
			.reduce(new NeverIntroduced(visits, 0, 0), (sum, group) -> new NeverIntroduced(visits,
					sum.families() + group.families(), sum.openToMeet() + group.openToMeet()));
	}

	/** Families never introduced that came exactly {@code visits} times. */
	public NeverIntroduced cameExactly(int visits) {
		return neverIntroduced.stream()
			.filter(group -> group.visits() == visits)
			.findFirst()
			.orElse(new NeverIntroduced(visits, 0, 0));
	}

}
