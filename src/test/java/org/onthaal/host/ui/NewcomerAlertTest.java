package org.onthaal.host.ui;

import java.util.ArrayList;
import java.util.List;

import com.github.mvysny.kaributesting.v10.KaribuConfig;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import kotlin.Unit;
import kotlin.jvm.functions.Function1;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onthaal.KaribuTest;
import org.onthaal.checkin.CheckIn;
import org.onthaal.checkin.CheckInService;
import org.onthaal.checkin.VisitSource;
import org.onthaal.family.NewFamily;
import org.onthaal.staff.Role;
import tools.jackson.databind.node.BooleanNode;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The newcomer alert: off until this device turns it on, and then a chime only for a new
 * family arriving while the board is open (never for what the board shows when it opens,
 * never for a returning family).
 */
class NewcomerAlertTest extends KaribuTest {

	@Autowired
	private CheckInService checkIns;

	/** The chimes the board asked the browser to play. */
	private final List<String> chimes = new ArrayList<>();

	/** What this device's browser says about its setting when the board asks. */
	private boolean storedOn;

	private final Function1<PendingJavaScriptInvocation, Unit> browser = invocation -> {
		String expression = invocation.getInvocation().getExpression();
		if (expression.contains(".chime()")) {
			chimes.add(expression);
		}
		if (expression.contains(".isOn()")) {
			invocation.complete(BooleanNode.valueOf(storedOn));
		}
		return Unit.INSTANCE;
	};

	@BeforeEach
	void listenToTheBrowser() {
		KaribuConfig.getPendingJavascriptInvocationHandlers().add(browser);
	}

	@AfterEach
	void stopListening() {
		KaribuConfig.getPendingJavascriptInvocationHandlers().remove(browser);
	}

	@Test
	void offByDefaultAndTheToggleSaysItsState() {
		openBoard();

		Button toggle = toggle();
		assertThat(toggle.getElement().getAttribute("aria-pressed")).isEqualTo("false");
		assertThat(toggle.getElement().getAttribute("aria-label")).isEqualTo(text("host.newcomerAlert.label"));
		assertThat(toggle.getElement().getAttribute("title")).isEqualTo(text("host.newcomerAlert.off"));

		_click(toggle);
		MockVaadin.clientRoundtrip(false);

		assertThat(toggle.getElement().getAttribute("aria-pressed")).isEqualTo("true");
		assertThat(toggle.getElement().getAttribute("title")).isEqualTo(text("host.newcomerAlert.on"));
		assertThat(chimes).as("turning it on lets the host hear it once").hasSize(1);

		_click(toggle);
		MockVaadin.clientRoundtrip(false);
		assertThat(toggle.getElement().getAttribute("aria-pressed")).isEqualTo("false");
		assertThat(chimes).hasSize(1);
	}

	@Test
	void chimesOnlyForANewFamilyArrivingWhileTheBoardIsOpen() {
		CheckIn returning = checkIn("Marie");
		checkIns.checkOut(locationId, returning.familyId());
		checkIn("Elif");
		openBoard();
		_click(toggle());
		MockVaadin.clientRoundtrip(false);
		chimes.clear();

		checkIns.checkInReturning(locationId, returning.familyId(), 1, 0, true, null, VisitSource.KIOSK);
		assertThat(awaitUi(() -> nicknamesOnBoard().contains("Marie"))).isTrue();
		MockVaadin.clientRoundtrip(false);
		assertThat(chimes).as("a returning family").isEmpty();

		checkIn("Youssef");
		assertThat(awaitUi(() -> nicknamesOnBoard().contains("Youssef"))).isTrue();
		MockVaadin.clientRoundtrip(false);
		assertThat(chimes).as("a new family arrived").hasSize(1);

		_click(toggle());
		checkIn("Olena");
		assertThat(awaitUi(() -> nicknamesOnBoard().contains("Olena"))).isTrue();
		MockVaadin.clientRoundtrip(false);
		assertThat(chimes).as("the alert is off again").hasSize(1);
	}

	@Test
	void theDevicesSettingIsReadBackButTheFirstRenderNeverChimes() {
		storedOn = true;
		checkIn("Elif");

		openBoard();
		MockVaadin.clientRoundtrip(false);

		assertThat(toggle().getElement().getAttribute("aria-pressed")).isEqualTo("true");
		assertThat(chimes).as("Elif was here before the board opened").isEmpty();

		checkIn("Youssef");
		assertThat(awaitUi(() -> nicknamesOnBoard().contains("Youssef"))).isTrue();
		MockVaadin.clientRoundtrip(false);
		assertThat(chimes).hasSize(1);
	}

	private void openBoard() {
		login("gastvrouw", Role.HOST);
		UI.getCurrent().navigate("host");
	}

	private CheckIn checkIn(String nickname) {
		return checkIns.checkInNewFamily(locationId,
				new NewFamily(nickname, List.of("nl"), List.of(), List.of(), true, false), true, VisitSource.KIOSK);
	}

	private static Button toggle() {
		return _get(Button.class, spec -> spec.withId("host-newcomer-alert"));
	}

	private static String text(String key) {
		return UI.getCurrent().getTranslation(key);
	}

	private static List<String> nicknamesOnBoard() {
		return _find(Span.class, spec -> spec.withClasses("family-nickname")).stream().map(Span::getText).toList();
	}

}
