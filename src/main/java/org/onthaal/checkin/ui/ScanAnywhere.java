package org.onthaal.checkin.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import org.onthaal.family.FamilyCard;

/**
 * A card held under the scanner works on any screen before the family said who it is: a
 * USB scanner is a keyboard that types the card's token very fast and presses Enter. The
 * browser tells such a burst from a person typing by the time between keys, and passes it
 * on; typing into a field (the scan field, a search) is left to the field.
 */
@Tag("span")
class ScanAnywhere extends Component {

	/** A scanner types a key every few milliseconds; a person much slower. */
	private static final int MAX_MILLIS_BETWEEN_KEYS = 60;

	private static final String LISTEN = """
			const watch = $0; const gap = $1; const prefix = $2;
			if (window.__onthaalScan) document.removeEventListener('keydown', window.__onthaalScan, true);
			let typed = ''; let last = 0;
			window.__onthaalScan = e => {
			  if (!watch.isConnected) return;
			  if (e.composedPath().some(n => n.localName === 'input' || n.localName === 'textarea')) return;
			  const now = performance.now();
			  if (now - last > gap) typed = '';
			  last = now;
			  if (e.key === 'Enter') {
			    if (typed.startsWith(prefix)) { watch.$server.scanned(typed); e.preventDefault(); }
			    typed = '';
			  } else if (e.key.length === 1) {
			    typed += e.key;
			  }
			};
			document.addEventListener('keydown', window.__onthaalScan, true);
			""";

	private final Consumer<String> scanned;

	/** {@code scanned}: what to do with a card's token. */
	ScanAnywhere(Consumer<String> scanned) {
		this.scanned = scanned;
		setId("kiosk-scan-anywhere");
		getElement().setAttribute("aria-hidden", "true");
		getElement().getStyle().set("display", "none");
	}

	void start() {
		getElement().executeJs(LISTEN, getElement(), MAX_MILLIS_BETWEEN_KEYS, FamilyCard.TOKEN_PREFIX);
	}

	/** Called by the browser with what the scanner typed. */
	@ClientCallable
	void scanned(String token) {
		if (!token.isBlank() && token.length() <= 80) {
			scanned.accept(token.strip());
		}
	}

}
