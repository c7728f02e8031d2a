package org.onthaal.base.ui;

import org.jspecify.annotations.Nullable;

/**
 * One thing a speaker button says: the words, their language (a BCP-47 tag such as
 * {@code ar} or {@code nl}) and, when the words are a translation key's text, that key,
 * under which a manager may have recorded a human voice for the language.
 */
public record Utterance(String text, String lang, @Nullable String promptKey, @Nullable String liveFrom) {

	public Utterance {
		if (text.isBlank() || lang.isBlank()) {
			throw new IllegalArgumentException("An utterance needs words and a language");
		}
	}

	public Utterance(String text, String lang, @Nullable String promptKey) {
		this(text, lang, promptKey, null);
	}

	/**
	 * Words that change in the browser (a countdown): read as the element with this id
	 * shows them at the moment they are spoken; {@code text} is what it showed first.
	 */
	public static Utterance live(String elementId, String text, String lang) {
		return new Utterance(text, lang, null, elementId);
	}

	/** Words that are no translation key's text (a name, a number): never recorded. */
	public static Utterance unrecorded(String text, String lang) {
		return new Utterance(text, lang, null);
	}

}
