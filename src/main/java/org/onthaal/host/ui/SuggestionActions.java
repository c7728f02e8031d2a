package org.onthaal.host.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.UI;
import org.onthaal.host.HostBoardService;
import org.onthaal.host.SuggestionCard;

/**
 * What a tap on a suggestion card does: store the decision, refresh the board, and offer
 * an undo for {@link HostBoardService#UNDO_WITHIN} (the service checks the time; the
 * notice only offers).
 */
final class SuggestionActions {

	private final HostBoardService board;

	private final long locationId;

	private final String username;

	private final Runnable refresh;

	SuggestionActions(HostBoardService board, long locationId, String username, Runnable refresh) {
		this.board = board;
		this.locationId = locationId;
		this.username = username;
		this.refresh = refresh;
	}

	Consumer<SuggestionCardView.Choice> forCard(SuggestionCard card) {
		return choice -> {
			Long vetoed = choice.vetoedIntroductionId();
			boolean decided = vetoed == null
					? board.decide(locationId, card.introductionIds(), choice.decision(), username)
					: board.vetoOnePair(locationId, card.introductionIds(), vetoed, username);
			refresh.run();
			if (decided) {
				UndoNotice.offer(card, choice.decision(), () -> undo(card));
			}
		};
	}

	private void undo(SuggestionCard card) {
		boolean undone = board.undo(locationId, card.introductionIds(), username);
		refresh.run();
		if (!undone) {
			Notification late = Notification.show(UI.getCurrent().getTranslation("host.undo.tooLate"), 5000,
					Notification.Position.BOTTOM_START);
			late.setId("suggestion-undo-too-late");
			late.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
		}
	}

}
