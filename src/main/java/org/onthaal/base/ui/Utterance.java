package org.onthaal.base.ui;

import org.jspecify.annotations.Nullable;

/**
 * One thing a speaker button says: the words, their language (a BCP-47 tag such as
 * {@code ar} or {@code nl}) and, when the words are a translation key's text, that key,
 * under which a manager may have recorded a human voice for the language.
 */
public record Utterance(String text, String lang, @Nullable String promptKey) {

	public Utterance {
		if (text.isBlank() || lang.isBlank()) {
			throw new IllegalArgumentException("An utterance needs words and a language");
		}
	}

	/** Words that are no translation key's text (a name, a number): never recorded. */
	public static Utterance unrecorded(String text, String lang) {
		return new Utterance(text, lang, null);
	}

}
