package org.onthaal.host.ui;

import java.util.Locale;
import java.util.stream.Collectors;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.onthaal.host.Decision;
import org.onthaal.host.HostBoardService;
import org.onthaal.host.PresentFamily;
import org.onthaal.host.SuggestionCard;

/**
 * "Elif ↔ Ahmet: introduced. Undo" for as long as an undo is allowed: a wrong tap between
 * two cups of coffee is taken back with one more tap.
 */
final class UndoNotice {

	private UndoNotice() {
	}

	static Notification offer(SuggestionCard card, Decision decision, Runnable undo) {
		UI ui = UI.getCurrent();
		String names = card.families().stream().map(PresentFamily::nickname).collect(Collectors.joining(" ↔ "));
		Span text = new Span(ui.getTranslation("host.undo.done", names,
				ui.getTranslation("host.undo.decision." + decision.name().toLowerCase(Locale.ROOT))));
		Notification notice = new Notification();
		notice.setId("suggestion-undo-notice");
		notice.setDuration((int) HostBoardService.UNDO_WITHIN.toMillis());
		notice.setPosition(Notification.Position.BOTTOM_START);
		Button button = new Button(ui.getTranslation("host.undo.button"), event -> {
			notice.close();
			undo.run();
		});
		button.setId("suggestion-undo");
		button.addClassName("suggestion-undo");
		button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		HorizontalLayout content = new HorizontalLayout(text, button);
		content.setAlignItems(FlexComponent.Alignment.CENTER);
		notice.add(content);
		notice.open();
		return notice;
	}

}
