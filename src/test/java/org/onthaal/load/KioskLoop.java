package org.onthaal.load;

import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One kiosk, busy until stopped: a new family, then a returning family (one that is
 * away), then up to two families that are here leave (while more are here than the
 * place's usual number), and again. A failed family is counted, the tab opened afresh,
 * and the kiosk goes on.
 */
final class KioskLoop implements Runnable {

	/**
	 * What the kiosks share: who is away, who is here, the next new family's number, how
	 * many families are usually here.
	 */
	record Shared(Queue<KioskScenario.Card> away, Queue<KioskScenario.Card> present, AtomicInteger newFamilies,
			int usuallyPresent) {

	}

	private final Callable<VaadinTab> opener;

	private final long thinkMillis;

	private final LoadRecord record;

	private final Shared shared;

	private volatile boolean stopped;

	private volatile int rounds;

	KioskLoop(Callable<VaadinTab> opener, long thinkMillis, LoadRecord record, Shared shared) {
		this.opener = opener;
		this.thinkMillis = thinkMillis;
		this.record = record;
		this.shared = shared;
	}

	void stop() {
		stopped = true;
	}

	/** How many times this kiosk went through new, returning and leaving. */
	int rounds() {
		return rounds;
	}

	@Override
	public void run() {
		KioskScenario kiosk = null;
		int turn = 0;
		while (!stopped) {
			try {
				if (kiosk == null) {
					kiosk = new KioskScenario(opener.call(), thinkMillis, record);
				}
				switch (turn++ % 4) {
					case 0 -> shared.present()
						.add(kiosk.newFamily("Gast" + LoadNames.letters(shared.newFamilies().getAndIncrement())));
					case 1 -> returning(kiosk);
					case 2 -> leave(kiosk);
					default -> {
						leave(kiosk);
						rounds++;
					}
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (Exception ex) {
				record.failed("kiosk", ex);
				kiosk = null;
			}
		}
	}

	private void returning(KioskScenario kiosk) throws Exception {
		KioskScenario.Card card = shared.away().poll();
		if (card == null) {
			return;
		}
		try {
			kiosk.returning(card);
			shared.present().add(card);
		}
		catch (Exception ex) {
			shared.away().add(card);
			throw ex;
		}
	}

	private void leave(KioskScenario kiosk) throws Exception {
		if (shared.present().size() <= shared.usuallyPresent()) {
			return;
		}
		KioskScenario.Card card = shared.present().poll();
		if (card == null) {
			return;
		}
		try {
			kiosk.leave(card);
			shared.away().add(card);
		}
		catch (Exception ex) {
			shared.present().add(card);
			throw ex;
		}
	}

}
