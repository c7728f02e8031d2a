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
 * <li>{@code newcomer} 2.0 per family on its first visit, until its first introduction:
 * whether a newcomer feels welcome decides whether it comes back; once welcomed it waits
 * like everyone else.</li>
 * <li>{@code waitingPerTenMinutes} 0.5, at most {@code waitingCap} 4.0 (80 minutes,
 * longer than most stays) per family not yet introduced: those alone longest go first,
 * and a family alone for an hour outweighs a pair of newcomers who just came in (a cap at
 * 40 minutes let a family sit on a low card for its whole 74-minute stay).</li>
 * <li>{@code fewPartners} 2.5 added to a pair with a family that speaks one language and
 * can talk with at most {@code fewPartnersAtMost} 2 others present: its few partners
 * would otherwise go to bridging pairs, which have other options (a Bulgarian-only
 * newcomer was never introduced while the one other Bulgarian speaker was introduced five
 * times).</li>
 * <li>{@code restAfter} 2 introductions this visit (a trio counts once): a family
 * introduced that often is not suggested again, except to a family that waits, while a
 * family open to meet, not yet introduced and able to talk with someone present has
 * waited {@code waitingLong} 20 minutes. Meeting one more family is worth less than
 * meeting the first.</li>
 * <li>{@code stability} 1.0 added to pairs on the host's screen whose card cannot stay
 * whole (cards that can stay are kept as they are): their families tend to stay
 * together.</li>
 * <li>{@code trioThreshold} 2.5: a family left alone joins a pair when it scores at least
 * this much on average with both.</li>
 * <li>{@code reintroduceAfter} 4 weeks: two families a host introduced know each other
 * and are never suggested again; if the host answered that they did not talk, they may be
 * suggested again after this long, not sooner.</li>
 * </ul>
 */
public record Weights(double sharedLanguage, double sharedInterest, int maxSharedInterests, double childrenSameAge,
		double childrenCloseAge, double bridge, double newcomer, double waitingPerTenMinutes, double waitingCap,
		double stability, double trioThreshold, Duration reintroduceAfter, double fewPartners, int fewPartnersAtMost,
		int restAfter, Duration waitingLong) {

	public static final Weights DEFAULTS = new Weights(1.0, 1.5, 3, 2.0, 1.0, 2.5, 2.0, 0.5, 4.0, 1.0, 2.5,
			Duration.ofDays(28), 2.5, 2, 2, Duration.ofMinutes(20));

}
