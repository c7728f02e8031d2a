package org.onthaal.base.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a screen aloud for parents who read little: it carries its utterances (in a data
 * attribute) and the page's speech player ({@code scripts/onthaal-speech.js}) plays them
 * in turn when it is tapped, each as the recording a manager made for its language and
 * prompt key, else with a device voice of its language, else not at all. A word is never
 * spoken with a wrong language's voice. When none of its utterances can be played here
 * the button shows as unavailable (a crossed-out speaker, {@code aria-disabled}, its own
 * label) instead of being a dead button; the player decides this in the browser, which
 * alone knows its voices and recordings.
 */
// context://: served as it is from META-INF/resources, without a front-end build
@JavaScript("context://scripts/onthaal-speech.js")
public class SpeakButton extends Button {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private List<Utterance> utterances = List.of();

	public SpeakButton() {
		super(icons());
		addClassName("speak-button");
		getElement().setAttribute("data-utterances", "[]");
	}

	private static Span icons() {
		Icon speaker = VaadinIcon.VOLUME_UP.create();
		speaker.addClassName("speak-available");
		Icon mute = VaadinIcon.VOLUME_OFF.create();
		mute.addClassName("speak-unavailable");
		Span icons = new Span(speaker, mute);
		icons.addClassName("speak-icons");
		icons.getElement().setAttribute("aria-hidden", "true");
		return icons;
	}

	/** What a tap reads aloud from now on, in this order. */
	public void say(List<Utterance> next) {
		utterances = List.copyOf(next);
		List<Map<String, String>> json = new ArrayList<>();
		for (Utterance utterance : utterances) {
			Map<String, String> entry = new LinkedHashMap<>();
			entry.put("text", utterance.text());
			entry.put("lang", utterance.lang());
			if (utterance.promptKey() != null) {
				entry.put("key", utterance.promptKey());
			}
			if (utterance.liveFrom() != null) {
				entry.put("from", utterance.liveFrom());
			}
			json.add(entry);
		}
		getElement().setAttribute("data-utterances", JSON.writeValueAsString(json));
	}

	/** Reads aloud now, without a tap (a warning that opened by itself), if it can. */
	public void playNow() {
		getElement().executeJs("window.onthaalSpeech && window.onthaalSpeech.playButton(this)");
	}

	public List<Utterance> utterances() {
		return utterances;
	}

	/**
	 * The accessible names, in the screen language: one while it can read aloud, one for
	 * when it cannot here (the player switches between them).
	 */
	public void setLabels(String label, String unavailableLabel) {
		getElement().setAttribute("data-label", label);
		getElement().setAttribute("data-label-unavailable", unavailableLabel);
		// until the player has looked at this browser's voices and recordings
		getElement().setAttribute("aria-label", label);
		getElement().setAttribute("title", label);
	}

}
