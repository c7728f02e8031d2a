package org.onthaal.checkin;

import org.jspecify.annotations.Nullable;
import org.onthaal.family.FamilyCard;

/**
 * A stored check-in: the family's cleaned nickname is what the welcome screen greets; a
 * new family also gets its card (shown once on the kiosk, the token is not kept in
 * readable form).
 */
public record CheckIn(long familyId, long visitId, String nickname, @Nullable FamilyCard card) {
}
