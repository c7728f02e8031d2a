package org.onthaal.host.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.onthaal.base.i18n.LanguageNames;
import org.onthaal.base.i18n.Translations;
import org.onthaal.base.ui.SpeakButton;
import org.onthaal.base.ui.Speech;
import org.onthaal.host.Greetings;
import org.onthaal.host.PresentFamily;

/**
 * A greeting in the family's first language for the host to say: the word in its own
 * script, how to say it in Latin letters when the script is another one, and a speaker
 * that says it with a device voice of that language (the kiosk's player: crossed out
 * where the tablet has no such voice, never another language's voice). Nothing shows for
 * a language whose greeting is not written yet.
 */
@StyleSheet("styles/host-conversation.css")
public class GreetingView extends Div {

	private final SpeakButton speaker = new SpeakButton();

	public GreetingView(PresentFamily family) {
		addClassName("greeting");
		setId("greeting-" + family.familyId());
		setVisible(false);
		if (family.languages().isEmpty()) {
			return;
		}
		String code = family.languages().getFirst();
		Greetings.in(code).ifPresent(greeting -> {
			String language = languageName(code);
			Span label = new Span(getTranslation("host.greeting.label", language));
			label.addClassName("greeting-label");
			Span word = new Span(greeting.word());
			word.addClassName("greeting-word");
			word.getElement().setAttribute("lang", code);
			word.getElement()
				.setAttribute("dir", Translations.isRightToLeft(Locale.forLanguageTag(code)) ? "rtl" : "ltr");
			add(label, word);
			if (greeting.transliteration() != null) {
				Span latin = new Span(greeting.transliteration());
				latin.addClassName("greeting-latin");
				latin.getElement().setAttribute("lang", code + "-Latn");
				add(latin);
			}
			speaker.setId("greeting-" + family.familyId() + "-speak");
			speaker.say(List.of(Speech.words(greeting.word(), Locale.forLanguageTag(code))));
			speaker.setLabels(getTranslation("host.greeting.speak", greeting.word()),
					getTranslation("host.greeting.noVoice", language));
			add(speaker);
			setVisible(true);
		});
	}

	SpeakButton speaker() {
		return speaker;
	}

	private String languageName(String code) {
		String name = LanguageNames.forReader(code, getLocale());
		return name.isBlank() ? LanguageNames.own(code) : name;
	}

}
