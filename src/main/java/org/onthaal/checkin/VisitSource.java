package org.onthaal.checkin;

import org.jspecify.annotations.Nullable;

/**
 * Who checked the family in: the family itself at the kiosk (and at which paired device,
 * stored on the visit in the check-in's own insert), or a host on their behalf.
 */
public final class VisitSource {

	/** At a kiosk whose device is not known (a test, or a set-up without pairing). */
	public static final VisitSource KIOSK = new VisitSource("KIOSK", null);

	/** A host on the family's behalf, on the host board. */
	public static final VisitSource HOST = new VisitSource("HOST", null);

	private final String name;

	private final @Nullable Long kioskDeviceId;

	private VisitSource(String name, @Nullable Long kioskDeviceId) {
		this.name = name;
		this.kioskDeviceId = kioskDeviceId;
	}

	/** At this paired kiosk device. */
	public static VisitSource kiosk(long deviceId) {
		return new VisitSource(KIOSK.name, deviceId);
	}

	/** As stored in visit.source. */
	public String name() {
		return name;
	}

	public @Nullable Long kioskDeviceId() {
		return kioskDeviceId;
	}

	public boolean byHost() {
		return this == HOST;
	}

	@Override
	public String toString() {
		return kioskDeviceId == null ? name : name + "@" + kioskDeviceId;
	}

}
