package org.onthaal.host.ui;

import java.time.Duration;
import java.time.Instant;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onthaal.KaribuTest;
import org.onthaal.base.ui.Countdown;
import org.onthaal.checkin.CheckInService;
import org.onthaal.kiosk.TestKiosks;
import org.onthaal.staff.Role;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.onthaal.db.Tables.AUDIT_EVENT;

/**
 * The host board shows a kiosk whose code entry five wrong codes locked, counts the lock
 * down, and lets the host lift it (audited). The notice comes and goes live.
 */
class HostCodeLockTest extends KaribuTest {

	@Autowired
	private CheckInService checkIns;

	private long kioskId;

	@BeforeEach
	void aKioskAtTheDoor() {
		clock.setTo(Instant.now());
		kioskId = TestKiosks.pair(ctx, locationId, "Ingang").deviceId();
	}

	@Test
	void theHostSeesTheLockedKioskAndUnlocksItWithTheBoardsButton() {
		lockCodeEntry();
		login("gastvrouw", Role.HOST);
		UI.getCurrent().navigate("host");

		Div notice = _get(Div.class, spec -> spec.withId("host-code-lock-" + kioskId));
		assertThat(notice.getElement().getTextRecursively()).contains("Kiosk Ingang: code-invoer vergrendeld");
		assertThat(_get(notice, Countdown.class).getText()).isEqualTo("00:30");

		_click(_get(Button.class, spec -> spec.withId("host-code-unlock-" + kioskId)));

		assertThat(checkIns.codeEntryLockedSeconds(kioskId)).isZero();
		assertThat(_find(Div.class, spec -> spec.withId("host-code-lock-" + kioskId))).isEmpty();
		var audit = dsl.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.ACTION.eq("KIOSK_CODE_ENTRY_UNLOCKED")).fetchSingle();
		assertThat(audit.getActor()).isEqualTo("gastvrouw");
		assertThat(audit.getEntityId()).isEqualTo(kioskId);
		assertThat(audit.getLocationId()).isEqualTo(locationId);
	}

	@Test
	void theNoticeAppearsLiveWhenAKioskLocksAndGoesWhenTheLockEnds() throws InterruptedException {
		login("gastheer", Role.HOST);
		UI.getCurrent().navigate("host");
		assertThat(_find(Div.class, spec -> spec.withId("host-code-lock-" + kioskId))).isEmpty();

		// the kiosk is served by another thread, as in production
		Thread kiosk = Thread.ofPlatform().start(this::lockCodeEntry);
		kiosk.join();

		assertThat(awaitUi(() -> !_find(Div.class, spec -> spec.withId("host-code-lock-" + kioskId)).isEmpty()))
			.as("the notice appears on the open board")
			.isTrue();

		// the board's browser counted down to zero
		clock.advance(Duration.ofSeconds(30));
		_get(_get(Div.class, spec -> spec.withId("host-code-lock-" + kioskId)), Countdown.class).ended();
		assertThat(_find(Div.class, spec -> spec.withId("host-code-lock-" + kioskId))).isEmpty();
	}

	private void lockCodeEntry() {
		for (int i = 0; i < 5; i++) {
			checkIns.identifyByCode(kioskId, "BELL", "000");
		}
	}

}
