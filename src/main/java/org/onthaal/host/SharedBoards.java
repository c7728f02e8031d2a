package org.onthaal.host;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import com.vaadin.flow.shared.Registration;
import org.jspecify.annotations.Nullable;
import org.onthaal.live.LiveChange;
import org.onthaal.live.LiveUpdates;
import org.onthaal.space.LocationService;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * One board per place, shared by all its open host boards: a change at the place (a live
 * update) starts one computation, whose {@link Board} every open board of the place
 * renders. Changes that arrive while it runs lead to exactly one more computation
 * afterwards, not one each. A board that opens gets the place as it is at once; when the
 * last board of a place closes, the place's state goes.
 * <p>
 * Access is checked when a board subscribes, as the signed-in host: only a place they
 * work at, else nothing (fail closed). The computations themselves run without a user, on
 * a background thread or on the thread of whoever asked for them, and hand data to the
 * boards that passed that check; they never call secured services.
 */
@Component
public class SharedBoards implements DisposableBean {

	/** A board older than this is computed again when a board polls. */
	static final Duration STALE_AFTER = Duration.ofMinutes(1);

	private static final Logger log = LoggerFactory.getLogger(SharedBoards.class);

	private final BoardComputation computation;

	private final Timer refreshes;

	private final Timer changeToBoards;

	private final LocationService locations;

	private final LiveUpdates live;

	private final Clock clock;

	private final ExecutorService worker;

	/**
	 * Hands boards to the other boards: never from a host's request thread, which holds
	 * that host's session (Vaadin's own advice for broadcasting). One thread per core, so
	 * a board whose session is held up, or slow to render, does not hold up the others.
	 */
	private final ExecutorService delivery;

	/** Places with at least one open board; guarded by {@code this}. */
	private final Map<Long, Place> places = new HashMap<>();

	private final AtomicLong computations = new AtomicLong();

	SharedBoards(BoardComputation computation, LocationService locations, LiveUpdates live, Clock clock,
			MeterRegistry registry) {
		this.computation = computation;
		this.refreshes = Timer.builder("onthaal.board.refresh")
			.description("One computation of a place's board, shared by all its open boards")
			.publishPercentiles(0.5, 0.95, 0.99)
			.register(registry);
		this.changeToBoards = Timer.builder("onthaal.board.update.latency")
			.description("From a change's commit at any node to its board handed to an open board here")
			.publishPercentiles(0.5, 0.95, 0.99)
			.register(registry);
		this.locations = locations;
		this.live = live;
		this.clock = clock;
		AtomicInteger threads = new AtomicInteger();
		this.worker = Executors.newFixedThreadPool(2, task -> {
			Thread thread = new Thread(task, "onthaal-board-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		AtomicInteger deliverers = new AtomicInteger();
		this.delivery = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()), task -> {
			Thread thread = new Thread(task, "onthaal-board-delivery-" + deliverers.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	/**
	 * Opens a board of the place for the signed-in host: {@code board} hears the place as
	 * it is now, on this thread, and every new board after a change, on whatever thread
	 * computed it. Throws when the host does not work at the place; then nothing is ever
	 * sent.
	 * <p>
	 * Opening (or reloading) computes the place afresh for all its boards, so what only
	 * time changed (an outcome prompt due) shows at once; while a computation runs, the
	 * latest board comes at once and the fresh one right after it.
	 */
	public Subscription subscribe(long locationId, Consumer<Board> screen) {
		locations.requireAccess(locationId);
		Place place;
		@Nullable Board latest;
		OpenBoard board = new OpenBoard(screen);
		synchronized (this) {
			place = places.computeIfAbsent(locationId, Place::new);
			place.boards.add(board);
			latest = place.latest;
		}
		Subscription subscription = new Subscription(place, board);
		try {
			if (claim(place)) {
				computeFrom(place, board);
			}
			else if (latest != null) {
				board.tell(latest);
			}
		}
		catch (RuntimeException ex) {
			subscription.remove();
			throw ex;
		}
		return subscription;
	}

	/** How many boards have been computed, for tests and measurements. */
	long computations() {
		return computations.get();
	}

	/** The places that have open boards, for tests. */
	synchronized Set<Long> placesWithOpenBoards() {
		return Set.copyOf(places.keySet());
	}

	/** A live update for the place: compute again in the background. */
	private void changed(Place place, LiveChange change) {
		waiting(place, change.sentAtMillis());
		if (claim(place)) {
			worker.execute(() -> computeInBackground(place));
		}
	}

	/**
	 * Whether the caller may compute now; if a computation is running, it is told to run
	 * once more when done.
	 */
	private synchronized boolean claim(Place place) {
		if (places.get(place.locationId) != place) {
			return false;
		}
		if (place.running) {
			place.pending = true;
			return false;
		}
		place.running = true;
		return true;
	}

	/**
	 * Like {@link #claim}, for a board that is a minute old; while one is computed, the
	 * other boards' polls need nothing more.
	 */
	private synchronized boolean claimIfOld(Place place) {
		Instant computedAt = place.computedAt;
		if (places.get(place.locationId) != place || place.running || computedAt == null
				|| Duration.between(computedAt, clock.instant()).compareTo(STALE_AFTER) < 0) {
			return false;
		}
		place.running = true;
		return true;
	}

	/**
	 * One computation on this thread, sent to every open board: to {@code asking} (the
	 * board that opened or acted) on this thread, to the others in the background; the
	 * one more that changes meanwhile asked for goes to the background too.
	 */
	private void computeFrom(Place place, @Nullable OpenBoard asking) {
		Instant started = clock.instant();
		long serves = takeWaiting(place);
		Board board;
		try {
			board = refreshes.record(() -> computation.compute(place.locationId));
		}
		catch (RuntimeException ex) {
			release(place);
			throw ex;
		}
		computations.incrementAndGet();
		List<OpenBoard> boards;
		synchronized (this) {
			place.latest = board;
			place.computedAt = started;
			boards = List.copyOf(place.boards);
		}
		try {
			boards.stream().filter(open -> open != asking).forEach(open -> open.handOver(board, serves));
			if (asking != null && boards.contains(asking)) {
				asking.tell(board);
				measureSince(serves);
			}
		}
		finally {
			if (release(place)) {
				worker.execute(() -> computeInBackground(place));
			}
		}
	}

	private void computeInBackground(Place place) {
		try {
			computeFrom(place, null);
		}
		catch (RuntimeException ex) {
			// the boards keep showing the latest board; the next change tries again
			log.warn("Computing the host board of place {} failed", place.locationId, ex);
		}
	}

	/** An open board has the change sent at {@code sentAtMillis} (0: none waited). */
	private void measureSince(long sentAtMillis) {
		if (sentAtMillis > 0) {
			changeToBoards.record(Duration.ofMillis(Math.max(0, clock.millis() - sentAtMillis)));
		}
	}

	/** A change sent at that moment waits for a computation. */
	private synchronized void waiting(Place place, long sentAtMillis) {
		if (sentAtMillis > 0 && (place.changeSentAt == 0 || sentAtMillis < place.changeSentAt)) {
			place.changeSentAt = sentAtMillis;
		}
	}

	/**
	 * The computation starting now serves the changes that wait: when the oldest was
	 * sent.
	 */
	private synchronized long takeWaiting(Place place) {
		long sentAt = place.changeSentAt;
		place.changeSentAt = 0;
		return sentAt;
	}

	/** Ends a computation; true when changes came in meanwhile and one more is due. */
	private synchronized boolean release(Place place) {
		boolean again = place.pending && places.get(place.locationId) == place;
		place.pending = false;
		place.running = again;
		return again;
	}

	private synchronized void close(Place place, OpenBoard board) {
		place.boards.remove(board);
		if (place.boards.isEmpty() && places.get(place.locationId) == place) {
			places.remove(place.locationId);
			place.liveRegistration.remove();
		}
	}

	@Override
	public void destroy() {
		worker.shutdownNow();
		delivery.shutdownNow();
	}

	/**
	 * One open board: closing it is the registration; it can also ask for a fresh board.
	 */
	public final class Subscription implements Registration {

		private final Place place;

		private final OpenBoard board;

		private Subscription(Place place, OpenBoard board) {
			this.place = place;
			this.board = board;
		}

		/**
		 * After the host acted: compute the board now, on this thread, for every board of
		 * the place, so the acting board shows the result with its own answer. If a
		 * computation is already running, it runs once more when done and sends it.
		 */
		public void refreshNow() {
			if (claim(place)) {
				computeFrom(place, board);
			}
		}

		/**
		 * The board's minute poll: computes again (in the background) only when the
		 * latest board is a minute old, so twenty boards polling cost one computation a
		 * minute, not twenty.
		 */
		public void refreshIfOld() {
			if (claimIfOld(place)) {
				worker.execute(() -> computeInBackground(place));
			}
		}

		@Override
		public void remove() {
			close(place, board);
		}

	}

	/**
	 * One open board and the newest board not yet handed to it. A board that is still
	 * busy with an update gets only the newest one after it, never every one in between:
	 * under a stream of check-ins a slow tablet catches up instead of falling behind.
	 */
	private final class OpenBoard {

		private final Consumer<Board> screen;

		/** Guarded by {@code this}: the board waiting to be handed over, if any. */
		private @Nullable Board undelivered;

		/** When the oldest change the undelivered board serves was sent (0: none). */
		private long undeliveredSince;

		/**
		 * A delivery of this board is queued or running: one at a time, so boards arrive
		 * in the order they were computed.
		 */
		private boolean delivering;

		private OpenBoard(Consumer<Board> screen) {
			this.screen = screen;
		}

		/** From the computing thread: a delivery thread hands it over. */
		void handOver(Board board, long sentAtMillis) {
			synchronized (this) {
				undelivered = board;
				if (sentAtMillis > 0 && (undeliveredSince == 0 || sentAtMillis < undeliveredSince)) {
					undeliveredSince = sentAtMillis;
				}
				if (delivering) {
					return;
				}
				delivering = true;
			}
			delivery.execute(this::deliver);
		}

		private void deliver() {
			Board board;
			long since;
			synchronized (this) {
				board = undelivered;
				since = undeliveredSince;
				undelivered = null;
				undeliveredSince = 0;
			}
			if (board != null) {
				tell(board);
				measureSince(since);
			}
			synchronized (this) {
				if (undelivered == null) {
					delivering = false;
					return;
				}
			}
			// a newer board came meanwhile: back in the queue, behind the other boards
			delivery.execute(this::deliver);
		}

		void tell(Board board) {
			try {
				screen.accept(board);
			}
			catch (RuntimeException ex) {
				// one broken board must not keep the others from their update
				log.warn("A host board failed to take its update", ex);
			}
		}

	}

	/** A place with open boards: who to tell, and the latest board. */
	private final class Place {

		private final long locationId;

		private final List<OpenBoard> boards = new CopyOnWriteArrayList<>();

		private final Registration liveRegistration;

		private @Nullable Board latest;

		private @Nullable Instant computedAt;

		/** A computation runs (or is about to). */
		private boolean running;

		/** A change came in while it ran: one more is due. */
		private boolean pending;

		/**
		 * When the oldest change no computation has served yet was sent (epoch
		 * milliseconds), 0 when none waits.
		 */
		private long changeSentAt;

		private Place(long locationId) {
			this.locationId = locationId;
			this.liveRegistration = live.subscribe(locationId, change -> changed(this, change));
		}

	}

}
