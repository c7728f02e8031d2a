package org.onthaal.load;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the families were told, by nickname, to hold against what the database stored
 * after the faults: a check-in a family saw confirmed (its card or its welcome) must be
 * stored once, and one it sent but never saw answered may be stored at most once. Also
 * when each kiosk (its thread) last saw a check-in confirmed, for the time until every
 * kiosk is back.
 */
final class FaultLedger extends LoadRecord {

	/** Confirm taps sent, by nickname. */
	final Map<String, AtomicInteger> sent = new ConcurrentHashMap<>();

	/** Check-ins the family saw confirmed, by nickname. */
	final Map<String, AtomicInteger> confirmed = new ConcurrentHashMap<>();

	/** The last confirmed check-in of each kiosk, by its thread. */
	final Map<Thread, Long> lastConfirmedByKiosk = new ConcurrentHashMap<>();

	/** Each kiosk's tab as it is now, by its thread: which node serves it. */
	final Map<Thread, VaadinTab> tabs = new ConcurrentHashMap<>();

	/** The node that served each family's latest confirm tap, by nickname. */
	final Map<String, String> nodeOfCheckIn = new ConcurrentHashMap<>();

	@Override
	public void confirming(String nickname, long sentNanos) {
		sent.computeIfAbsent(nickname, name -> new AtomicInteger()).incrementAndGet();
		VaadinTab tab = tabs.get(Thread.currentThread());
		nodeOfCheckIn.put(nickname, tab == null ? "?" : tab.cookieValue(org.onthaal.cluster.ProxyProcess.NODE_COOKIE));
		super.confirming(nickname, sentNanos);
	}

	@Override
	public void checkedIn(String nickname, long answeredNanos) {
		confirmed.computeIfAbsent(nickname, name -> new AtomicInteger()).incrementAndGet();
		lastConfirmedByKiosk.put(Thread.currentThread(), answeredNanos);
		super.checkedIn(nickname, answeredNanos);
	}

	/** Whether every kiosk has had a check-in confirmed after {@code nanos}. */
	boolean everyKioskConfirmedAfter(long nanos, int kiosks) {
		return lastConfirmedByKiosk.size() >= kiosks
				&& lastConfirmedByKiosk.values().stream().allMatch(at -> at > nanos);
	}

	int total(Map<String, AtomicInteger> counts) {
		return counts.values().stream().mapToInt(AtomicInteger::get).sum();
	}

}
