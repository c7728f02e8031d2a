package org.onthaal.checkin.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.github.mvysny.kaributesting.v10.KaribuConfig;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import kotlin.Unit;
import kotlin.jvm.functions.Function1;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onthaal.KaribuTest;
import org.onthaal.base.i18n.Translations;
import org.onthaal.kiosk.TestKiosks;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.onthaal.checkin.ui.KioskFlow.checkInNewFamily;
import static org.onthaal.checkin.ui.KioskFlow.tap;
import static org.onthaal.db.Tables.FAMILY;
import static org.onthaal.db.Tables.LOCATION;

/**
 * The card screen prints the new family's card when, and only when, the place turned
 * "print cards at the kiosk" on; once, however often the screen is drawn again.
 */
class KioskCardPrintTest extends KaribuTest {

	@Autowired
	private Translations translations;

	/** Every executeJs the kiosk sent that calls the browser's print. */
	private final List<String> printCalls = new ArrayList<>();

	private final Function1<PendingJavaScriptInvocation, Unit> recordPrints = invocation -> {
		String expression = invocation.getInvocation().getExpression();
		if (expression.contains("window.print()")) {
			printCalls.add(expression);
		}
		return Unit.INSTANCE;
	};

	@BeforeEach
	void beAPairedKioskThatRecordsPrints() {
		TestKiosks.pairAndUse(ctx, locationId);
		KaribuConfig.getPendingJavascriptInvocationHandlers().add(recordPrints);
	}

	@AfterEach
	void stopRecording() {
		KaribuConfig.getPendingJavascriptInvocationHandlers().remove(recordPrints);
	}

	@Test
	void withPrintingOffTheCardScreenPrintsNothing() {
		checkInNewFamily("Amal");
		MockVaadin.clientRoundtrip(false);

		_get(Div.class, spec -> spec.withId("kiosk-card-code"));
		assertThat(_find(Div.class, spec -> spec.withId("kiosk-print-sheet"))).isEmpty();
		assertThat(_find(Paragraph.class, spec -> spec.withId("kiosk-card-printing"))).isEmpty();
		assertThat(printCalls).isEmpty();
		assertThat(_get(Paragraph.class, spec -> spec.withClasses("card-text")).getText())
			.isEqualTo(translations.getTranslation("kiosk.card.text", Locale.forLanguageTag("nl")));
	}

	@Test
	void withPrintingOnTheCardScreenPrintsTheCardOnceAndSaysSo() {
		dsl.update(LOCATION).set(LOCATION.KIOSK_CARD_PRINT, "CREDIT_CARD").where(LOCATION.ID.eq(locationId)).execute();

		checkInNewFamily("Amal");
		MockVaadin.clientRoundtrip(false);

		var family = dsl.selectFrom(FAMILY).fetchSingle();
		Div sheet = _get(Div.class, spec -> spec.withId("kiosk-print-sheet"));
		assertThat(sheet.getElement().getAttribute("data-paper")).isEqualTo("CREDIT_CARD");
		assertThat(sheet.getClassNames()).contains("kiosk-print-credit-card");
		assertThat(sheet.getElement().getTextRecursively()).contains(family.getCardDigits(), "Amal", "Baboes");
		assertThat(_get(Paragraph.class, spec -> spec.withId("kiosk-card-printing")).getText())
			.isEqualTo(translations.getTranslation("kiosk.card.printing", Locale.forLanguageTag("nl")));
		// the card comes out of the printer: the screen says to keep it, not that the
		// host
		// can print it
		assertThat(_get(Paragraph.class, spec -> spec.withClasses("card-text")).getText())
			.isEqualTo(translations.getTranslation("kiosk.card.textPrinted", Locale.forLanguageTag("nl")));
		assertThat(printCalls).hasSize(1);

		// drawn again in another language (the screen language bar): no second print
		UI.getCurrent().setLocale(Locale.forLanguageTag("ar"));
		MockVaadin.clientRoundtrip(false);
		assertThat(_get(Paragraph.class, spec -> spec.withId("kiosk-card-printing")).getText())
			.isEqualTo(translations.getTranslation("kiosk.card.printing", Locale.forLanguageTag("ar")));
		assertThat(_get(Paragraph.class, spec -> spec.withClasses("card-text")).getText())
			.isEqualTo(translations.getTranslation("kiosk.card.textPrinted", Locale.forLanguageTag("ar")));
		tap("kiosk-card-continue");
		MockVaadin.clientRoundtrip(false);
		assertThat(printCalls).hasSize(1);
	}

	@Test
	void theLabelPrinterGetsTheLabelLayout() {
		dsl.update(LOCATION).set(LOCATION.KIOSK_CARD_PRINT, "LABEL_62").where(LOCATION.ID.eq(locationId)).execute();

		checkInNewFamily("Noor");
		MockVaadin.clientRoundtrip(false);

		Div sheet = _get(Div.class, spec -> spec.withId("kiosk-print-sheet"));
		assertThat(sheet.getClassNames()).contains("kiosk-print-label-62");
		assertThat(printCalls).hasSize(1);
	}

}
