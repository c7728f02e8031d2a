package org.onthaal.space;

/**
 * A change the space set-up refuses, with the bundle key of the message the manager reads
 * (e.g. {@code space.zones.error.nameTaken}).
 */
public class SpaceRuleException extends RuntimeException {

	private final String messageKey;

	public SpaceRuleException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}

}
