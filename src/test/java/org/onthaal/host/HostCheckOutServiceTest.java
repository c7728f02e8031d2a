package org.onthaal.host;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.onthaal.KaribuTest;
import org.onthaal.checkin.CheckIn;
import org.onthaal.checkin.CheckInService;
import org.onthaal.checkin.VisitSource;
import org.onthaal.family.NewFamily;
import org.onthaal.live.LiveChange;
import org.onthaal.live.LiveUpdates;
import org.onthaal.staff.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onthaal.db.Tables.AUDIT_EVENT;
import static org.onthaal.db.Tables.FAMILY;
import static org.onthaal.db.Tables.INTRODUCTION;
import static org.onthaal.db.Tables.VISIT;

/**
 * Check-out from the host board, through the Spring bean as the board calls it (roles,
 * transaction): only open visits of the host's own place end, each audited and heard by
 * every board.
 */
class HostCheckOutServiceTest extends KaribuTest {

	private static final Instant NOON = Instant.parse("2026-03-14T11:00:00Z");

	@Autowired
	private HostCheckOutService checkOuts;

	@Autowired
	private HostBoardService board;

	@Autowired
	private CheckInService checkIns;

	@Autowired
	private LiveUpdates live;

	@Test
	void aHostChecksOneFamilyOutAndOnlyTodaysVisitEnds() {
		clock.setTo(NOON);
		CheckIn elif = checkIn(locationId, "Elif");
		CheckIn ahmet = checkIn(locationId, "Ahmet");
		login("gastvrouw", Role.HOST);
		clock.advance(Duration.ofMinutes(40));

		assertThat(checkOuts.checkOut(locationId, elif.visitId())).isTrue();

		var visit = dsl.selectFrom(VISIT).where(VISIT.ID.eq(elif.visitId())).fetchSingle();
		assertThat(visit.getCheckedOutAt().toInstant()).isEqualTo(NOON.plus(Duration.ofMinutes(40)));
		assertThat(visit.getCheckoutSource()).isEqualTo("HOST");
		assertThat(dsl.fetchValue(VISIT.CHECKED_OUT_AT, VISIT.ID.eq(ahmet.visitId()))).as("the other family stays")
			.isNull();
		// the family, its details and its card stay: only the visit ended
		var family = dsl.selectFrom(FAMILY).where(FAMILY.ID.eq(elif.familyId())).fetchSingle();
		assertThat(family.getNickname()).isEqualTo("Elif");
		assertThat(family.getCardDigits()).isNotNull();
		var event = dsl.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.ACTION.eq("CHECKED_OUT_BY_HOST")).fetchSingle();
		assertThat(event.getActor()).isEqualTo("gastvrouw");
		assertThat(event.getEntity()).isEqualTo("visit");
		assertThat(event.getEntityId()).isEqualTo(elif.visitId());
		assertThat(event.getLocationId()).isEqualTo(locationId);
		assertThat(event.getDetails().data()).contains("\"familyId\": " + elif.familyId());
		assertThat(board.presentFamilies(locationId)).extracting(PresentFamily::nickname).containsExactly("Ahmet");
	}

	@Test
	void aSuggestionWithTheFamilyWhoLeftIsWithdrawnAtOnce() {
		CheckIn elif = checkIn(locationId, "Elif");
		checkIn(locationId, "Ahmet");
		login("gastvrouw", Role.HOST);
		board.board(locationId);
		assertThat(dsl.fetchValue(INTRODUCTION.STATUS)).isEqualTo("SUGGESTED");

		checkOuts.checkOut(locationId, elif.visitId());

		// before any board refreshed
		assertThat(dsl.fetchValue(INTRODUCTION.STATUS)).isEqualTo("WITHDRAWN");
		assertThat(board.board(locationId).suggestions()).isEmpty();
	}

	@Test
	void anotherPlacesVisitOrOneAlreadyEndedChangesNothing() {
		long elsewhere = locations.create("Elders", ZoneId.of("Europe/Brussels"), false);
		CheckIn there = checkIn(elsewhere, "Marie");
		CheckIn elif = checkIn(locationId, "Elif");
		login("gastvrouw", Role.HOST);

		assertThat(checkOuts.checkOut(locationId, there.visitId())).as("a visit id of another place").isFalse();
		assertThatThrownBy(() -> checkOuts.checkOut(elsewhere, there.visitId())).as("another place")
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> checkOuts.checkOutEveryone(elsewhere)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> checkOuts.presentCount(elsewhere)).isInstanceOf(AccessDeniedException.class);
		assertThat(dsl.fetchValue(VISIT.CHECKED_OUT_AT, VISIT.ID.eq(there.visitId()))).isNull();

		assertThat(checkOuts.checkOut(locationId, elif.visitId())).isTrue();
		OffsetDateTime firstTime = dsl.fetchValue(VISIT.CHECKED_OUT_AT, VISIT.ID.eq(elif.visitId()));
		clock.advance(Duration.ofMinutes(5));
		assertThat(checkOuts.checkOut(locationId, elif.visitId())).as("already ended").isFalse();
		assertThat(dsl.fetchValue(VISIT.CHECKED_OUT_AT, VISIT.ID.eq(elif.visitId()))).isEqualTo(firstTime);
		assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("CHECKED_OUT_BY_HOST"))).isEqualTo(1);
	}

	@Test
	void everyoneOutEndsEveryOpenVisitHereAndSaysHowMany() {
		clock.setTo(NOON);
		long elsewhere = locations.create("Elders", ZoneId.of("Europe/Brussels"), false);
		CheckIn there = checkIn(elsewhere, "Marie");
		List<CheckIn> here = List.of(checkIn(locationId, "Elif"), checkIn(locationId, "Ahmet"),
				checkIn(locationId, "Olena"));
		login("gastheer", Role.HOST);
		assertThat(checkOuts.checkOut(locationId, here.getFirst().visitId())).isTrue();
		clock.advance(Duration.ofHours(5));
		assertThat(checkOuts.presentCount(locationId)).isEqualTo(2);

		assertThat(checkOuts.checkOutEveryone(locationId)).isEqualTo(2);

		assertThat(dsl.fetchCount(VISIT, VISIT.LOCATION_ID.eq(locationId).and(VISIT.CHECKED_OUT_AT.isNull()))).isZero();
		assertThat(dsl.fetchValue(VISIT.CHECKED_OUT_AT, VISIT.ID.eq(here.get(1).visitId())))
			.isEqualTo(OffsetDateTime.ofInstant(NOON.plus(Duration.ofHours(5)), ZoneOffset.UTC));
		assertThat(dsl.fetchValue(VISIT.CHECKED_OUT_AT, VISIT.ID.eq(there.visitId()))).as("another place").isNull();
		assertThat(dsl.fetchCount(FAMILY)).as("every family stays").isEqualTo(4);
		var event = dsl.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.ACTION.eq("EVERYONE_CHECKED_OUT")).fetchSingle();
		assertThat(event.getActor()).isEqualTo("gastheer");
		assertThat(event.getEntity()).isEqualTo("location");
		assertThat(event.getEntityId()).isEqualTo(locationId);
		assertThat(event.getDetails().data()).contains("\"visits\": 2");

		assertThat(checkOuts.checkOutEveryone(locationId)).as("nobody left").isZero();
		assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("EVERYONE_CHECKED_OUT")))
			.as("nothing happened, nothing audited")
			.isEqualTo(1);
	}

	@Test
	void everyBoardOfThePlaceHearsTheCheckOut() {
		CheckIn elif = checkIn(locationId, "Elif");
		CheckIn ahmet = checkIn(locationId, "Ahmet");
		List<LiveChange> heard = new CopyOnWriteArrayList<>();
		var subscription = live.subscribe(locationId, heard::add);
		try {
			login("gastvrouw", Role.HOST);
			checkOuts.checkOut(locationId, elif.visitId());
			checkOuts.checkOutEveryone(locationId);

			Awaitility.await()
				.atMost(Duration.ofSeconds(10))
				.until(() -> heard.stream().filter(change -> change.kind() == LiveChange.Kind.CHECK_OUT).count() == 2);
			assertThat(heard).filteredOn(change -> change.kind() == LiveChange.Kind.CHECK_OUT)
				.extracting(LiveChange::entityId)
				.containsExactlyInAnyOrder(elif.visitId(), ahmet.visitId());
		}
		finally {
			subscription.remove();
		}
	}

	@Test
	void nobodyWithoutTheRoleOrWithoutAPlaceChecksAnyoneOut() {
		CheckIn elif = checkIn(locationId, "Elif");

		assertThatThrownBy(() -> checkOuts.checkOut(locationId, elif.visitId()))
			.isInstanceOf(AuthenticationCredentialsNotFoundException.class);
		login("zonderrol");
		assertThatThrownBy(() -> checkOuts.checkOutEveryone(locationId)).isInstanceOf(AccessDeniedException.class);
		staff.create("test", "nowhere", "a-long-test-password", "Nowhere", Set.of(Role.HOST), List.of(), false);
		login("nowhere", Role.HOST);
		assertThatThrownBy(() -> checkOuts.checkOut(locationId, elif.visitId()))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> checkOuts.checkOutEveryone(locationId)).isInstanceOf(AccessDeniedException.class);

		assertThat(dsl.fetchValue(VISIT.CHECKED_OUT_AT, VISIT.ID.eq(elif.visitId()))).isNull();
		assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.like("%CHECKED_OUT%"))).isZero();
	}

	private CheckIn checkIn(long place, String nickname) {
		return checkIns.checkInNewFamily(place,
				new NewFamily(nickname, List.of("tr"), List.of(), List.of(), true, false), true, VisitSource.KIOSK);
	}

}
