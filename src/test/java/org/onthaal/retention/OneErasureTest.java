package org.onthaal.retention;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.onthaal.KaribuTest;
import org.onthaal.base.audit.AuditLog;
import org.onthaal.checkin.CheckIn;
import org.onthaal.checkin.CheckInService;
import org.onthaal.checkin.VisitSource;
import org.onthaal.family.FamilyAdminService;
import org.onthaal.family.NewFamily;
import org.onthaal.staff.Role;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onthaal.db.Tables.ACQUAINTANCE;
import static org.onthaal.db.Tables.AUDIT_EVENT;
import static org.onthaal.db.Tables.CHILD;
import static org.onthaal.db.Tables.FAMILY;
import static org.onthaal.db.Tables.FAMILY_INTEREST;
import static org.onthaal.db.Tables.FAMILY_LANGUAGE;
import static org.onthaal.db.Tables.VISIT;

/**
 * A family erased on a manager's request and a family erased by retention leave the same
 * traces: none, except their visits, kept anonymously for the statistics.
 */
class OneErasureTest extends KaribuTest {

	private static final Instant FIRST_VISIT = Instant.parse("2025-10-07T08:30:00Z");

	private static final Instant THIRTEEN_MONTHS_LATER = FIRST_VISIT.atOffset(ZoneOffset.UTC)
		.plusMonths(13)
		.toInstant();

	@Autowired
	private CheckInService checkIns;

	@Autowired
	private FamilyAdminService familyAdmin;

	@Autowired
	private RetentionJob retention;

	@Autowired
	private AuditLog audit;

	@Test
	void aManagersErasureAndRetentionsErasureLeaveTheSameState() {
		clock.setTo(FIRST_VISIT);
		CheckIn marleen = newFamily("Marleen");
		Traces zeynep = new Traces(newFamily("Zeynep"), "Zeynep");
		Traces kasia = new Traces(newFamily("Kasia"), "Kasia");
		for (Traces family : List.of(zeynep, kasia)) {
			dsl.insertInto(ACQUAINTANCE)
				.set(ACQUAINTANCE.FAMILY_A_ID, Math.min(family.id(), marleen.familyId()))
				.set(ACQUAINTANCE.FAMILY_B_ID, Math.max(family.id(), marleen.familyId()))
				.set(ACQUAINTANCE.SOURCE, "HOST")
				.execute();
			// something older code might have written: an erasure must not leave it
			// behind
			audit.record("legacy", "NOTE", "visit", null, locationId,
					Map.of("note", family.nickname() + " came with a friend"));
			checkIns.checkOut(locationId, family.id());
		}
		checkIns.checkOut(locationId, marleen.familyId());

		clock.setTo(THIRTEEN_MONTHS_LATER);
		// Marleen is here today (retention leaves her); Zeynep is here when the manager
		// erases her; Kasia has not come back for thirteen months
		checkIns.checkInReturning(locationId, marleen.familyId(), 1, 1, true, null, VisitSource.KIOSK);
		checkIns.checkInReturning(locationId, zeynep.id(), 1, 1, true, null, VisitSource.KIOSK);
		zeynep.rememberVisits();
		kasia.rememberVisits();

		login("mila", Role.MANAGER);
		familyAdmin.erase(locationId, zeynep.id());
		Map<String, Object> afterManager = zeynep.left();
		logout();
		retention.nightly();
		Map<String, Object> afterRetention = kasia.left();

		assertThat(afterManager).as("erased by the manager").isEqualTo(Traces.NONE);
		assertThat(afterRetention).as("erased by retention").isEqualTo(afterManager);
		assertThat(dsl.fetchValues(FAMILY.NICKNAME)).containsExactly("Marleen");
	}

	private CheckIn newFamily(String nickname) {
		return checkIns.checkInNewFamily(locationId, new NewFamily(nickname, List.of("tr", "nl"),
				List.of("cooking", "music"), List.of("0-1", "2-3"), true, false), true, VisitSource.KIOSK);
	}

	/** What is stored about one family, before and after its erasure. */
	private final class Traces {

		static final Map<String, Object> NONE = Map.ofEntries(Map.entry("family", 0), Map.entry("nickname", 0),
				Map.entry("card", 0), Map.entry("languages", 0), Map.entry("interests", 0), Map.entry("children", 0),
				Map.entry("acquaintances", 0), Map.entry("visits still theirs", 0),
				Map.entry("visits kept anonymously", true), Map.entry("anonymous visits still open", 0),
				Map.entry("audit details naming it", 0));

		private final long id;

		private final String nickname;

		private final String tokenHash;

		private List<Long> visits = List.of();

		Traces(CheckIn checkIn, String nickname) {
			this.id = checkIn.familyId();
			this.nickname = nickname;
			this.tokenHash = dsl.fetchValue(FAMILY.CARD_TOKEN_HASH, FAMILY.ID.eq(id));
			assertThat(tokenHash).as("the family has a card").isNotNull();
		}

		long id() {
			return id;
		}

		String nickname() {
			return nickname;
		}

		void rememberVisits() {
			visits = dsl.fetchValues(VISIT.ID, VISIT.FAMILY_ID.eq(id));
			assertThat(visits).isNotEmpty();
		}

		Map<String, Object> left() {
			Map<String, Object> left = new LinkedHashMap<>();
			left.put("family", dsl.fetchCount(FAMILY, FAMILY.ID.eq(id)));
			left.put("nickname", dsl.fetchCount(FAMILY, FAMILY.NICKNAME.equalIgnoreCase(nickname)));
			left.put("card", dsl.fetchCount(FAMILY, FAMILY.CARD_TOKEN_HASH.eq(tokenHash)));
			left.put("languages", dsl.fetchCount(FAMILY_LANGUAGE, FAMILY_LANGUAGE.FAMILY_ID.eq(id)));
			left.put("interests", dsl.fetchCount(FAMILY_INTEREST, FAMILY_INTEREST.FAMILY_ID.eq(id)));
			left.put("children", dsl.fetchCount(CHILD, CHILD.FAMILY_ID.eq(id)));
			left.put("acquaintances",
					dsl.fetchCount(ACQUAINTANCE, ACQUAINTANCE.FAMILY_A_ID.eq(id).or(ACQUAINTANCE.FAMILY_B_ID.eq(id))));
			left.put("visits still theirs", dsl.fetchCount(VISIT, VISIT.FAMILY_ID.eq(id)));
			left.put("visits kept anonymously",
					dsl.fetchCount(VISIT, VISIT.ID.in(visits).and(VISIT.FAMILY_ID.isNull())) == visits.size());
			left.put("anonymous visits still open",
					dsl.fetchCount(VISIT, VISIT.ID.in(visits).and(VISIT.CHECKED_OUT_AT.isNull())));
			left.put("audit details naming it", dsl.fetchCount(AUDIT_EVENT,
					AUDIT_EVENT.DETAILS.cast(String.class).likeIgnoreCase("%" + nickname + "%")));
			return Map.copyOf(left);
		}

	}

}
