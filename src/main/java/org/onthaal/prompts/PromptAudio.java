package org.onthaal.prompts;

/** A recording's sound, as it is sent to a browser. */
public record PromptAudio(String mediaType, byte[] audio) {
}
