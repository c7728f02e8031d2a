package org.onthaal.demo;

import java.time.Duration;

import org.onthaal.kiosk.DemoPairingCodes;
import org.onthaal.kiosk.PairingCodeIssued;
import org.onthaal.space.LocationRepository;
import org.onthaal.space.LocationSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: a kiosk serves check-in only once it is paired, so someone trying the
 * app needs a pairing code at once. At every start this keeps one unpaired "Demo kiosk"
 * at the demo place and logs a fresh code for it, valid a day, next to the demo
 * passwords. Never runs outside demo mode.
 */
@Component
@ConditionalOnBooleanProperty("onthaal.demo.enabled")
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class DemoKioskPairing implements ApplicationRunner {

	static final String DEMO_KIOSK = "Demo kiosk";

	static final Duration CODE_VALID = Duration.ofHours(24);

	private static final Logger log = LoggerFactory.getLogger(DemoKioskPairing.class);

	private final LocationRepository locations;

	private final DemoPairingCodes pairing;

	private final String publicUrl;

	DemoKioskPairing(LocationRepository locations, DemoPairingCodes pairing,
			@Value("${onthaal.public-url:http://localhost:8080}") String publicUrl) {
		this.locations = locations;
		this.pairing = pairing;
		this.publicUrl = publicUrl.replaceAll("/+$", "");
	}

	@Override
	public void run(ApplicationArguments args) {
		locations.findAll().stream().filter(LocationSummary::demo).findFirst().ifPresent(place -> {
			PairingCodeIssued issued = pairing.issue(place.id(), DEMO_KIOSK, CODE_VALID);
			log.warn("Demo mode: open {}/kiosk and pair it with the code {} (valid 24 hours, once; "
					+ "more kiosks: back office, Kiosks)", publicUrl, issued.grouped());
		});
	}

}
