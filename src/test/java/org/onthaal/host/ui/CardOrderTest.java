package org.onthaal.host.ui;

import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.onthaal.host.PresentFamily;
import org.onthaal.host.SuggestionCard;

import static org.assertj.core.api.Assertions.assertThat;

class CardOrderTest {

	@Test
	void cardsThatStayKeepTheirOrderAndNewOnesComeAfter() {
		SuggestionCard ab = card(1, 2);
		SuggestionCard cd = card(3, 4);
		SuggestionCard ef = card(5, 6);
		SuggestionCard gh = card(7, 8);
		CardOrder order = new CardOrder();
		assertThat(order.arrange(List.of(ab, cd, ef))).containsExactly(ab, cd, ef);

		// scores moved with time: the engine now ranks ef first; cd left; gh is new
		assertThat(order.arrange(List.of(gh, ef, ab))).containsExactly(ab, ef, gh);
	}

	private static SuggestionCard card(long visitA, long visitB) {
		return new SuggestionCard(List.of(visitA * 100), List.of(family(visitA), family(visitB)), 1.0, List.of());
	}

	private static PresentFamily family(long visitId) {
		return new PresentFamily(visitId, visitId, "F" + visitId, OffsetDateTime.now(), true, false, List.of("nl"),
				List.of(), List.of());
	}

}
