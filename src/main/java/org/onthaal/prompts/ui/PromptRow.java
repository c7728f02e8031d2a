package org.onthaal.prompts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import org.jspecify.annotations.Nullable;
import org.onthaal.prompts.AudioCheck;
import org.onthaal.prompts.PromptRecording;

/**
 * One kiosk prompt in one language: its text, whether a recording or the device voice
 * speaks it, and what a manager can do: record, upload, play, delete. What the buttons do
 * is the screen's business (the actions it is given).
 */
class PromptRow extends Div {

	/** What the screen does for a row. */
	interface Actions {

		void record(PromptRow row);

		void uploaded(PromptRow row, byte[] audio);

		void refusedBeforeUpload(PromptRow row, AudioCheck.Refusal reason);

		void play(PromptRow row);

		void delete(PromptRow row);

	}

	private final String key;

	private final String text;

	private final @Nullable PromptRecording recording;

	private final Button record;

	private final Upload upload;

	PromptRow(String key, String text, @Nullable PromptRecording recording, Actions actions) {
		this.key = key;
		this.text = text;
		this.recording = recording;
		String id = "prompt-" + key.replace('.', '-');
		setId(id);
		addClassName("prompt-row");
		getElement().setAttribute("data-key", key);

		Span textSpan = new Span(text);
		textSpan.addClassName("prompt-text");
		Span state = new Span(recording == null ? getTranslation("office.prompts.deviceVoice") : getTranslation(
				"office.prompts.recorded", String.format(getLocale(), "%.1f", recording.durationMillis() / 1000.0)));
		state.setId(id + "-state");
		state.addClassNames("prompt-state", recording == null ? "device-voice" : "recorded");
		Div words = new Div(textSpan, state);
		words.addClassName("prompt-words");

		record = new Button(getTranslation(recording == null ? "office.prompts.record" : "office.prompts.recordAgain"),
				VaadinIcon.MICROPHONE.create(), event -> actions.record(this));
		record.setId(id + "-record");

		Button uploadButton = new Button(
				getTranslation(recording == null ? "office.prompts.upload" : "office.prompts.replace"),
				VaadinIcon.UPLOAD.create());
		uploadButton.setId(id + "-upload-button");
		upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> actions.uploaded(this, bytes)));
		upload.setId(id + "-upload");
		upload.setMaxFiles(1);
		upload.setMaxFileSize(AudioCheck.MAX_BYTES);
		upload.setAcceptedFileTypes("audio/wav", "audio/x-wav", "audio/ogg", "audio/opus", "audio/mpeg", ".wav", ".ogg",
				".opus", ".mp3");
		upload.setUploadButton(uploadButton);
		upload.setDropAllowed(false);
		upload.addClassName("prompt-upload");
		upload.addFileRejectedListener(event -> actions.refusedBeforeUpload(this, AudioCheck.Refusal.TOO_BIG));

		Div buttons = new Div(record, upload);
		buttons.addClassName("prompt-actions");
		if (recording != null) {
			Button play = new Button(getTranslation("office.prompts.play"), VaadinIcon.PLAY.create(),
					event -> actions.play(this));
			play.setId(id + "-play");
			Button delete = new Button(getTranslation("office.prompts.delete"), VaadinIcon.TRASH.create(),
					event -> actions.delete(this));
			delete.setId(id + "-delete");
			delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
			buttons.add(play, delete);
		}
		add(words, buttons);
	}

	String key() {
		return key;
	}

	String text() {
		return text;
	}

	@Nullable PromptRecording recording() {
		return recording;
	}

	/**
	 * Empties the upload's list once a file was handled, stored or not: it takes one file
	 * at a time and would stay full.
	 */
	void uploadHandled() {
		upload.clearFileList();
	}

	/** While this row records, its button stops the recording. */
	void showRecording(boolean recordingNow) {
		record.setText(getTranslation(recordingNow ? "office.prompts.stop"
				: recording == null ? "office.prompts.record" : "office.prompts.recordAgain"));
		record.setIcon((recordingNow ? VaadinIcon.STOP : VaadinIcon.MICROPHONE).create());
		if (recordingNow) {
			record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		}
		else {
			record.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
		}
	}

}
