package org.onthaal.prompts.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.onthaal.base.i18n.Translations;
import org.onthaal.base.security.StaffRoles;
import org.onthaal.prompts.AudioCheck;
import org.onthaal.prompts.KioskPrompts;
import org.onthaal.prompts.PromptRecording;
import org.onthaal.prompts.PromptRecordingService;
import org.onthaal.space.LocationService;
import org.onthaal.space.LocationSummary;
import org.onthaal.space.ui.SelectedLocation;

/**
 * The kiosk's prompts of the chosen meeting place in one language, a row each: its text,
 * whether a recording or the device voice speaks it, and record, upload, play, delete.
 * The meeting place is the one chosen in the back office's header.
 */
@Route("office/prompts")
@RolesAllowed(StaffRoles.MANAGER)
@StyleSheet("styles/office-prompts.css")
public class PromptsView extends Main implements HasDynamicTitle {

	private final transient PromptRecordingService recordings;

	private final transient Translations translations;

	private final @Nullable LocationSummary location;

	private final Select<Locale> language = new Select<>();

	private final Div rows = new Div();

	private final MicrophoneRecorder recorder = new MicrophoneRecorder();

	/** The row whose prompt the microphone is recording, if any. */
	private @Nullable PromptRow recordingFor;

	/** The last refusal shown: a stored file that follows makes it stale. */
	private @Nullable Notification lastWarning;

	/** "Recording… speak now", shown while the microphone is on. */
	private @Nullable Notification recordingNotice;

	public PromptsView(PromptRecordingService recordings, LocationService locations, Translations translations) {
		this.recordings = recordings;
		this.translations = translations;
		addClassName("office-page");
		addClassName("prompts-page");
		add(new H1(getTranslation("office.prompts.title")));
		location = SelectedLocation.current(locations).orElse(null);
		if (location == null) {
			Paragraph noLocation = new Paragraph(getTranslation("office.noLocation"));
			noLocation.setId("prompts-no-location");
			add(noLocation);
			return;
		}
		Paragraph intro = new Paragraph(getTranslation("office.prompts.intro"));
		intro.setId("prompts-intro");

		language.setId("prompts-language");
		language.setLabel(getTranslation("office.prompts.language"));
		language.setItems(languages(location));
		language.setItemLabelGenerator(locale -> locale.getDisplayLanguage(locale));
		language.setValue(Locale.forLanguageTag(location.kioskLanguages().isEmpty() ? location.defaultLanguage()
				: location.kioskLanguages().getFirst()));
		language.addValueChangeListener(event -> refresh());

		rows.setId("prompts-rows");
		rows.addClassName("prompt-rows");
		recorder.addStateChangedListener(event -> {
			if (recordingFor != null) {
				recordingFor.showRecording(true);
				closeRecordingNotice();
				recordingNotice = Notification.show(
						getTranslation("office.prompts.recording", MicrophoneRecorder.MAX_MILLIS / 1000),
						MicrophoneRecorder.MAX_MILLIS, Notification.Position.BOTTOM_START);
			}
		});
		recorder.addRecordedListener(event -> {
			closeRecordingNotice();
			PromptRow row = recordingFor;
			recordingFor = null;
			if (row != null) {
				save(row, event.audio());
			}
		});
		recorder.addFailedListener(event -> {
			closeRecordingNotice();
			if (recordingFor != null) {
				recordingFor.showRecording(false);
			}
			recordingFor = null;
			warn(getTranslation("office.prompts.microphoneFailed"));
		});
		add(intro, language, rows, recorder);
		refresh();
	}

	/** The place's kiosk languages first, then the other screen languages. */
	private static List<Locale> languages(LocationSummary place) {
		List<Locale> offered = place.kioskLanguages().stream().map(Locale::forLanguageTag).toList();
		return java.util.stream.Stream
			.concat(offered.stream(), Translations.SCREEN_LANGUAGES.stream().filter(l -> !offered.contains(l)))
			.filter(Translations.SCREEN_LANGUAGES::contains)
			.toList();
	}

	private LocationSummary place() {
		if (location == null) {
			throw new IllegalStateException("No meeting place chosen");
		}
		return location;
	}

	private String languageTag() {
		Locale chosen = language.getValue();
		return (chosen == null ? Locale.forLanguageTag(place().defaultLanguage()) : chosen).toLanguageTag();
	}

	void refresh() {
		String tag = languageTag();
		Map<String, PromptRecording> recorded = recordings.recordings(place().id(), tag)
			.stream()
			.collect(Collectors.toMap(PromptRecording::promptKey, Function.identity()));
		Locale locale = Locale.forLanguageTag(tag);
		rows.removeAll();
		recordingFor = null;
		for (String key : KioskPrompts.KEYS) {
			String text = translations.getTranslation(key, locale, "…");
			PromptRow row = new PromptRow(key, text, recorded.get(key), actions);
			// the prompt's own language and direction, so Arabic reads right to left
			row.getElement().setAttribute("lang", tag);
			rows.add(row);
		}
	}

	private final PromptRow.Actions actions = new PromptRow.Actions() {

		@Override
		public void record(PromptRow row) {
			if (recordingFor == row) {
				recorder.stop();
				return;
			}
			if (recordingFor != null) {
				recordingFor.showRecording(false);
				recorder.stop();
			}
			recordingFor = row;
			recorder.start();
		}

		@Override
		public void uploaded(PromptRow row, byte[] audio) {
			// the upload arrives outside the session lock
			UI ui = row.getUI().orElse(null);
			if (ui != null) {
				ui.access(() -> {
					row.uploadHandled();
					save(row, audio);
				});
			}
		}

		@Override
		public void refusedBeforeUpload(PromptRow row, AudioCheck.Refusal reason) {
			row.uploadHandled();
			warn(getTranslation("office.prompts.refused." + reason.name()));
		}

		@Override
		public void play(PromptRow row) {
			PromptRecording recording = row.recording();
			if (recording != null) {
				row.getElement().executeJs("new Audio($0).play()", recording.url());
			}
		}

		@Override
		public void delete(PromptRow row) {
			new DeleteRecordingDialog(row.text(), () -> {
				recordings.delete(place().id(), row.key(), languageTag());
				Notification.show(getTranslation("office.prompts.deleted", row.text()))
					.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
				refresh();
			}).open();
		}

	};

	private void save(PromptRow row, byte[] audio) {
		AudioCheck.Result result = recordings.save(place().id(), row.key(), languageTag(), audio);
		if (result instanceof AudioCheck.Refused refused) {
			row.showRecording(false);
			warn(getTranslation("office.prompts.refused." + refused.reason().name()));
			return;
		}
		if (lastWarning != null) {
			lastWarning.close();
			lastWarning = null;
		}
		Notification.show(getTranslation("office.prompts.saved", row.text()))
			.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
		refresh();
	}

	private void closeRecordingNotice() {
		if (recordingNotice != null) {
			recordingNotice.close();
			recordingNotice = null;
		}
	}

	private void warn(String message) {
		Notification notification = Notification.show(message, 8_000, Notification.Position.MIDDLE);
		notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
		lastWarning = notification;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("app.name") + " · " + getTranslation("office.prompts.title");
	}

}
