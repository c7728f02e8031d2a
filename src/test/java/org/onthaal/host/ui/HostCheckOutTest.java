package org.onthaal.host.ui;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.onthaal.KaribuTest;
import org.onthaal.checkin.CheckIn;
import org.onthaal.checkin.CheckInService;
import org.onthaal.checkin.VisitSource;
import org.onthaal.family.NewFamily;
import org.onthaal.host.HostCheckOutService;
import org.onthaal.staff.Role;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.onthaal.db.Tables.AUDIT_EVENT;
import static org.onthaal.db.Tables.FAMILY;
import static org.onthaal.db.Tables.VISIT;

/**
 * Check-out from the board with the real buttons: one family, or everyone at closing
 * time, each only after the host said yes.
 */
class HostCheckOutTest extends KaribuTest {

	@Autowired
	private CheckInService checkIns;

	@Autowired
	private HostCheckOutService checkOuts;

	@Test
	void checkingOutAFamilyAsksFirstAndNoKeepsThemHere() {
		CheckIn elif = checkIn("Elif");
		openBoard();

		_click(_get(Button.class, spec -> spec.withId("check-out-" + elif.familyId())));

		Dialog dialog = _get(Dialog.class, spec -> spec.withId("check-out-dialog"));
		assertThat(dialog.getHeaderTitle()).isEqualTo(text("host.checkOut.title", "Elif"));
		assertThat(_get(dialog, Paragraph.class).getText()).isEqualTo(text("host.checkOut.text"));
		_click(_get(Button.class, spec -> spec.withId("check-out-dialog-no")));

		assertThat(_find(Dialog.class, spec -> spec.withId("check-out-dialog"))).isEmpty();
		assertThat(nicknamesOnBoard()).containsExactly("Elif");
		assertThat(dsl.fetchValue(VISIT.CHECKED_OUT_AT, VISIT.ID.eq(elif.visitId()))).isNull();
		assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("CHECKED_OUT_BY_HOST"))).isZero();
	}

	@Test
	void yesChecksTheFamilyOutAndTheBoardShowsItAtOnce() {
		CheckIn elif = checkIn("Elif");
		checkIn("Ahmet");
		openBoard();

		_click(_get(Button.class, spec -> spec.withId("check-out-" + elif.familyId())));
		_click(_get(Button.class, spec -> spec.withId("check-out-dialog-yes")));

		// the shared board may come a moment later, through the UI queue, when a live
		// update's computation was already running
		assertThat(awaitUi(() -> nicknamesOnBoard().equals(List.of("Ahmet")))).isTrue();
		assertThat(_get(Span.class, spec -> spec.withId("host-count")).getText()).isEqualTo(text("host.count", 1));
		expectNotifications(text("host.checkOut.done", "Elif"));
		assertThat(dsl.fetchValue(VISIT.CHECKOUT_SOURCE, VISIT.ID.eq(elif.visitId()))).isEqualTo("HOST");
		assertThat(dsl.fetchValue(AUDIT_EVENT.ACTOR, AUDIT_EVENT.ACTION.eq("CHECKED_OUT_BY_HOST")))
			.isEqualTo("gastvrouw");
		assertThat(dsl.fetchCount(FAMILY)).as("the family stays").isEqualTo(2);
	}

	@Test
	void everyoneOutSaysHowManyAndChecksThemAllOut() {
		checkIn("Elif");
		checkIn("Ahmet");
		checkIn("Olena");
		openBoard();

		_click(_get(Button.class, spec -> spec.withId("host-everyone-out")));

		Dialog dialog = _get(Dialog.class, spec -> spec.withId("everyone-out-dialog"));
		assertThat(dialog.getHeaderTitle()).isEqualTo(text("host.everyoneOut.title"));
		assertThat(_get(dialog, Paragraph.class).getText()).isEqualTo(text("host.everyoneOut.text", 3));
		_click(_get(Button.class, spec -> spec.withId("everyone-out-dialog-yes")));

		assertThat(awaitUi(() -> nicknamesOnBoard().isEmpty())).as("the board empties").isTrue();
		assertThat(_get(Span.class, spec -> spec.withId("host-count")).getText()).isEqualTo(text("host.count", 0));
		assertThat(_get(Paragraph.class, spec -> spec.withId("host-empty")).isVisible()).isTrue();
		expectNotifications(text("host.everyoneOut.done", 3));
		assertThat(dsl.fetchCount(VISIT, VISIT.CHECKED_OUT_AT.isNull())).isZero();
		assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("EVERYONE_CHECKED_OUT"))).isEqualTo(1);
	}

	@Test
	void everyoneOutCanBeCalledOff() {
		checkIn("Elif");
		openBoard();

		_click(_get(Button.class, spec -> spec.withId("host-everyone-out")));
		_click(_get(Button.class, spec -> spec.withId("everyone-out-dialog-no")));

		assertThat(nicknamesOnBoard()).containsExactly("Elif");
		assertThat(dsl.fetchCount(VISIT, VISIT.CHECKED_OUT_AT.isNull())).isEqualTo(1);
	}

	@Test
	void withNobodyHereEveryoneOutOnlySaysSo() {
		openBoard();

		_click(_get(Button.class, spec -> spec.withId("host-everyone-out")));

		assertThat(_find(Dialog.class, spec -> spec.withId("everyone-out-dialog"))).isEmpty();
		expectNotifications(text("host.everyoneOut.nobody"));
		assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("EVERYONE_CHECKED_OUT"))).isZero();
	}

	@Test
	void anOpenBoardSeesAnotherHostsCheckOutWithoutReload() {
		CheckIn elif = checkIn("Elif");
		checkIn("Ahmet");
		openBoard();

		// as another host's board does it: not through this board, which hears it only
		// through LISTEN/NOTIFY
		checkOuts.checkOut(locationId, elif.visitId());

		assertThat(awaitUi(() -> nicknamesOnBoard().equals(List.of("Ahmet")))).as("the card goes on the open board")
			.isTrue();
	}

	private void openBoard() {
		login("gastvrouw", Role.HOST);
		UI.getCurrent().navigate("host");
	}

	private CheckIn checkIn(String nickname) {
		return checkIns.checkInNewFamily(locationId,
				new NewFamily(nickname, List.of("nl"), List.of(), List.of(), true, false), true, VisitSource.KIOSK);
	}

	private static String text(String key, Object... arguments) {
		return UI.getCurrent().getTranslation(key, arguments);
	}

	private static List<String> nicknamesOnBoard() {
		return _find(Span.class, spec -> spec.withClasses("family-nickname")).stream().map(Span::getText).toList();
	}

}
