package org.onthaal.load;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;

/**
 * One host board for the fault drill: signed in, listening on its push channel, and, when
 * the channel breaks (its node died), opened again after a pause through the proxy, as
 * the board's page reloads itself. Remembers when it last heard a family named, so the
 * drill can say when every board follows the place again.
 */
final class BoardWatch implements Runnable {

	private static final long REOPEN_MILLIS = 2000;

	private final int index;

	private final Callable<VaadinTab> opener;

	private final LoadRecord record;

	private volatile boolean stopped;

	private volatile long lastHeardNanos;

	private volatile int opened;

	private volatile VaadinTab tab;

	/** Counted down when the open board's push channel goes, or the drill stops it. */
	private volatile CountDownLatch gone = new CountDownLatch(1);

	BoardWatch(int index, Callable<VaadinTab> opener, LoadRecord record) {
		this.index = index;
		this.opener = opener;
		this.record = record;
	}

	long lastHeardNanos() {
		return lastHeardNanos;
	}

	/** The node the proxy sends this board to now. */
	String node() {
		VaadinTab open = tab;
		return open == null ? "" : open.cookieValue(org.onthaal.cluster.ProxyProcess.NODE_COOKIE);
	}

	/** How many times the board was opened (1: never lost). */
	int opened() {
		return opened;
	}

	void stop() {
		stopped = true;
		VaadinTab open = tab;
		if (open != null) {
			open.close();
		}
		// aborting the socket tells no listener
		gone.countDown();
	}

	@Override
	public void run() {
		while (!stopped) {
			try {
				CountDownLatch goes = new CountDownLatch(1);
				gone = goes;
				VaadinTab open = opener.call();
				tab = open;
				opened++;
				open.listen(this::pushed, goes::countDown);
				if (stopped) {
					open.close();
					return;
				}
				goes.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (Exception ex) {
				record.failed("board", ex);
			}
			// the page reloads after a pause, unless the drill stops it meanwhile
			Phases.until(() -> stopped, Duration.ofMillis(REOPEN_MILLIS));
		}
	}

	private void pushed(String message, long arrivedNanos) {
		record.pushed(index, message, arrivedNanos);
		Matcher nickname = LoadRecord.NICKNAME.matcher(message);
		if (nickname.find()) {
			lastHeardNanos = arrivedNanos;
		}
	}

}
