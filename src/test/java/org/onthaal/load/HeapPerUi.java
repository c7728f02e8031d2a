package org.onthaal.load;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * What a screen costs the server's heap: used heap after full collections, before and
 * after opening {@code count} kiosk screens (each its own session, as each kiosk is its
 * own browser), then after taking each to the middle of the new-family form, then after
 * opening {@code count} boards (each signed in, with its push channel). The tabs stay
 * open until the end, so nothing of them is collected in between. A board holds a row for
 * every family present, so its weight is reported with how many were present.
 */
final class HeapPerUi {

	private HeapPerUi() {
	}

	static void measure(int count, AppProbe probe, Callable<VaadinTab> kiosk, Callable<VaadinTab> board,
			LoadReport report) throws Exception {
		long empty = probe.heapAfterGc();
		List<VaadinTab> kiosks = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			kiosks.add(kiosk.call());
		}
		long welcome = probe.heapAfterGc();
		int at = 0;
		for (VaadinTab tab : kiosks) {
			KioskScenario.toMidForm(tab, "Weeg" + LoadNames.letters(at++));
		}
		long midForm = probe.heapAfterGc();
		List<VaadinTab> boards = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			VaadinTab tab = board.call();
			tab.listen((message, arrived) -> {
			});
			boards.add(tab);
		}
		long withBoards = probe.heapAfterGc();
		report.heap(count, (welcome - empty) / count, (midForm - empty) / count, (withBoards - midForm) / count,
				probe.familiesPresent());
		boards.forEach(VaadinTab::close);
	}

}
