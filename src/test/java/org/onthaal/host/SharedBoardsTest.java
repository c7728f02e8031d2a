package org.onthaal.host;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onthaal.KaribuTest;
import org.onthaal.checkin.CheckInService;
import org.onthaal.checkin.VisitSource;
import org.onthaal.family.NewFamily;
import org.onthaal.host.SharedBoards.Subscription;
import org.onthaal.staff.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The open host boards of a place share one board: one computation per change (or burst
 * of changes), handed to all of them; a board that opens gets it at once; only the
 * place's own hosts get it at all.
 */
class SharedBoardsTest extends KaribuTest {

	@Autowired
	private SharedBoards boards;

	@Autowired
	private CheckInService checkIns;

	@Autowired
	private TransactionTemplate transaction;

	private final List<Subscription> opened = new ArrayList<>();

	/** Holds up a board's screen until the test lets it go (and always at its end). */
	private final CountDownLatch letGo = new CountDownLatch(1);

	@AfterEach
	void closeBoards() {
		letGo.countDown();
		opened.forEach(Subscription::remove);
	}

	@Test
	void twoBoardsOfAPlaceGetTheSameBoardFromOneComputation() {
		login("gastvrouw", Role.HOST);
		Screen first = open(locationId);
		Screen second = open(locationId);
		// the second board's opening computed the place for the first one too
		await().until(() -> first.latest() == second.latest());
		long before = boards.computations();

		checkIn("Elif");

		await().until(() -> first.shows("Elif") && second.shows("Elif"));
		assertThat(second.latest()).isSameAs(first.latest());
		assertThat(boards.computations() - before).isEqualTo(1);
	}

	@Test
	void aBurstOfChangesCostsAComputationOrTwoNotOneEach() {
		login("gastvrouw", Role.HOST);
		Screen board = open(locationId);
		long before = boards.computations();

		// ten check-ins commit at once: their ten notifications arrive together
		transaction.executeWithoutResult(status -> {
			for (int i = 1; i <= 10; i++) {
				checkIn("Gezin " + i);
			}
		});

		await().until(() -> board.latest() != null && board.latest().present().size() == 10);
		assertThat(boards.computations() - before).isBetween(1L, 2L);
	}

	@Test
	void aBoardThatOpensShowsTheCurrentStateWithoutWaitingForAChange() {
		checkIn("Elif");
		login("gastvrouw", Role.HOST);
		long before = boards.computations();

		Screen first = open(locationId);

		assertThat(first.nicknames()).as("computed as it opens").containsExactly("Elif");
		assertThat(boards.computations() - before).isEqualTo(1);

		checkIn("Ahmet");
		await().until(() -> first.shows("Ahmet"));

		Screen later = open(locationId);

		assertThat(later.nicknames()).as("handed over as it opens").containsExactlyInAnyOrder("Elif", "Ahmet");
		await("and the open board gets the same").until(() -> first.latest() == later.latest());
	}

	@Test
	void aHostOfAnotherPlaceIsRefusedAndGetsNoData() {
		checkIn("Elif");
		long elsewhere = locations.create("Elders", ZoneId.of("Europe/Brussels"), false);
		staff.create("test", "andere-gastvrouw", "a-long-test-password", "andere-gastvrouw", Set.of(Role.HOST),
				List.of(elsewhere), false);
		login("andere-gastvrouw", Role.HOST);
		Screen spy = new Screen();

		assertThatThrownBy(() -> boards.subscribe(locationId, spy)).isInstanceOf(AccessDeniedException.class);

		assertThat(spy.received).isEmpty();
		assertThat(boards.placesWithOpenBoards()).doesNotContain(locationId);

		// and nobody signed in (a background thread) gets nothing either
		logout();
		assertThatThrownBy(() -> boards.subscribe(locationId, spy)).isInstanceOfAny(AccessDeniedException.class,
				AuthenticationException.class);
		assertThat(spy.received).isEmpty();
		assertThat(boards.placesWithOpenBoards()).isEmpty();
	}

	@Test
	void theMinutePollOfTwentyBoardsCostsOneComputationAMinute() {
		clock.setTo(Instant.now());
		login("gastvrouw", Role.HOST);
		List<Screen> screens = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			screens.add(open(locationId));
		}
		Board first = screens.getFirst().latest();
		long before = boards.computations();

		opened.forEach(Subscription::refreshIfOld);
		assertThat(boards.computations()).as("less than a minute old: nothing to do").isEqualTo(before);

		clock.advance(Duration.ofSeconds(61));
		opened.forEach(Subscription::refreshIfOld);

		await().until(() -> screens.stream().allMatch(screen -> screen.latest() != first));
		assertThat(boards.computations() - before).isEqualTo(1);
	}

	@Test
	void whenTheLastBoardOfAPlaceClosesItsStateGoes() {
		login("gastvrouw", Role.HOST);
		open(locationId);
		open(locationId);
		assertThat(boards.placesWithOpenBoards()).containsExactly(locationId);

		opened.removeFirst().remove();
		assertThat(boards.placesWithOpenBoards()).containsExactly(locationId);
		opened.removeFirst().remove();
		assertThat(boards.placesWithOpenBoards()).isEmpty();

		// nothing kept: a board opening later computes the place as it is then
		checkIn("Elif");
		assertThat(open(locationId).nicknames()).containsExactly("Elif");
	}

	@Test
	void aSlowBoardGetsOnlyTheNewestBoardAndDoesNotHoldUpTheOthers() throws Exception {
		login("gastvrouw", Role.HOST);
		CountDownLatch busy = new CountDownLatch(1);
		Screen slow = new Screen() {
			@Override
			public void accept(Board board) {
				super.accept(board);
				if (board.present().size() == 1) {
					// a tablet whose session is held up: its first update takes long
					busy.countDown();
					awaitQuietly(letGo);
				}
			}
		};
		opened.add(boards.subscribe(locationId, slow));
		Screen quick = open(locationId);

		checkIn("Elif");
		busy.await();
		checkIn("Ahmet");
		await().until(() -> quick.shows("Ahmet"));
		checkIn("Olena");
		await("the other boards go on while one is held up").until(() -> quick.shows("Olena"));
		checkIn("Kasia");
		await().until(() -> quick.shows("Kasia"));

		letGo.countDown();
		await().until(() -> slow.shows("Kasia"));
		List<Integer> sizes = slow.received.stream().map(board -> board.present().size()).toList();
		assertThat(sizes.subList(sizes.indexOf(1) + 1, sizes.size()))
			.as("held up by Elif, then straight to the newest: %s", sizes)
			.containsExactly(4);
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private Screen open(long place) {
		Screen screen = new Screen();
		opened.add(boards.subscribe(place, screen));
		return screen;
	}

	private void checkIn(String nickname) {
		checkIns.checkInNewFamily(locationId, new NewFamily(nickname, List.of("tr"), List.of(), List.of(), true, false),
				true, VisitSource.KIOSK);
	}

	/** What an open board was handed, on whatever thread. */
	private static class Screen implements Consumer<Board> {

		private final List<Board> received = new CopyOnWriteArrayList<>();

		@Override
		public void accept(Board board) {
			received.add(board);
		}

		@Nullable Board latest() {
			return received.isEmpty() ? null : received.getLast();
		}

		List<String> nicknames() {
			Board board = latest();
			return board == null ? List.of() : board.present().stream().map(PresentFamily::nickname).toList();
		}

		boolean shows(String nickname) {
			return nicknames().contains(nickname);
		}

	}

}
