package org.onthaal.checkin;

/**
 * Who checked the family in: the family itself at the kiosk, or a host on their behalf.
 */
public enum VisitSource {

	KIOSK, HOST

}
