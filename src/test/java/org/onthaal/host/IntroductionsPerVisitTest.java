package org.onthaal.host;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.onthaal.DatabaseTestBase;
import org.onthaal.checkin.CheckIn;
import org.onthaal.checkin.CheckInService;
import org.onthaal.checkin.VisitSource;
import org.onthaal.family.NewFamily;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How often a family was introduced this visit, as the engine's fairness rules count it:
 * one host tap is one introduction, a trio's three stored pairs too.
 */
@SpringBootTest
class IntroductionsPerVisitTest extends DatabaseTestBase {

	private static final Instant NINE = Instant.parse("2026-03-14T08:00:00Z");

	@Autowired
	private IntroductionRepository introductions;

	@Autowired
	private CheckInService checkIns;

	@Test
	void aTrioCountsOnceForEachOfItsFamiliesAndALaterPairOnceMore() {
		long amal = checkIn("Amal");
		long berk = checkIn("Berk");
		long chloe = checkIn("Chloe");
		long dana = checkIn("Dana");
		List<Long> trio = List.of(suggest(amal, berk), suggest(amal, chloe), suggest(berk, chloe));
		introductions.decide(locationId, trio, "INTRODUCED", null, NINE);
		introductions.decide(locationId, List.of(suggest(amal, dana)), "INTRODUCED", null,
				NINE.plus(Duration.ofMinutes(20)));
		introductions.decide(locationId, List.of(suggest(berk, dana)), "NOT_NOW", null,
				NINE.plus(Duration.ofMinutes(25)));

		assertThat(introductions.introductionsPerVisit(Set.of(amal, berk, chloe, dana)))
			.containsExactlyInAnyOrderEntriesOf(Map.of(amal, 2, berk, 1, chloe, 1, dana, 1));
	}

	private long suggest(long visitA, long visitB) {
		return introductions.suggest(locationId, new IntroductionRepository.VisitPair(visitA, visitB), 1.0, "[]", NINE);
	}

	/** The visit's id. */
	private long checkIn(String nickname) {
		CheckIn checkIn = checkIns.checkInNewFamily(locationId,
				new NewFamily(nickname, List.of("nl"), List.of(), List.of(), true, false), true, VisitSource.KIOSK);
		return checkIn.visitId();
	}

}
