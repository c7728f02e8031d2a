package org.onthaal.space;

import java.time.ZoneId;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A fresh deployment needs one meeting place before its kiosk can welcome anyone. Runs
 * after the demo seeder, which brings its own location.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 10)
class DefaultLocationBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DefaultLocationBootstrap.class);

	private final LocationRepository locations;

	private final String name;

	private final ZoneId timeZone;

	DefaultLocationBootstrap(LocationRepository locations,
			@Value("${onthaal.location.default-name:Onthaal}") String name,
			@Value("${onthaal.location.default-time-zone:Europe/Brussels}") String timeZone) {
		this.locations = locations;
		this.name = name;
		this.timeZone = ZoneId.of(timeZone);
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!locations.exists()) {
			long id = locations.create(name, timeZone, false);
			log.info("Created the first location '{}' (id {}, {})", name, id, timeZone);
		}
	}

}
