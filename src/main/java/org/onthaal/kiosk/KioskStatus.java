package org.onthaal.kiosk;

/** How a kiosk device is doing, as the back office shows it. */
public enum KioskStatus {

	/** Registered, the pairing code not (yet) entered on the device. */
	WAITING,
	/** Paired and heard from in the last two minutes. */
	ONLINE,
	/** Paired, but not heard from for two minutes or more. */
	OFFLINE,
	/** Revoked: its token is no longer accepted. */
	REVOKED

}
