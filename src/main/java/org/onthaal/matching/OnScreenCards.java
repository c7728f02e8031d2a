package org.onthaal.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cards a host sees now, rebuilt from their pairs, that can stay as they are: every
 * family still open to meet and every pair still allowed. A card only moves when it
 * leaves, so the host's eyes do not have to find the others again after each tap.
 */
final class OnScreenCards {

	private OnScreenCards() {
	}

	/**
	 * The groups (indexes into {@code open}, ascending) to keep; marks their families
	 * {@code taken}. Where two on-screen cards claim one family (rare: an undo next to a
	 * newer card) the stronger wins, ties to the earlier arrival.
	 */
	static List<int[]> keep(List<Candidate> open, Set<FamilyPair> onScreen, PairScorer scorer, boolean[] taken) {
		if (onScreen.isEmpty()) {
			return List.of();
		}
		Map<Long, Integer> index = new HashMap<>();
		for (int i = 0; i < open.size(); i++) {
			index.put(open.get(i).familyId(), i);
		}
		List<int[]> pairs = new ArrayList<>();
		for (FamilyPair pair : onScreen) {
			Integer a = index.get(pair.first());
			Integer b = index.get(pair.second());
			if (a != null && b != null) {
				pairs.add(new int[] { Math.min(a, b), Math.max(a, b) });
			}
		}
		// the set comes in no fixed order: ties below must not depend on it
		pairs.sort(Comparator.<int[]>comparingInt(p -> p[0]).thenComparingInt(p -> p[1]));
		List<int[]> groups = new ArrayList<>();
		List<int[]> inTrio = new ArrayList<>();
		for (int[] p : pairs) {
			for (int[] q : pairs) {
				// a triangle of on-screen pairs is a trio card, found once from its
				// lowest pair
				if (p[0] == q[0] && p[1] < q[1] && contains(pairs, p[1], q[1])) {
					groups.add(new int[] { p[0], p[1], q[1] });
					inTrio.add(p);
					inTrio.add(q);
					inTrio.add(find(pairs, p[1], q[1]));
				}
			}
		}
		pairs.stream().filter(p -> !inTrio.contains(p)).forEach(groups::add);

		List<Scored> valid = new ArrayList<>();
		for (int[] group : groups) {
			double score = 0;
			boolean allowed = true;
			for (int i = 0; i < group.length && allowed; i++) {
				for (int j = i + 1; j < group.length; j++) {
					double s = scorer.score(open.get(group[i]), open.get(group[j]));
					allowed &= s > 0;
					score += s;
				}
			}
			if (allowed) {
				valid.add(new Scored(group, score));
			}
		}
		valid.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparingInt(s -> s.group()[0]));
		List<int[]> kept = new ArrayList<>();
		for (Scored candidate : valid) {
			boolean free = true;
			for (int member : candidate.group()) {
				free &= !taken[member];
			}
			if (free) {
				for (int member : candidate.group()) {
					taken[member] = true;
				}
				kept.add(candidate.group());
			}
		}
		return kept;
	}

	private record Scored(int[] group, double score) {
	}

	private static boolean contains(List<int[]> pairs, int a, int b) {
		return find(pairs, a, b) != null;
	}

	private static int[] find(List<int[]> pairs, int a, int b) {
		for (int[] p : pairs) {
			if (p[0] == a && p[1] == b) {
				return p;
			}
		}
		return null;
	}

}
