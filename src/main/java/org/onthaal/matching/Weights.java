package org.onthaal.matching;

import java.time.Duration;

/**
 * Every weight of the engine in one place. The defaults and why:
 * <ul>
 * <li>{@code sharedLanguage} 1.0: a shared language is the precondition to talk, worth
 * little on its own.</li>
 * <li>{@code sharedInterest} 1.5 each, at most 3 counted: something to talk about beyond
 * the weather.</li>
 * <li>{@code childrenSameAge} 2.0, {@code childrenCloseAge} 1.0: children who play
 * together make parents talk.</li>
 * <li>{@code bridge} 2.5: different home languages but a shared one. These are the
 * encounters between diverse families that do not happen by themselves: the reason
 * Onthaal exists.</li>
 * <li>{@code newcomer} 2.0 per family on its first visit: whether a newcomer feels
 * welcome decides whether it comes back.</li>
 * <li>{@code waitingPerTenMinutes} 0.5, at most {@code waitingCap} 2.0 per family not yet
 * introduced: those alone longest go first.</li>
 * <li>{@code stability} 1.0 added to pairs on the host's screen whose card cannot stay
 * whole (cards that can stay are kept as they are): their families tend to stay
 * together.</li>
 * <li>{@code trioThreshold} 2.5: a family left alone joins a pair when it scores at least
 * this much on average with both.</li>
 * <li>{@code reintroduceAfter} 4 weeks: never suggest the same two families again
 * sooner.</li>
 * </ul>
 */
public record Weights(double sharedLanguage, double sharedInterest, int maxSharedInterests, double childrenSameAge,
		double childrenCloseAge, double bridge, double newcomer, double waitingPerTenMinutes, double waitingCap,
		double stability, double trioThreshold, Duration reintroduceAfter) {

	public static final Weights DEFAULTS = new Weights(1.0, 1.5, 3, 2.0, 1.0, 2.5, 2.0, 0.5, 2.0, 1.0, 2.5,
			Duration.ofDays(28));

}
