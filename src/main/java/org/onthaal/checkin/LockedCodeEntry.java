package org.onthaal.checkin;

/**
 * A kiosk of the place whose code entry is locked after wrong codes, and for how many
 * seconds more.
 */
public record LockedCodeEntry(long kioskDeviceId, String kioskName, long secondsLeft) {
}
