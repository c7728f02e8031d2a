package org.onthaal.host.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import org.jooq.Configuration;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteListenerProvider;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.onthaal.KaribuTest;
import org.onthaal.checkin.CheckInService;
import org.onthaal.checkin.VisitSource;
import org.onthaal.family.NewFamily;
import org.onthaal.staff.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

/**
 * Load measurement, not a test of behaviour (no timed assertions; surefire does not pick
 * it up by name): 20 host boards open at one place with about 30 families present, each a
 * real {@link HostBoardView} in its own UI, subscribed through the real live updates
 * (PostgreSQL LISTEN/NOTIFY). Per check-in it counts the SQL statements jOOQ runs (the
 * check-in's own and the boards' refresh) and the time from the check-in's commit to the
 * last of the 20 boards showing the new family. Run alone:
 * {@code ./mvnw test -Dtest=HostBoardRefreshLoad}.
 *
 * <p>
 * What it does not show: the 20 UIs share one mocked Vaadin session, so their UI work
 * runs one after the other on the test thread (as the listener thread does with real
 * sessions that are free); no browser, network or push round trip is in the figure;
 * "commit" is taken when the check-in call returns, just after its commit.
 */
class HostBoardRefreshLoad extends KaribuTest {

	private static final int BOARDS = 20;

	private static final int PRESENT_BEFORE = 30;

	private static final int WARM_UP = 3;

	private static final int MEASURED = 20;

	private static final List<String> LANGUAGES = List.of("nl", "nl", "fr", "ar", "tr", "pl", "ro", "uk", "so", "en");

	private static final List<String> INTERESTS = List.of("cooking", "outdoor_play", "music", "books", "crafts",
			"sports");

	@Autowired
	private CheckInService checkIns;

	private final Random random = new Random(2026);

	@Test
	void twentyBoardsPerCheckIn() {
		for (int i = 1; i <= PRESENT_BEFORE; i++) {
			checkIn(i);
		}
		login("gastvrouw", Role.HOST);
		// a board's UI work may run on the listener thread, which finds the user through
		// the session, as in production
		VaadinSession.getCurrent()
			.getSession()
			.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
					SecurityContextHolder.getContext());
		List<HostBoardView> boards = openBoards();

		StatementCounter counter = new StatementCounter();
		Configuration jooq = dsl.configuration();
		ExecuteListenerProvider[] original = jooq.executeListenerProviders();
		ExecuteListenerProvider[] counting = Arrays.copyOf(original, original.length + 1);
		counting[original.length] = new DefaultExecuteListenerProvider(counter);
		jooq.set(counting);
		List<Long> checkInStatements = new ArrayList<>();
		List<Long> refreshStatements = new ArrayList<>();
		List<Long> lastBoardMillis = new ArrayList<>();
		List<Long> firstBoardMillis = new ArrayList<>();
		List<Long> lastStatementMillis = new ArrayList<>();
		try {
			for (int n = 1; n <= WARM_UP + MEASURED; n++) {
				int family = PRESENT_BEFORE + n;
				counter.reset();
				counter.checkInThread = Thread.currentThread();
				checkIn(family);
				counter.checkInThread = null;
				long committed = System.nanoTime();
				long first = waitUntilEveryBoardShows(boards, family);
				long last = System.nanoTime();
				int checkIn = counter.checkIn.get();
				int refresh = counter.others.get();
				if (n > WARM_UP) {
					checkInStatements.add((long) checkIn);
					refreshStatements.add((long) refresh);
					lastBoardMillis.add(TimeUnit.NANOSECONDS.toMillis(last - committed));
					firstBoardMillis.add(TimeUnit.NANOSECONDS.toMillis(first - committed));
					lastStatementMillis.add(TimeUnit.NANOSECONDS.toMillis(counter.lastOther - committed));
				}
			}
		}
		finally {
			jooq.set(original);
			// closed as tabs are, so nothing stays subscribed after the measurement
			boards.forEach(board -> board.getUI().ifPresent(ComponentUtil::onComponentDetach));
		}
		System.out.printf(
				"BOARD REFRESH %d boards, %d-%d families present: %d statements per check-in (median; the check-in's own %d, the boards' refresh %d), commit->last board p50 %d ms p95 %d ms (max %d ms, %d check-ins)%n",
				BOARDS, PRESENT_BEFORE + WARM_UP + 1, PRESENT_BEFORE + WARM_UP + MEASURED,
				percentile(sum(checkInStatements, refreshStatements), 50), percentile(checkInStatements, 50),
				percentile(refreshStatements, 50), percentile(lastBoardMillis, 50), percentile(lastBoardMillis, 95),
				percentile(lastBoardMillis, 100), MEASURED);
		System.out.println("BOARD REFRESH refresh statements per check-in: " + refreshStatements);
		System.out.println("BOARD REFRESH commit->last board ms: " + lastBoardMillis);
		System.out.printf(
				"BOARD REFRESH commit->first board p50 %d ms p95 %d ms; commit->last refresh statement p50 %d ms p95 %d ms%n",
				percentile(firstBoardMillis, 50), percentile(firstBoardMillis, 95), percentile(lastStatementMillis, 50),
				percentile(lastStatementMillis, 95));
	}

	/**
	 * Twenty boards, each a HostBoardView in a UI of its own, attached as Vaadin does.
	 */
	private List<HostBoardView> openBoards() {
		UI first = UI.getCurrent();
		VaadinSession session = VaadinSession.getCurrent();
		List<HostBoardView> boards = new ArrayList<>();
		for (int i = 0; i < BOARDS; i++) {
			UI ui = new UI();
			ui.getInternals().setSession(session);
			UI.setCurrent(ui);
			ui.doInit(VaadinRequest.getCurrent(), session.getNextUIid(), "ROOT");
			session.addUI(ui);
			HostBoardView board = ctx.getAutowireCapableBeanFactory().createBean(HostBoardView.class);
			ui.add(board);
			boards.add(board);
		}
		UI.setCurrent(first);
		return boards;
	}

	/** When the first board showed it. */
	private long waitUntilEveryBoardShows(List<HostBoardView> boards, int present) {
		long first = 0;
		boolean[] done = new boolean[boards.size()];
		int remaining = boards.size();
		long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		while (remaining > 0) {
			MockVaadin.runUIQueue();
			for (int i = 0; i < boards.size(); i++) {
				if (!done[i] && shows(boards.get(i), present)) {
					done[i] = true;
					remaining--;
					first = first == 0 ? System.nanoTime() : first;
				}
			}
			if (System.nanoTime() > giveUp) {
				throw new IllegalStateException(remaining + " boards never showed family " + present);
			}
			// a short pause so the test thread leaves the shared cores to the work it
			// waits for
			LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(200));
		}
		return first;
	}

	private static boolean shows(HostBoardView board, int present) {
		String count = _get(board, Span.class, spec -> spec.withId("host-count")).getText();
		return count.equals(board.getTranslation("host.count", present));
	}

	private void checkIn(int number) {
		List<String> languages = new ArrayList<>(List.of(LANGUAGES.get(random.nextInt(LANGUAGES.size()))));
		String second = LANGUAGES.get(random.nextInt(LANGUAGES.size()));
		if (!languages.contains(second)) {
			languages.add(second);
		}
		List<String> interests = List.of(INTERESTS.get(random.nextInt(INTERESTS.size())));
		checkIns.checkInNewFamily(locationId,
				new NewFamily("Gezin " + number, languages, interests, List.of("2-3"), true, false), true,
				VisitSource.KIOSK);
	}

	private static List<Long> sum(List<Long> a, List<Long> b) {
		List<Long> sums = new ArrayList<>();
		for (int i = 0; i < a.size(); i++) {
			sums.add(a.get(i) + b.get(i));
		}
		return sums;
	}

	private static long percentile(List<Long> values, int percentile) {
		List<Long> sorted = values.stream().sorted().toList();
		int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, index));
	}

	/**
	 * Every statement jOOQ runs: the check-in's own (its thread, while it runs) and all
	 * others, on any thread.
	 */
	private static final class StatementCounter implements ExecuteListener {

		private final AtomicInteger checkIn = new AtomicInteger();

		private final AtomicInteger others = new AtomicInteger();

		private volatile @Nullable Thread checkInThread;

		private volatile long lastOther;

		@Override
		public void executeStart(ExecuteContext ctx) {
			if (Thread.currentThread() == checkInThread) {
				checkIn.incrementAndGet();
			}
			else {
				others.incrementAndGet();
			}
		}

		@Override
		public void executeEnd(ExecuteContext ctx) {
			if (Thread.currentThread() != checkInThread) {
				lastOther = System.nanoTime();
			}
		}

		void reset() {
			checkIn.set(0);
			others.set(0);
		}

	}

}
