package org.onthaal.insights.ui;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onthaal.KaribuTest;
import org.onthaal.insights.InsightsFixture;
import org.onthaal.staff.Role;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.atIndex;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InsightsViewTest extends KaribuTest {

	private static final List<String> CHARTS = List.of("chart-visits-day", "chart-visits-week", "chart-heatmap",
			"chart-new-returning", "chart-languages", "chart-introductions", "chart-corners", "chart-corners-hour");

	@BeforeEach
	void seed() {
		InsightsFixture.seed(dsl, locationId);
	}

	@Test
	void everyChartIsAnSvgImageWithItsWordsAndFigures() {
		openOnFixturePeriod();

		for (String chart : CHARTS) {
			Image image = _get(Image.class, spec -> spec.withId(chart + "-image"));
			assertThat(image.getSrc()).startsWith("data:image/svg+xml;base64,");
			assertThat(svg(image)).as(chart).startsWith("<svg").contains("</svg>");
			assertThat(image.getAlt()).as(chart).isPresent().get().asString().isNotBlank();
			assertThat(_get(NativeTable.class, spec -> spec.withId(chart + "-figures")).getBody().getRowCount())
				.as(chart)
				.isPositive();
		}
		assertThat(svg(_get(Image.class, spec -> spec.withId("chart-visits-day-image"))))
			.as("titles and axes in the manager's language")
			.contains("Bezoeken per dag", "Dag");
		assertThat(svg(_get(Image.class, spec -> spec.withId("chart-heatmap-image")))).contains("Weekdag", "di",
				"Aanmeldingen per weekdag en uur");
	}

	@Test
	void theNumbersShownAreTheSeededOnes() {
		openOnFixturePeriod();

		assertThat(_get(Span.class, spec -> spec.withId("figure-visits")).getText()).isEqualTo("12");
		assertThat(_get(Span.class, spec -> spec.withId("figure-people")).getText()).isEqualTo("13 + 13");
		assertThat(_get(Span.class, spec -> spec.withId("figure-first-visits")).getText()).isEqualTo("4");
		assertThat(_get(Span.class, spec -> spec.withId("figure-introduced")).getText()).isEqualTo("3 van 8 (37,5%)");
		assertThat(_get(Span.class, spec -> spec.withId("figure-bridging")).getText()).isEqualTo("2 van 3 (66,7%)");
		assertThat(text("chart-visits-day-summary")).contains("12 bezoeken over 14 dagen, op 7 ervan");
		assertThat(cells("chart-heatmap-figures", 1)).as("Tuesday, 0:00 to 23:00")
			.hasSize(25)
			.startsWith("dinsdag", "0")
			.contains("4", atIndex(10));
		assertThat(cells("chart-corners-figures", 0)).containsExactly("Koffiehoek", "Koffiehoek", "10", "3", "4,33",
				"6", "43,3%");
		assertThat(cells("chart-corners-figures", 2)).containsExactly("Leeshoek", "Lezen", "4", "0", "–", "–", "–");
		assertThat(cells("chart-introductions-figures", 4)).containsExactly("Overbruggende kennismakingen", "2",
				"66,7%");
		assertThat(text("chart-corners-summary")).contains("Nooit bekeken in deze periode: Leeshoek");
		assertThat(text("chart-languages-summary")).contains("5 gezinnen").endsWith(": 1.");
	}

	@Test
	void anInvalidPeriodIsRefusedWithAMessage() {
		openOnFixturePeriod();
		DatePicker to = _get(DatePicker.class, spec -> spec.withId("period-to"));

		_setValue(to, InsightsFixture.PERIOD.from().minusDays(1));

		assertThat(to.isInvalid()).isTrue();
		assertThat(to.getErrorMessage()).isEqualTo("De laatste dag valt op of na de eerste dag.");
		assertThat(_get(Span.class, spec -> spec.withId("figure-visits")).getText()).isEqualTo("12");
	}

	@Test
	void csvDownloadsAreOffered() {
		openOnFixturePeriod();

		assertThat(_get(Anchor.class, spec -> spec.withId("export-days")).getHref()).isNotBlank();
		assertThat(_get(Anchor.class, spec -> spec.withId("export-corners")).getHref()).isNotBlank();
	}

	@Test
	void aHostCannotOpenInsights() {
		login("hans", Role.HOST);

		assertThatThrownBy(() -> UI.getCurrent().navigate("office/insights"))
			.isInstanceOf(MockAccessDeniedException.class);
	}

	private void openOnFixturePeriod() {
		login("mila", Role.MANAGER);
		UI.getCurrent().navigate("office/insights");
		_setValue(_get(DatePicker.class, spec -> spec.withId("period-from")), InsightsFixture.PERIOD.from());
		_setValue(_get(DatePicker.class, spec -> spec.withId("period-to")), InsightsFixture.PERIOD.to());
		_get(InsightsView.class).awaitCharts();
		MockVaadin.runUIQueue();
	}

	private static String svg(Image image) {
		String base64 = image.getSrc().substring("data:image/svg+xml;base64,".length());
		return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
	}

	private static String text(String id) {
		return _get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId(id)).getText();
	}

	private static List<String> cells(String tableId, int row) {
		return _get(NativeTable.class, spec -> spec.withId(tableId)).getBody()
			.getRow(row)
			.orElseThrow()
			.getAllCells()
			.stream()
			.map(cell -> cell.getElement().getText())
			.toList();
	}

}
