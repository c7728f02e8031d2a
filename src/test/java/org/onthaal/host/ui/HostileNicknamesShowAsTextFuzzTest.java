package org.onthaal.host.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.onthaal.KaribuTest;
import org.onthaal.base.fuzz.Fuzz;
import org.onthaal.base.fuzz.HostileText;
import org.onthaal.checkin.CheckIn;
import org.onthaal.checkin.CheckInService;
import org.onthaal.checkin.VisitSource;
import org.onthaal.family.FamilySummary;
import org.onthaal.family.NewFamily;
import org.onthaal.family.Nickname;
import org.onthaal.staff.Role;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generated nicknames that are accepted although they are far from plain Latin (other
 * scripts, marks, joiners inside a word, apostrophes, digits, 40 characters) show as the
 * very text stored, never as markup: on the host board's family row and in the back
 * office's family search. A handful per run (10; Karibu is slow), from a fixed seed.
 */
class HostileNicknamesShowAsTextFuzzTest extends KaribuTest {

	@Autowired
	private CheckInService checkIns;

	@Test
	void acceptedNicknamesShowAsTheirTextOnTheBoardAndInTheOffice() {
		List<CheckIn> families = new ArrayList<>();
		for (String nickname : acceptedUnusualNicknames(new Random(20261212L), Fuzz.tries(1000))) {
			families.add(checkIns.checkInNewFamily(locationId,
					new NewFamily(nickname, List.of("nl"), List.of(), List.of(), true, false), true,
					VisitSource.KIOSK));
		}

		login("gastvrouw", Role.HOST);
		UI.getCurrent().navigate("host");
		List<Span> shown = _find(Span.class, spec -> spec.withClasses("family-nickname"));
		assertThat(shown).extracting(Span::getText)
			.containsExactlyInAnyOrderElementsOf(families.stream().map(CheckIn::nickname).toList());
		assertThat(shown).allSatisfy(span -> {
			assertThat(span.getElement().getChildren()).as("a text node, no elements")
				.singleElement()
				.satisfies(child -> assertThat(child.isTextNode()).isTrue());
			assertThat(span.getElement().hasProperty("innerHTML")).as("never set as HTML").isFalse();
		});

		logout();
		login("mila", Role.MANAGER);
		UI.getCurrent().navigate("office/families");
		for (CheckIn family : families) {
			_setValue(_get(TextField.class, spec -> spec.withId("families-search")), family.nickname());
			@SuppressWarnings("unchecked")
			Grid<FamilySummary> grid = _get(Grid.class, spec -> spec.withId("families-grid"));
			List<String> found = new ArrayList<>();
			for (int row = 0; row < GridKt._size(grid); row++) {
				if (GridKt._get(grid, row).id() == family.familyId()) {
					found.add(GridKt._getFormatted(grid, row, "nickname"));
				}
			}
			assertThat(found).as("found by %s", Fuzz.escape(family.nickname())).containsExactly(family.nickname());
		}
	}

	/** Accepted nicknames with something beyond ASCII letters and spaces in them. */
	private static List<String> acceptedUnusualNicknames(Random random, int count) {
		List<String> nicknames = new ArrayList<>();
		while (nicknames.size() < count) {
			try {
				String nickname = Nickname.clean(String.join("", HostileText.nickname(random)));
				if (!nickname.matches("[A-Za-z ]*") && !nicknames.contains(nickname)) {
					nicknames.add(nickname);
				}
			}
			catch (Nickname.Rejected ex) {
				// refused ones are NicknameFuzzTest's
			}
		}
		return nicknames;
	}

}
