package org.onthaal.host.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.onthaal.host.PresentFamily;

/**
 * Who needs the host now, and why. A family is listed once, for its most pressing reason:
 * newcomers who have met nobody yet (the one who just came in first, so a new arrival is
 * on top), then families open to meet and still alone (longest wait first), then families
 * not open to meet today (longest here first). Ties go to the earlier visit.
 */
enum Attention {

	NEWCOMER, ALONE, NOT_OPEN, NONE;

	private static final Comparator<PresentFamily> OLDEST_FIRST = Comparator.comparing(PresentFamily::checkedInAt)
		.thenComparingLong(PresentFamily::visitId);

	private static final Comparator<PresentFamily> NEWEST_FIRST = Comparator.comparing(PresentFamily::checkedInAt)
		.reversed()
		.thenComparingLong(PresentFamily::visitId);

	static Attention of(PresentFamily family, Set<Long> introducedVisits) {
		boolean metSomeone = introducedVisits.contains(family.visitId());
		if (family.newcomer() && !metSomeone) {
			return NEWCOMER;
		}
		if (!family.openToMeet()) {
			return NOT_OPEN;
		}
		return metSomeone ? NONE : ALONE;
	}

	/** The families that need attention, most pressing first. */
	static List<PresentFamily> needing(List<PresentFamily> present, Set<Long> introducedVisits) {
		return ordered(present, introducedVisits).stream()
			.filter(family -> of(family, introducedVisits) != NONE)
			.toList();
	}

	/**
	 * Everyone present: those needing attention first (as {@link #needing}), then the
	 * rest by arrival.
	 */
	static List<PresentFamily> ordered(List<PresentFamily> present, Set<Long> introducedVisits) {
		List<PresentFamily> result = new ArrayList<>();
		for (Attention kind : values()) {
			present.stream()
				.filter(family -> of(family, introducedVisits) == kind)
				.sorted(kind == NEWCOMER ? NEWEST_FIRST : OLDEST_FIRST)
				.forEach(result::add);
		}
		return result;
	}

}
