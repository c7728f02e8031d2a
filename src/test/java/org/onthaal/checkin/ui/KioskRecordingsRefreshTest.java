package org.onthaal.checkin.ui;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import com.github.mvysny.kaributesting.v10.KaribuConfig;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import kotlin.Unit;
import kotlin.jvm.functions.Function1;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onthaal.KaribuTest;
import org.onthaal.kiosk.TestKiosks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onthaal.checkin.ui.KioskFlow.checkInNewFamily;
import static org.onthaal.checkin.ui.KioskFlow.tap;
import static org.onthaal.db.Tables.PROMPT_RECORDING;

/**
 * A kiosk stays open for days: a prompt a manager records meanwhile reaches it when the
 * next family is done, not only when someone reloads the kiosk.
 */
class KioskRecordingsRefreshTest extends KaribuTest {

	/** What the kiosk told the page its recordings are, in order. */
	private final List<String> published = new ArrayList<>();

	private final Function1<PendingJavaScriptInvocation, Unit> recordPublishing = invocation -> {
		if (invocation.getInvocation().getExpression().contains("window.onthaalRecordings")) {
			published.add(String.valueOf(invocation.getInvocation().getParameters()));
		}
		return Unit.INSTANCE;
	};

	@BeforeEach
	void beAPairedKiosk() {
		KaribuConfig.getPendingJavascriptInvocationHandlers().add(recordPublishing);
		TestKiosks.pairAndUse(ctx, locationId);
		MockVaadin.clientRoundtrip(false);
	}

	@AfterEach
	void stopRecording() {
		KaribuConfig.getPendingJavascriptInvocationHandlers().remove(recordPublishing);
	}

	@Test
	void aPromptRecordedWhileTheKioskIsOpenReachesItWhenTheNextFamilyIsDone() {
		assertThat(published).isNotEmpty().last().asString().doesNotContain("kiosk.choice.title");

		dsl.insertInto(PROMPT_RECORDING)
			.set(PROMPT_RECORDING.LOCATION_ID, locationId)
			.set(PROMPT_RECORDING.PROMPT_KEY, "kiosk.choice.title")
			.set(PROMPT_RECORDING.LANGUAGE, "so")
			.set(PROMPT_RECORDING.MEDIA_TYPE, "audio/wav")
			.set(PROMPT_RECORDING.AUDIO, new byte[] { 1 })
			.set(PROMPT_RECORDING.DURATION_MS, 1000)
			.set(PROMPT_RECORDING.SIZE_BYTES, 1)
			.set(PROMPT_RECORDING.RECORDED_BY, "manager")
			.set(PROMPT_RECORDING.RECORDED_AT, OffsetDateTime.now(clock))
			.execute();
		checkInNewFamily("Amal");
		tap("kiosk-card-continue");
		tap("kiosk-next");
		MockVaadin.clientRoundtrip(false);
		assertThat(published).last().asString().contains("kiosk.choice.title");
	}

}
