package org.onthaal.kiosk;

/** A paired, not revoked kiosk device: the meeting place it serves. */
public record PairedKiosk(long deviceId, long locationId, String name) {
}
