package org.onthaal.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the clients saw while the harness measured: every tap's round trip, every
 * check-in's confirm and the moment each board's push named the family. Only what starts
 * while {@link #measuring} is on counts; the warm-up before it does not.
 */
class LoadRecord implements KioskScenario.Taps {

	/** Nicknames the harness gives: new families and returning ones. */
	static final Pattern NICKNAME = Pattern.compile("(?:Gast|Terug)[a-z]+");

	/** A check-in as the client saw it, and when each board heard of it. */
	static final class CheckIn {

		final String nickname;

		final long sentNanos;

		volatile long answeredNanos;

		final Map<Integer, Long> heardByBoard = new ConcurrentHashMap<>();

		CheckIn(String nickname, long sentNanos) {
			this.nickname = nickname;
			this.sentNanos = sentNanos;
		}

	}

	volatile boolean measuring;

	private final Queue<Long> taps = new ConcurrentLinkedQueue<>();

	private final Queue<Long> confirms = new ConcurrentLinkedQueue<>();

	private final Map<String, Queue<Long>> tapsByKind = new ConcurrentHashMap<>();

	private final Queue<Long> browserTaps = new ConcurrentLinkedQueue<>();

	/**
	 * The latest check-in of each family by nickname: what a push that names it is about.
	 */
	private final Map<String, CheckIn> latest = new ConcurrentHashMap<>();

	/** Every measured check-in (a returning family may come more than once). */
	private final Queue<CheckIn> checkIns = new ConcurrentLinkedQueue<>();

	private final AtomicInteger measuredCheckIns = new AtomicInteger();

	private final AtomicInteger allCheckIns = new AtomicInteger();

	private final AtomicInteger errors = new AtomicInteger();

	private final Queue<String> firstErrors = new ConcurrentLinkedQueue<>();

	@Override
	public void tap(String id, long nanos) {
		if (measuring) {
			taps.add(nanos);
			tapsByKind.computeIfAbsent(kind(id), kind -> new ConcurrentLinkedQueue<>()).add(nanos);
			if (id.endsWith("confirm")) {
				confirms.add(nanos);
			}
		}
	}

	/** A tap in a real browser, click to answer in the page. */
	void browserTap(long nanos) {
		if (measuring) {
			browserTaps.add(nanos);
		}
	}

	long[] browserTapNanos() {
		return sorted(browserTaps);
	}

	@Override
	public void confirming(String nickname, long sentNanos) {
		if (measuring) {
			CheckIn checkIn = new CheckIn(nickname, sentNanos);
			latest.put(nickname, checkIn);
			checkIns.add(checkIn);
		}
		else {
			latest.remove(nickname);
		}
	}

	@Override
	public void checkedIn(String nickname, long answeredNanos) {
		allCheckIns.incrementAndGet();
		CheckIn checkIn = latest.get(nickname);
		if (checkIn != null && checkIn.answeredNanos == 0) {
			checkIn.answeredNanos = answeredNanos;
			measuredCheckIns.incrementAndGet();
		}
	}

	/**
	 * A board's push: the first one after a family's confirm that names it is when that
	 * board showed it (the push that adds the family's row names it; none before its
	 * check-in does).
	 */
	void pushed(int board, String message, long arrivedNanos) {
		Matcher nickname = NICKNAME.matcher(message);
		while (nickname.find()) {
			CheckIn checkIn = latest.get(nickname.group());
			if (checkIn != null && arrivedNanos > checkIn.sentNanos) {
				checkIn.heardByBoard.putIfAbsent(board, arrivedNanos);
			}
		}
	}

	void failed(String what, Exception ex) {
		if (errors.incrementAndGet() <= 5) {
			firstErrors.add(what + ": " + ex);
		}
	}

	int measuredCheckIns() {
		return measuredCheckIns.get();
	}

	int allCheckIns() {
		return allCheckIns.get();
	}

	int errors() {
		return errors.get();
	}

	List<String> firstErrors() {
		return List.copyOf(firstErrors);
	}

	/** Every board heard of every measured check-in. */
	boolean allHeard(int boards) {
		return checkIns.stream()
			.filter(checkIn -> checkIn.answeredNanos != 0)
			.allMatch(checkIn -> checkIn.heardByBoard.size() >= boards);
	}

	/** The kinds of tap whose p95 is highest, slowest first, with that p95 in ms. */
	List<String> slowestTaps(int count) {
		return tapsByKind.entrySet()
			.stream()
			.map(entry -> Map.entry(entry.getKey(), percentileMillis(sorted(entry.getValue()), 0.95)))
			.sorted(Map.Entry.<String, Double>comparingByValue().reversed())
			.limit(count)
			.map(entry -> String.format(java.util.Locale.ROOT, "%s %.0f", entry.getKey(), entry.getValue()))
			.toList();
	}

	/**
	 * "kiosk-key-7" and "kiosk-key-2" are one kind of tap, as are languages, interests.
	 */
	private static String kind(String id) {
		return id.replaceFirst("^(kiosk-(key|language|interest|picture))-.*$", "$1");
	}

	long[] tapNanos() {
		return sorted(taps);
	}

	long[] confirmNanos() {
		return sorted(confirms);
	}

	/** From each measured confirm tap to each board's push naming the family. */
	long[] pushNanos() {
		return pushNanos((nickname, board) -> true);
	}

	/**
	 * Like {@link #pushNanos()}, for the check-ins (by nickname) and boards asked for.
	 */
	long[] pushNanos(java.util.function.BiPredicate<String, Integer> nicknameAndBoard) {
		List<Long> latencies = new ArrayList<>();
		checkIns.stream()
			.filter(checkIn -> checkIn.answeredNanos != 0)
			.forEach(checkIn -> checkIn.heardByBoard.forEach((board, arrived) -> {
				if (nicknameAndBoard.test(checkIn.nickname, board)) {
					latencies.add(arrived - checkIn.sentNanos);
				}
			}));
		return sorted(latencies);
	}

	/** How many measured check-ins each board heard of, by board. */
	Map<Integer, Integer> heardPerBoard() {
		Map<Integer, Integer> heard = new java.util.TreeMap<>();
		checkIns.stream()
			.filter(checkIn -> checkIn.answeredNanos != 0)
			.forEach(checkIn -> checkIn.heardByBoard.keySet().forEach(board -> heard.merge(board, 1, Integer::sum)));
		return heard;
	}

	/** Pushes that never came: measured check-ins times boards, less those heard. */
	int pushesMissing(int boards) {
		return (int) checkIns.stream()
			.filter(checkIn -> checkIn.answeredNanos != 0)
			.mapToLong(checkIn -> boards - checkIn.heardByBoard.size())
			.sum();
	}

	static double percentileMillis(long[] sortedNanos, double q) {
		if (sortedNanos.length == 0) {
			return Double.NaN;
		}
		int index = (int) Math.ceil(q * sortedNanos.length) - 1;
		return sortedNanos[Math.max(0, Math.min(index, sortedNanos.length - 1))] / 1e6;
	}

	private static long[] sorted(java.util.Collection<Long> values) {
		long[] array = values.stream().mapToLong(Long::longValue).toArray();
		Arrays.sort(array);
		return array;
	}

}
