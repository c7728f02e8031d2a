package org.onthaal.insights.ui;

import java.util.List;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.OrderedList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onthaal.KaribuTest;
import org.onthaal.insights.InsightsFixture;
import org.onthaal.staff.Role;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReflectionViewTest extends KaribuTest {

	@BeforeEach
	void seed() {
		InsightsFixture.seed(dsl, locationId);
	}

	@Test
	void whatHostsDidAndWhatCameOfItInCountsAndShares() {
		open();

		assertThat(cells("reflection-suggestions-table", 0)).containsExactly("Stelden ze aan elkaar voor", "3",
				"37,5%");
		assertThat(cells("reflection-suggestions-table", 1)).containsExactly("Nu niet", "1", "12,5%");
		assertThat(cells("reflection-suggestions-table", 4)).containsExactly(
				"Ingetrokken zonder antwoord (iemand vertrok, of het bord stelde iets anders voor)", "1", "12,5%");
		assertThat(cells("reflection-outcomes-table", 0)).containsExactly("Ze praatten", "1", "33,3%");
		assertThat(cells("reflection-outcomes-table", 1)).containsExactly("Ze praatten niet", "1", "33,3%");
		assertThat(cells("reflection-outcomes-table", 2)).containsExactly("Niet genoteerd", "1", "33,3%");
		assertThat(cells("reflection-reasons-table", 0)).containsExactly("Overbruggend: andere thuistalen", "2", "2",
				"1 van 2 (50%)", "0", "1");
		assertThat(cells("reflection-reasons-table", 5)).containsExactly("Een gedeelde taal", "4", "2", "1 van 2 (50%)",
				"1", "0");
	}

	@Test
	void familiesNeverIntroducedByVisitCount() {
		open();

		List<String> lines = _get(OrderedList.class, spec -> spec.withId("reflection-never-lines")).getChildren()
			.map(item -> ((ListItem) item).getText())
			.toList();
		assertThat(lines).containsExactly(
				"Gezinnen die één keer kwamen en nooit voorgesteld werden: 1 (open voor een ontmoeting: 1).",
				"Gezinnen die twee keer kwamen en nooit voorgesteld werden: 1 (open voor een ontmoeting: 0).",
				"Gezinnen die 3 keer of meer kwamen en nooit voorgesteld werden: 1 (open voor een ontmoeting: 1).");
		assertThat(_get(OrderedList.class, spec -> spec.withId("reflection-questions-list")).getElement()
			.getTextRecursively()).contains("Moeten informele ontmoetingen spontaan gebeuren?",
					"drie keer of meer kwamen aan iemand voor te stellen (1)");
	}

	@Test
	void noFamilyIsNamedAnywhere() {
		open();

		String page = _get(ReflectionView.class).getElement().getOuterHTML();
		assertThat(page).contains("Reflectie", "Nu niet");
		InsightsFixture.NICKNAMES.forEach(nickname -> assertThat(page).doesNotContainIgnoringCase(nickname));
	}

	@Test
	void printsWithTheBrowsersPrintDialog() {
		open();

		Button print = _get(Button.class, spec -> spec.withId("reflection-print"));
		assertThat(print.getText()).isEqualTo("Afdrukken");
		_click(print);
		assertThat(_get(NativeTable.class, spec -> spec.withId("reflection-suggestions-table"))).isNotNull();
	}

	@Test
	void aHostCannotOpenTheReflection() {
		login("hans", Role.HOST);

		assertThatThrownBy(() -> UI.getCurrent().navigate("office/reflection"))
			.isInstanceOf(MockAccessDeniedException.class);
	}

	private void open() {
		login("mila", Role.MANAGER);
		UI.getCurrent().navigate("office/reflection");
		_setValue(_get(DatePicker.class, spec -> spec.withId("period-from")), InsightsFixture.PERIOD.from());
		_setValue(_get(DatePicker.class, spec -> spec.withId("period-to")), InsightsFixture.PERIOD.to());
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
