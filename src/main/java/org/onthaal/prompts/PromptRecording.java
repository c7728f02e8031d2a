package org.onthaal.prompts;

import java.time.Instant;

/** A stored recording as screens list it, without its sound. */
public record PromptRecording(long id, String promptKey, String language, String mediaType, int durationMillis,
		int sizeBytes, String recordedBy, Instant recordedAt) {

	/**
	 * Where a browser fetches it. The time makes a replaced recording a new address, so a
	 * cached old one is never played.
	 */
	public String url() {
		return PromptAudioController.PATH + id + "?v=" + recordedAt.toEpochMilli();
	}

}
