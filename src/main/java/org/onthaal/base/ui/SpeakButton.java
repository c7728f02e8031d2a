package org.onthaal.base.ui;

import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * Reads a text aloud in the screen language through the browser's speech synthesis, for
 * parents who read little. Where the browser has no voice for that language it stays
 * silent rather than speaking the words with a wrong accent; where there is no speech
 * synthesis at all nothing happens.
 */
public class SpeakButton extends Button {

	private static final String SPEAK = """
			try {
			  const synth = window.speechSynthesis;
			  if (!synth) return;
			  const lang = $1.toLowerCase();
			  const voices = synth.getVoices();
			  const voice = voices.find(v => v.lang.toLowerCase().startsWith(lang));
			  if (voices.length > 0 && !voice) return;
			  synth.cancel();
			  const utterance = new SpeechSynthesisUtterance($0);
			  utterance.lang = $1;
			  if (voice) utterance.voice = voice;
			  synth.speak(utterance);
			} catch (e) { /* no speech here: the text is on screen */ }
			""";

	public SpeakButton(Supplier<String> text) {
		super(VaadinIcon.VOLUME_UP.create());
		addClassName("speak-button");
		addClickListener(event -> getElement().executeJs(SPEAK, text.get(), getLocale().toLanguageTag()));
	}

	/** The accessible name, in the screen language. */
	public void setLabel(String label) {
		getElement().setAttribute("aria-label", label);
		getElement().setAttribute("title", label);
	}

}
