package org.onthaal.host;

/** "Did they talk?", a while after the host introduced two families. */
public record OutcomePrompt(long introductionId, String firstNickname, String secondNickname) {
}
