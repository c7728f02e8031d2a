package org.onthaal.prompts.ui;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onthaal.KaribuTest;
import org.onthaal.kiosk.TestKiosks;
import org.onthaal.prompts.AudioCheck;
import org.onthaal.prompts.KioskPrompts;
import org.onthaal.prompts.PromptRecordingService;
import org.onthaal.prompts.TestAudio;
import org.onthaal.staff.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onthaal.db.Tables.AUDIT_EVENT;
import static org.onthaal.db.Tables.PROMPT_RECORDING;

/**
 * The recorded prompts screen: an uploaded file is checked by its content, stored with an
 * audit event, listed and can be deleted; a refused file leaves a message and nothing
 * stored. Only managers of the place get there.
 */
class PromptsViewTest extends KaribuTest {

	private static final Locale SOMALI = Locale.forLanguageTag("so");

	@Autowired
	private PromptRecordingService recordings;

	@BeforeEach
	void signInAsManager() {
		login("mila", Role.MANAGER);
	}

	@Test
	void everyKioskPromptHasARowWithItsTextInTheChosenLanguage() {
		UI.getCurrent().navigate("office/prompts");
		_setValue(_get(Select.class, spec -> spec.withId("prompts-language")), SOMALI);

		List<PromptRow> rows = _find(PromptRow.class);
		assertThat(rows).extracting(PromptRow::key).containsExactlyElementsOf(KioskPrompts.KEYS);
		assertThat(rows).extracting(PromptRow::text)
			.contains(UI.getCurrent().getTranslation(SOMALI, "kiosk.language.title"));
		assertThat(state("kiosk.language.title").getText()).isEqualTo(t("office.prompts.deviceVoice"));
	}

	@Test
	void aGoodFileIsStoredAuditedAndShownAsRecorded() {
		UI.getCurrent().navigate("office/prompts");
		_setValue(_get(Select.class, spec -> spec.withId("prompts-language")), SOMALI);

		upload("kiosk.language.title", "luqadda.wav", "audio/wav", TestAudio.wav(16_000, 1, 2_500));

		var stored = dsl.selectFrom(PROMPT_RECORDING).fetchSingle();
		assertThat(stored.getLocationId()).isEqualTo(locationId);
		assertThat(stored.getPromptKey()).isEqualTo("kiosk.language.title");
		assertThat(stored.getLanguage()).isEqualTo("so");
		assertThat(stored.getMediaType()).isEqualTo("audio/wav");
		assertThat(stored.getDurationMs()).isEqualTo(2_500);
		assertThat(stored.getSizeBytes()).isEqualTo(stored.getAudio().length);
		assertThat(stored.getRecordedBy()).isEqualTo("mila");
		var audit = dsl.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.ACTION.like("PROMPT_%")).fetchSingle();
		assertThat(audit.getAction()).isEqualTo("PROMPT_RECORDING_SAVED");
		assertThat(audit.getEntityId()).isEqualTo(stored.getId());
		assertThat(audit.getLocationId()).isEqualTo(locationId);
		assertThat(audit.getDetails().data()).contains("\"prompt\": \"kiosk.language.title\"", "\"language\": \"so\"",
				"\"replaced\": false");
		assertThat(state("kiosk.language.title").getText()).isEqualTo(t("office.prompts.recorded", "2,5"));
		assertThat(_find(Button.class, spec -> spec.withId("prompt-kiosk-language-title-play"))).hasSize(1);
		// another language is another recording
		_setValue(_get(Select.class, spec -> spec.withId("prompts-language")), Locale.forLanguageTag("nl"));
		assertThat(state("kiosk.language.title").getText()).isEqualTo(t("office.prompts.deviceVoice"));
	}

	@Test
	void aSecondFileReplacesTheFirstAndDeletingAsksFirst() {
		UI.getCurrent().navigate("office/prompts");
		_setValue(_get(Select.class, spec -> spec.withId("prompts-language")), SOMALI);
		upload("kiosk.goodbye", "a.wav", "audio/wav", TestAudio.wav(16_000, 1, 1_000));
		upload("kiosk.goodbye", "b.mp3", "audio/mpeg", TestAudio.mp3(2_000, true));

		var stored = dsl.selectFrom(PROMPT_RECORDING).fetchSingle();
		assertThat(stored.getMediaType()).isEqualTo("audio/mpeg");
		assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("PROMPT_RECORDING_SAVED"))).isEqualTo(2);

		_click(_get(Button.class, spec -> spec.withId("prompt-kiosk-goodbye-delete")));
		_click(_get(Button.class, spec -> spec.withId("prompts-delete-cancel")));
		assertThat(dsl.fetchCount(PROMPT_RECORDING)).isEqualTo(1);
		_click(_get(Button.class, spec -> spec.withId("prompt-kiosk-goodbye-delete")));
		_click(_get(Button.class, spec -> spec.withId("prompts-delete-confirm")));

		assertThat(dsl.fetchCount(PROMPT_RECORDING)).isZero();
		var deleted = dsl.selectFrom(AUDIT_EVENT)
			.where(AUDIT_EVENT.ACTION.eq("PROMPT_RECORDING_DELETED"))
			.fetchSingle();
		assertThat(deleted.getEntityId()).isEqualTo(stored.getId());
		assertThat(state("kiosk.goodbye").getText()).isEqualTo(t("office.prompts.deviceVoice"));
	}

	@Test
	void aFileThatIsNotAudioIsRefusedWhateverItsNameAndNothingIsStored() {
		UI.getCurrent().navigate("office/prompts");
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };

		upload("kiosk.title", "welkom.wav", "audio/wav", png);

		NotificationsKt.expectNotifications(t("office.prompts.refused.NOT_AUDIO"));
		assertNothingStored();
	}

	@Test
	void aFileOverOneMegabyteIsRefusedAndNothingIsStored() {
		UI.getCurrent().navigate("office/prompts");

		upload("kiosk.title", "lang.wav", "audio/wav", TestAudio.wav(44_100, 2, 6_000));

		NotificationsKt.expectNotifications(t("office.prompts.refused.TOO_BIG"));
		assertNothingStored();
	}

	@Test
	void aRecordingOverThirtySecondsIsRefusedAndNothingIsStored() {
		UI.getCurrent().navigate("office/prompts");

		upload("kiosk.title", "lang.wav", "audio/wav", TestAudio.wav(8_000, 1, 31_000));

		NotificationsKt.expectNotifications(t("office.prompts.refused.TOO_LONG"));
		assertNothingStored();
	}

	@Test
	void anEmptyFileIsRefusedAndNothingIsStored() {
		UI.getCurrent().navigate("office/prompts");

		upload("kiosk.title", "leeg.ogg", "audio/ogg", new byte[0]);

		NotificationsKt.expectNotifications(t("office.prompts.refused.EMPTY"));
		assertNothingStored();
	}

	@Test
	void aManagerOfAnotherPlaceNeitherSeesNorChangesThisPlacesRecordings() {
		asManagerSave("kiosk.title", "so", TestAudio.wav(16_000, 1, 1_000));
		long recordingId = dsl.selectFrom(PROMPT_RECORDING).fetchSingle().getId();
		long elsewhere = locations.create("Elders", ZoneId.of("Europe/Brussels"), false);
		logout();
		staff.create("test", "jan", "a-long-test-password", "jan", Set.of(Role.MANAGER), List.of(elsewhere), false);
		login("jan", Role.MANAGER);

		UI.getCurrent().navigate("office/prompts");
		_setValue(_get(Select.class, spec -> spec.withId("prompts-language")), SOMALI);
		assertThat(state("kiosk.title").getText()).isEqualTo(t("office.prompts.deviceVoice"));
		assertThatThrownBy(() -> recordings.recordings(locationId, "so")).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> recordings.save(locationId, "kiosk.title", "so", TestAudio.wav(16_000, 1, 500)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> recordings.delete(locationId, "kiosk.title", "so"))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(recordings.audio(recordingId, null)).isEmpty();
		// a kiosk of the other place hears nothing of this one either
		TestKiosks.Paired otherKiosk = TestKiosks.pair(ctx, elsewhere);
		assertThat(recordings.audio(recordingId, otherKiosk.token())).isEmpty();
		// while this place's kiosk does
		TestKiosks.Paired ownKiosk = TestKiosks.pair(ctx, locationId);
		assertThat(recordings.audio(recordingId, ownKiosk.token())).isPresent();
		assertThat(dsl.fetchCount(PROMPT_RECORDING)).isEqualTo(1);
	}

	@Test
	void aHostIsTurnedAway() {
		logout();
		login("hans", Role.HOST);

		assertThatThrownBy(() -> UI.getCurrent().navigate("office/prompts"))
			.isInstanceOf(MockAccessDeniedException.class);
		assertThatThrownBy(() -> recordings.save(locationId, "kiosk.title", "so", TestAudio.wav(16_000, 1, 500)))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(dsl.fetchCount(PROMPT_RECORDING)).isZero();
	}

	@Test
	void onlyKnownPromptsAndKioskLanguagesCanBeRecorded() {
		assertThatThrownBy(
				() -> recordings.save(locationId, "office.prompts.title", "so", TestAudio.wav(16_000, 1, 500)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> recordings.save(locationId, "kiosk.title", "xx", TestAudio.wav(16_000, 1, 500)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(dsl.fetchCount(PROMPT_RECORDING)).isZero();
	}

	@Test
	void everyPromptIsAKioskText() {
		for (String key : KioskPrompts.KEYS) {
			assertThat(UI.getCurrent().getTranslation(Locale.ENGLISH, key)).as(key).isNotEqualTo(key).isNotBlank();
		}
	}

	private void asManagerSave(String key, String language, byte[] audio) {
		AudioCheck.Result result = recordings.save(locationId, key, language, audio);
		assertThat(result).isInstanceOf(AudioCheck.Accepted.class);
	}

	private void upload(String key, String fileName, String mimeType, byte[] bytes) {
		Upload upload = _get(Upload.class, spec -> spec.withId("prompt-" + key.replace('.', '-') + "-upload"));
		_upload(upload, fileName, mimeType, bytes);
		MockVaadin.runUIQueue();
	}

	private Span state(String key) {
		return _get(Span.class, spec -> spec.withId("prompt-" + key.replace('.', '-') + "-state"));
	}

	private void assertNothingStored() {
		assertThat(dsl.fetchCount(PROMPT_RECORDING)).isZero();
		assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.like("PROMPT_%"))).isZero();
		assertThat(_find(Div.class, spec -> spec.withClasses("prompt-row"))).hasSize(KioskPrompts.KEYS.size());
	}

	private String t(String key, Object... params) {
		return UI.getCurrent().getTranslation(key, params);
	}

}
