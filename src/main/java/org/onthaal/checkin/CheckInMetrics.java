package org.onthaal.checkin;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Check-ins as the operator counts them ({@code onthaal_checkins_total}, by kiosk or
 * host): counted when the check-in commits, so a check-in that was rolled back is not
 * one.
 */
@Component
class CheckInMetrics {

	private final Counter byKiosk;

	private final Counter byHost;

	CheckInMetrics(MeterRegistry registry) {
		byKiosk = Counter.builder("onthaal.checkins").tag("source", "kiosk").register(registry);
		byHost = Counter.builder("onthaal.checkins").tag("source", "host").register(registry);
	}

	void checkedIn(VisitSource source) {
		Counter counter = source.byHost() ? byHost : byKiosk;
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					counter.increment();
				}
			});
		}
		else {
			counter.increment();
		}
	}

}
