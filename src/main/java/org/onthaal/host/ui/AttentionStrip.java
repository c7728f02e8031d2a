package org.onthaal.host.ui;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.onthaal.host.PresentFamily;

/**
 * One line at the top of the board: the families who need the host now (see
 * {@link Attention}), each a large button that opens the family in the list. A new
 * arrival is first and glows here, where it is seen without scrolling.
 */
class AttentionStrip extends Div {

	/**
	 * More would not fit on one line of a tablet; the rest are in the list, sorted by
	 * attention.
	 */
	private static final int MAX_SHOWN = 8;

	private final H2 title = new H2();

	private final Div families = new Div();

	AttentionStrip() {
		setId("host-attention");
		addClassName("attention-strip");
		title.setId("host-attention-title");
		title.addClassName("attention-title");
		families.addClassName("attention-families");
		families.getElement().setAttribute("role", "list");
		getElement().setAttribute("role", "region");
		getElement().setAttribute("aria-labelledby", title.getId().orElseThrow());
		add(title, families);
	}

	void show(List<PresentFamily> present, Set<Long> introducedVisits, Set<Long> justArrived, OffsetDateTime now,
			Consumer<PresentFamily> picked) {
		List<PresentFamily> needing = Attention.needing(present, introducedVisits);
		title.setText(getTranslation("host.attention.title", needing.size()));
		families.removeAll();
		needing.stream()
			.limit(MAX_SHOWN)
			.forEach(family -> families.add(item(family, Attention.of(family, introducedVisits),
					justArrived.contains(family.visitId()), now, picked)));
		setVisible(!needing.isEmpty());
	}

	private Div item(PresentFamily family, Attention why, boolean arrived, OffsetDateTime now,
			Consumer<PresentFamily> picked) {
		Icon icon = switch (why) {
			case NEWCOMER -> VaadinIcon.STAR.create();
			case ALONE -> VaadinIcon.HOURGLASS.create();
			default -> VaadinIcon.PUZZLE_PIECE.create();
		};
		icon.getElement().setAttribute("aria-hidden", "true");
		Span name = new Span(family.nickname());
		name.addClassName("attention-name");
		// the reason in words for screen readers; the icon and colour say it at a glance
		Span reason = new Span(getTranslation(switch (why) {
			case NEWCOMER -> "host.newcomer";
			case ALONE -> "host.notMetYet";
			default -> "host.justPlaying";
		}));
		reason.addClassName("visually-hidden");
		long minutes = Math.max(0, Duration.between(family.checkedInAt(), now).toMinutes());
		Span since = new Span(getTranslation("host.minutes", minutes));
		since.addClassName("attention-since");
		Button button = new Button(icon, event -> picked.accept(family));
		button.getElement().appendChild(name.getElement(), reason.getElement(), since.getElement());
		button.setId("attention-" + family.familyId());
		button.addClassNames("attention-family", "attention-" + why.name().toLowerCase(Locale.ROOT).replace('_', '-'));
		if (arrived) {
			button.addClassName("just-arrived");
		}
		Div item = new Div(button);
		item.getElement().setAttribute("role", "listitem");
		item.addClassName("attention-item");
		return item;
	}

}
