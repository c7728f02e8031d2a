package org.onthaal.live;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Health "liveListener" (the bean name less "HealthIndicator"): up while this node's
 * LISTEN connection is. Part of readiness: a node that hears no live updates serves
 * boards that no longer follow the kiosks, so a proxy should send new sessions elsewhere
 * until it listens again.
 */
@Component("liveListenerHealthIndicator")
class LiveListenerHealth implements HealthIndicator {

	private final LiveListener listener;

	LiveListenerHealth(LiveListener listener) {
		this.listener = listener;
	}

	@Override
	public Health health() {
		return listener.isListening() ? Health.up().build() : Health.down().build();
	}

}
