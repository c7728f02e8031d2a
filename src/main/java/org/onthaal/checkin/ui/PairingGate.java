package org.onthaal.checkin.ui;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.onthaal.base.i18n.Translations;
import org.onthaal.checkin.VisitSource;
import org.onthaal.kiosk.KioskPairing;
import org.onthaal.kiosk.PairedKiosk;
import org.onthaal.space.LocationService;
import org.onthaal.space.LocationSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;

/**
 * Which meeting place this device serves, if any. Only a paired device serves check-in:
 * the kiosk recognises itself by the device token in its cookie. An unpaired, unknown or
 * revoked device serves nothing and sees only the pairing screen.
 */
final class PairingGate {

	/** What the kiosk can do right now. */
	enum State {

		/** The database was away: the kiosk says so and reloads itself in a moment. */
		UNREACHABLE,
		/** No device token, an unknown one, or a revoked device. */
		UNPAIRED,
		/** Paired, but its place is gone. */
		NOT_SET_UP,
		/** Paired with a place: check-in is served. */
		SERVING

	}

	private static final Logger log = LoggerFactory.getLogger(PairingGate.class);

	private final transient KioskPairing pairing;

	private final transient LocationService locations;

	private @Nullable PairedKiosk device;

	private @Nullable LocationSummary location;

	PairingGate(KioskPairing pairing, LocationService locations) {
		this.pairing = pairing;
		this.locations = locations;
	}

	/** The device token from the cookie; null when there is none. */
	State recognise(@Nullable String token) {
		try {
			PairedKiosk found = pairing.recognise(token).orElse(null);
			return found == null ? State.UNPAIRED : paired(found);
		}
		catch (DataAccessException | TransactionException ex) {
			// the database is away (restart, network): say so calmly and try again
			log.warn("Kiosk opened while the database is unreachable: {}", ex.getMessage());
			return State.UNREACHABLE;
		}
	}

	/** Just paired on the pairing screen, or recognised by its cookie. */
	State paired(PairedKiosk kiosk) {
		device = kiosk;
		location = locations.allLocations()
			.stream()
			.filter(candidate -> candidate.id() == kiosk.locationId())
			.findFirst()
			.orElse(null);
		return location == null ? State.NOT_SET_UP : State.SERVING;
	}

	/** Revoked while open: this device serves nothing any more. */
	void forget() {
		device = null;
		location = null;
	}

	boolean isPaired() {
		return device != null;
	}

	/**
	 * True once this device was revoked in the back office. When the database cannot say,
	 * the kiosk goes on: storing a check-in would fail anyway.
	 */
	boolean revoked() {
		PairedKiosk paired = device;
		if (paired == null) {
			return true;
		}
		try {
			return !pairing.stillPaired(paired.deviceId());
		}
		catch (DataAccessException | TransactionException ex) {
			log.warn("Kiosk could not check its pairing: {}", ex.getMessage());
			return false;
		}
	}

	KioskPairing pairing() {
		return pairing;
	}

	LocationSummary place() {
		if (location == null) {
			throw new IllegalStateException("The kiosk has no location");
		}
		return location;
	}

	/**
	 * The place's screen languages; every language the kiosk speaks when it names none.
	 */
	List<Locale> screenLanguages() {
		List<Locale> offered = place().kioskLanguages().stream().map(Locale::forLanguageTag).toList();
		return offered.isEmpty() ? Translations.SCREEN_LANGUAGES : offered;
	}

	/**
	 * This device, noted on the visit by the check-in itself (one insert, one
	 * transaction).
	 */
	VisitSource visitSource() {
		PairedKiosk paired = device;
		return paired == null ? VisitSource.KIOSK : VisitSource.kiosk(paired.deviceId());
	}

	/** This device: code guessing is slowed down per kiosk device. */
	long deviceId() {
		PairedKiosk paired = device;
		if (paired == null) {
			throw new IllegalStateException("An unpaired kiosk never looks families up");
		}
		return paired.deviceId();
	}

}
