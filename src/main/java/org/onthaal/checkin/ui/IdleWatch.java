package org.onthaal.checkin.ui;

import java.util.function.BooleanSupplier;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import org.jspecify.annotations.Nullable;

/**
 * Notices a kiosk left alone: after {@link #IDLE_MILLIS} without a touch or key the
 * browser asks "are you still there?", and when nobody answers within
 * {@link #GRACE_MILLIS} the kiosk starts over. The timers run in the browser; the server
 * only counts warnings, so a timer from an earlier, answered warning cannot reset the
 * kiosk.
 */
@Tag("span")
class IdleWatch extends Component {

	static final int IDLE_MILLIS = 45_000;

	static final int GRACE_MILLIS = 15_000;

	private static final String WATCH = """
			const watch = $0; const ms = $1;
			if (window.__onthaalIdle) {
			  document.removeEventListener('pointerdown', window.__onthaalIdle, true);
			  document.removeEventListener('keydown', window.__onthaalIdle, true);
			}
			let timer;
			const arm = () => { clearTimeout(timer); timer = setTimeout(() => { if (watch.isConnected) watch.$server.idle(); }, ms); };
			window.__onthaalIdle = arm;
			document.addEventListener('pointerdown', arm, true);
			document.addEventListener('keydown', arm, true);
			arm();
			""";

	private final BooleanSupplier atRest;

	private final Runnable startOver;

	private @Nullable IdleWarning warning;

	/** Counts warnings. */
	int round;

	/**
	 * {@code atRest}: true on screens with nothing of a family on them (no warning
	 * there); {@code startOver}: what an unanswered warning does.
	 */
	IdleWatch(BooleanSupplier atRest, Runnable startOver) {
		this.atRest = atRest;
		this.startOver = startOver;
		setId("kiosk-idle-watch");
		getElement().setAttribute("aria-hidden", "true");
		getElement().getStyle().set("display", "none");
	}

	/** Starts watching in the browser. */
	void start() {
		getElement().executeJs(WATCH, getElement(), IDLE_MILLIS);
	}

	/** Called by the browser after a while without a touch. */
	@ClientCallable
	void idle() {
		if (atRest.getAsBoolean() || warning != null) {
			return;
		}
		int thisRound = ++round;
		IdleWarning shown = new IdleWarning(GRACE_MILLIS, this::dismiss);
		warning = shown;
		shown.open();
		getElement().executeJs("setTimeout(() => { if ($0.isConnected) $0.$server.idleExpired($1); }, $2)",
				getElement(), thisRound, GRACE_MILLIS);
	}

	/** Called by the browser when the warning went unanswered. */
	@ClientCallable
	void idleExpired(int expiredRound) {
		if (warning != null && expiredRound == round) {
			startOver.run();
		}
	}

	/** The family answered (or the screen changed): no warning any more. */
	void dismiss() {
		if (warning != null) {
			warning.close();
			warning = null;
		}
	}

}
