package org.onthaal.checkin.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import org.onthaal.base.ui.Pictograms;
import org.onthaal.family.FamilyCard;

/**
 * A card's short code as the family sees it, on the screen and on paper: its pictogram
 * and four digits. {@code cssPrefix} names the parts ("card" gives card-code,
 * card-pictogram, card-digits), so each place styles them its own way.
 */
final class CardCode {

	private CardCode() {
	}

	static Div of(FamilyCard card, String cssPrefix) {
		Icon pictogram = Pictograms.icon(card.pictogram());
		pictogram.addClassName(cssPrefix + "-pictogram");
		Span digits = new Span(card.digits());
		digits.addClassName(cssPrefix + "-digits");
		Div code = new Div(pictogram, digits);
		code.addClassName(cssPrefix + "-code");
		return code;
	}

}
