package org.onthaal.family;

import org.jspecify.annotations.Nullable;

/** A family a host found by nickname, to check it in or print its card. */
public record FamilyMatch(long familyId, String nickname, @Nullable String cardPictogram, @Nullable String cardDigits,
		boolean presentHere) {
}
