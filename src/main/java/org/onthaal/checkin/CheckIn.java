package org.onthaal.checkin;

/** A stored check-in: the family's cleaned nickname is what the welcome screen greets. */
public record CheckIn(long familyId, long visitId, String nickname) {
}
