package org.onthaal.space;

import org.onthaal.base.text.TypedName;

/**
 * A change the space set-up refuses, with the bundle key of the message the manager reads
 * (e.g. {@code space.zones.error.nameTaken}).
 */
public class SpaceRuleException extends RuntimeException {

	/**
	 * A name, label or reason holding a character that only hides something (control,
	 * direction, zero-width): the rule for typed names, {@link TypedName}.
	 */
	public static final String HIDDEN_CHARACTERS = "space.error.hiddenCharacters";

	private final String messageKey;

	public SpaceRuleException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}

}
