package org.onthaal.matching;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules that keep a morning fair, which no single pair can see: who can talk with
 * only a few of those present, who has waited long, and who has been introduced often
 * enough while someone else waits. See {@link Weights} for the rules and their reasons.
 */
final class Fairness {

	static final Fairness NONE = new Fairness(Set.of(), Set.of(), Set.of(), 0);

	/**
	 * Families of one language with at most a few partners present, not yet introduced.
	 */
	private final Set<Long> fewPartners;

	/**
	 * Families not yet introduced who have waited long and could meet someone present.
	 */
	private final Set<Long> waitingLong;

	/** Families introduced often enough; they rest while anyone waits long. */
	private final Set<Long> resting;

	private final double fewPartnersBonus;

	private Fairness(Set<Long> fewPartners, Set<Long> waitingLong, Set<Long> resting, double fewPartnersBonus) {
		this.fewPartners = fewPartners;
		this.waitingLong = waitingLong;
		this.resting = waitingLong.isEmpty() ? Set.of() : resting;
		this.fewPartnersBonus = fewPartnersBonus;
	}

	/** The rules for the families open to meet now. */
	static Fairness of(List<Candidate> open, Weights weights, Instant now) {
		Map<String, Integer> speakers = new HashMap<>();
		for (Candidate family : open) {
			family.languages().forEach(language -> speakers.merge(language, 1, Integer::sum));
		}
		Set<Long> fewPartners = new HashSet<>();
		Set<Long> waitingLong = new HashSet<>();
		Set<Long> resting = new HashSet<>();
		for (Candidate family : open) {
			int others = family.languages().stream().mapToInt(language -> speakers.get(language) - 1).max().orElse(0);
			boolean canMeetSomeone = others > 0;
			if (family.introductionsThisVisit() == 0 && family.languages().size() == 1 && canMeetSomeone
					&& others <= weights.fewPartnersAtMost()) {
				fewPartners.add(family.familyId());
			}
			if (family.introductionsThisVisit() == 0 && canMeetSomeone
					&& Duration.between(family.arrivedAt(), now).compareTo(weights.waitingLong()) >= 0) {
				waitingLong.add(family.familyId());
			}
			if (family.introductionsThisVisit() >= weights.restAfter()) {
				resting.add(family.familyId());
			}
		}
		return new Fairness(fewPartners, waitingLong, resting, weights.fewPartners());
	}

	/** A family that rests is suggested only to one that waits long. */
	boolean blocked(long a, long b) {
		return (resting(a) && !waitingLong(b)) || (resting(b) && !waitingLong(a));
	}

	boolean resting(long family) {
		return resting.contains(family);
	}

	boolean waitingLong(long family) {
		return waitingLong.contains(family);
	}

	/** What a pair gains because one of them has few partners. */
	double bonus(long a, long b) {
		return Math.max(fewPartnersBonus(a), fewPartnersBonus(b));
	}

	/** What every pair with this family gains because it has few partners. */
	double fewPartnersBonus(long family) {
		return fewPartners.contains(family) ? fewPartnersBonus : 0;
	}

}
