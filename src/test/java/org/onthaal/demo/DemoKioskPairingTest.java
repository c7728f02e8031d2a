package org.onthaal.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.onthaal.KaribuTest;
import org.onthaal.kiosk.DemoPairingCodes;
import org.onthaal.kiosk.KioskSecretsForTests;
import org.onthaal.space.LocationRepository;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onthaal.db.Tables.KIOSK_DEVICE;

/**
 * Demo mode keeps one unpaired demo kiosk with a fresh day-long code at the demo place;
 * outside demo mode (as in tests) the runner does not exist.
 */
class DemoKioskPairingTest extends KaribuTest {

	@Autowired
	private LocationRepository locationRepository;

	@Autowired
	private DemoPairingCodes pairing;

	@Test
	void outsideDemoModeNoDemoKioskIsMade() {
		assertThat(ctx.getBeansOfType(DemoKioskPairing.class)).isEmpty();
		assertThat(dsl.fetchCount(KIOSK_DEVICE)).isZero();
	}

	@Test
	void eachStartKeepsOneUnpairedDemoKioskWithAFreshCodeValidADay() {
		long demoPlace = locationRepository.create("De Speelboot (demo)", ZoneId.of("Europe/Brussels"), true);
		clock.setTo(Instant.parse("2026-12-01T14:00:00Z"));
		DemoKioskPairing runner = new DemoKioskPairing(locationRepository, pairing, "http://localhost:8080/");

		runner.run(new DefaultApplicationArguments());
		var first = dsl.selectFrom(KIOSK_DEVICE).fetchSingle();
		assertThat(first.getLocationId()).isEqualTo(demoPlace);
		assertThat(first.getName()).isEqualTo(DemoKioskPairing.DEMO_KIOSK);
		assertThat(first.getPairedAt()).isNull();
		assertThat(first.getPairingExpiresAt().toInstant()).isEqualTo(clock.instant().plus(Duration.ofHours(24)));

		runner.run(new DefaultApplicationArguments());
		var second = dsl.selectFrom(KIOSK_DEVICE).fetchSingle();
		assertThat(second.getId()).isEqualTo(first.getId());
		assertThat(second.getPairingCodeHash()).isNotEqualTo(first.getPairingCodeHash());
		assertThat(second.getPairingCodeHash()).hasSize(KioskSecretsForTests.sha256("x").length());
	}

}
