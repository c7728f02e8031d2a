package org.onthaal.matching;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

/**
 * The large matching as a perfect one with spare seats weighs exactly what blossom V's
 * own maximum matching weighs, on sparse graphs like the pruned ones and on graphs where
 * many must stay alone (stars), where it gives way to the copy.
 */
class SpareSeatsTest {

	@Test
	void sparseGraphsGetTheSameWeightAsBlossomVsOwnMaximumMatching() {
		Random random = new Random(5);
		int quick = 0;
		for (int trial = 0; trial < 40; trial++) {
			int n = 160 + random.nextInt(300);
			List<IntroductionEngine.Edge> edges = new ArrayList<>();
			Set<Long> seen = new HashSet<>();
			for (int u = 0; u < n; u++) {
				// about as many partners as the pruning keeps
				for (int k = 0; k < 8 + random.nextInt(6); k++) {
					int v = random.nextInt(n);
					if (v != u && seen.add((long) Math.min(u, v) * n + Math.max(u, v))) {
						edges.add(new IntroductionEngine.Edge(Math.min(u, v), Math.max(u, v), 1 + random.nextInt(9)));
					}
				}
			}
			if (trial % 4 == 0) {
				// a star: thirty families who can only meet the same one
				int firstLeaf = n - 30;
				edges.removeIf(e -> e.u() >= firstLeaf || e.v() >= firstLeaf);
				for (int leaf = n - 30; leaf < n; leaf++) {
					edges.add(new IntroductionEngine.Edge(0, leaf, 5));
				}
			}
			double expected = weight(IntroductionEngine.byCopy(n, edges));
			List<IntroductionEngine.Edge> withSeats = IntroductionEngine.withSpareSeats(n, edges);
			if (withSeats != null) {
				quick++;
				assertThat(weight(withSeats)).as("trial %d, n = %d", trial, n).isCloseTo(expected, offset(1e-6));
				assertValidMatching(withSeats);
			}
			assertThat(weight(IntroductionEngine.maximumMatching(n, edges))).isCloseTo(expected, offset(1e-6));
		}
		assertThat(quick).as("the quick way answers most of them").isGreaterThan(20);
	}

	private static void assertValidMatching(List<IntroductionEngine.Edge> matching) {
		Set<Integer> used = new HashSet<>();
		for (IntroductionEngine.Edge edge : matching) {
			assertThat(used.add(edge.u()) && used.add(edge.v())).as("each family in one pair").isTrue();
		}
	}

	private static double weight(List<IntroductionEngine.Edge> edges) {
		return edges.stream().mapToDouble(IntroductionEngine.Edge::weight).sum();
	}

}
