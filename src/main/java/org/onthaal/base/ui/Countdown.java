package org.onthaal.base.ui;

import java.util.Locale;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.html.Span;

/**
 * Minutes and seconds left ("04:59"), counted down in the browser itself so it ticks
 * without a round trip each second; at zero it tells the server once. The browser counts
 * from the seconds the server gave, never from its own clock's date.
 */
public class Countdown extends Span {

	private static final String TICK = """
			const shown = $0; const end = performance.now() + $1 * 1000;
			clearInterval(shown.__countdown);
			const show = () => {
			  const left = Math.max(0, Math.ceil((end - performance.now()) / 1000));
			  shown.textContent = String(Math.floor(left / 60)).padStart(2, '0') + ':' + String(left % 60).padStart(2, '0');
			  if (left === 0) { clearInterval(shown.__countdown); if (shown.isConnected) shown.$server.ended(); }
			};
			shown.__countdown = setInterval(show, 250);
			""";

	private final Runnable whenEnded;

	private boolean ended;

	public Countdown(long seconds, Runnable whenEnded) {
		this.whenEnded = whenEnded;
		addClassName("countdown");
		// not read aloud each second: the sentence next to it says what it is
		getElement().setAttribute("aria-hidden", "true");
		setText(minutesAndSeconds(seconds));
		getElement().executeJs(TICK, getElement(), Math.max(0, seconds));
	}

	/** "mm:ss", as the browser shows it. */
	public static String minutesAndSeconds(long seconds) {
		long left = Math.max(0, seconds);
		return String.format(Locale.ROOT, "%02d:%02d", left / 60, left % 60);
	}

	/** Called by the browser when the count reached zero. */
	@ClientCallable
	public void ended() {
		if (!ended) {
			ended = true;
			whenEnded.run();
		}
	}

}
