package org.onthaal.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * A morning on which JGraphT's blossom V never returned (its dual updates loop on
 * fractional weights: jgrapht issue 1200): 76 families present at a busy place, 299 pairs
 * known, found by the tuning preview's replay of four synthetic weeks. A host board
 * computing it would have hung its background thread for good. The engine hands the
 * matching whole-number weights (thousandths of a point), on which the dual updates stay
 * exact.
 */
class BlossomHangTest {

	@Test
	void theMorningThatHungBlossomVGetsItsSuggestionsAtOnce() throws IOException {
		Morning morning = Morning.read("/matching/blossom-v-hang.txt");

		List<Suggestion> suggestions = assertTimeoutPreemptively(Duration.ofSeconds(30),
				() -> new IntroductionEngine().suggest(morning.present(), morning.history(), Set.of(), morning.now()));

		assertThat(suggestions).isNotEmpty();
		// no family on two cards
		List<Long> placed = suggestions.stream().flatMap(s -> s.families().stream()).map(Candidate::visitId).toList();
		assertThat(placed).doesNotHaveDuplicates();
	}

	private record Morning(Instant now, List<Candidate> present, History history) {

		static Morning read(String resource) throws IOException {
			try (var in = new BufferedReader(
					new InputStreamReader(Objects.requireNonNull(BlossomHangTest.class.getResourceAsStream(resource)),
							StandardCharsets.UTF_8))) {
				Instant now = Instant.parse(in.readLine());
				List<Candidate> present = new ArrayList<>();
				String line;
				while (!(line = in.readLine()).equals("--")) {
					String[] f = line.split(";", -1);
					present.add(new Candidate(Long.parseLong(f[0]), Long.parseLong(f[1]), list(f[2]),
							new HashSet<>(list(f[3])), list(f[4]), Instant.parse(f[5]), Boolean.parseBoolean(f[6]),
							Boolean.parseBoolean(f[7]), Integer.parseInt(f[8])));
				}
				Set<FamilyPair> known = new HashSet<>();
				Map<FamilyPair, Instant> last = new HashMap<>();
				while ((line = in.readLine()) != null && !line.isBlank()) {
					String[] f = line.split(";");
					FamilyPair pair = FamilyPair.of(Long.parseLong(f[0]), Long.parseLong(f[1]));
					known.add(pair);
					last.put(pair, Instant.parse(f[2]));
				}
				return new Morning(now, present, new History(known, last, Set.of(), Set.of()));
			}
		}

		private static List<String> list(String field) {
			return field.isEmpty() ? List.of() : Arrays.asList(field.split(","));
		}

	}

}
