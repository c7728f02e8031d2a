package org.onthaal.host;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.onthaal.KaribuTest;
import org.onthaal.checkin.CheckInService;
import org.onthaal.checkin.VisitSource;
import org.onthaal.family.NewFamily;
import org.onthaal.staff.Role;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onthaal.db.Tables.ACQUAINTANCE;
import static org.onthaal.db.Tables.FAMILY;
import static org.onthaal.db.Tables.INTRODUCTION;
import static org.onthaal.db.Tables.VISIT;

/**
 * What "no repeat" means: two families a host introduced know each other and are never
 * suggested again, unless the host said they did not talk; then they may be suggested
 * again after four weeks ({@code Weights.reintroduceAfter}), which every introduction
 * becoming a lasting acquaintance had made dead.
 */
class DidNotTalkTest extends KaribuTest {

	private static final Instant NINE = Instant.parse("2026-03-14T08:00:00Z");

	@Autowired
	private CheckInService checkIns;

	@Autowired
	private HostBoardService board;

	@Autowired
	private BoardComputation computation;

	@Test
	void theyTalkedAndStayAcquainted() {
		long introduction = introduceElifAndAhmet();

		board.recordOutcome(locationId, introduction, true);

		assertThat(dsl.fetchCount(ACQUAINTANCE)).isEqualTo(1);
	}

	@Test
	void theyDidNotTalkAndMayBeSuggestedAgainAfterFourWeeks() {
		long introduction = introduceElifAndAhmet();

		board.recordOutcome(locationId, introduction, false);

		assertThat(dsl.fetchCount(ACQUAINTANCE)).as("no acquaintance made").isZero();
		checkOutAll();
		clock.setTo(NINE.plus(Duration.ofDays(27)));
		checkInBoth();
		assertThat(computation.compute(locationId).suggestions()).as("not within four weeks").isEmpty();
		checkOutAll();
		clock.setTo(NINE.plus(Duration.ofDays(29)));
		checkInBoth();
		assertThat(computation.compute(locationId).suggestions()).as("after four weeks").hasSize(1);
	}

	private long introduceElifAndAhmet() {
		clock.setTo(NINE);
		checkInBoth();
		login("gastvrouw", Role.HOST);
		computation.compute(locationId);
		List<Long> suggested = dsl.select(INTRODUCTION.ID).from(INTRODUCTION).fetch(INTRODUCTION.ID);
		assertThat(suggested).hasSize(1);
		board.decide(locationId, suggested, Decision.INTRODUCED, "gastvrouw");
		assertThat(dsl.fetchCount(ACQUAINTANCE)).isEqualTo(1);
		return suggested.getFirst();
	}

	private void checkInBoth() {
		for (String nickname : List.of("Elif", "Ahmet")) {
			var family = dsl.fetchOptional(FAMILY, FAMILY.NICKNAME.eq(nickname));
			if (family.isEmpty()) {
				checkIns.checkInNewFamily(locationId,
						new NewFamily(nickname, List.of("tr"), List.of("cooking"), List.of("1-2"), true, false), true,
						VisitSource.KIOSK);
			}
			else {
				checkIns.checkInReturning(locationId, family.get().getId(), 1, 0, true, null, VisitSource.KIOSK);
			}
		}
	}

	private void checkOutAll() {
		dsl.update(VISIT)
			.set(VISIT.CHECKED_OUT_AT, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
			.where(VISIT.CHECKED_OUT_AT.isNull())
			.execute();
	}

}
