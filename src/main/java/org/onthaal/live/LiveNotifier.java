package org.onthaal.live;

import java.time.Clock;

import org.jooq.DSLContext;

import org.springframework.stereotype.Component;

/**
 * Sends a change into PostgreSQL's notification channel. Call it inside the transaction
 * that makes the change: PostgreSQL delivers the notification only when that transaction
 * commits, so a screen never hears of a check-in that was rolled back.
 */
@Component
public class LiveNotifier {

	static final String CHANNEL = "onthaal_live";

	private final DSLContext dsl;

	private final Clock clock;

	LiveNotifier(DSLContext dsl, Clock clock) {
		this.dsl = dsl;
		this.clock = clock;
	}

	public void checkedIn(long locationId, long visitId) {
		send(new LiveChange(LiveChange.Kind.CHECK_IN, locationId, visitId));
	}

	public void checkedOut(long locationId, long visitId) {
		send(new LiveChange(LiveChange.Kind.CHECK_OUT, locationId, visitId));
	}

	public void introductionChanged(long locationId, long introductionId) {
		send(new LiveChange(LiveChange.Kind.INTRODUCTION, locationId, introductionId));
	}

	public void codeEntryLockChanged(long locationId, long kioskDeviceId) {
		send(new LiveChange(LiveChange.Kind.CODE_ENTRY_LOCK, locationId, kioskDeviceId));
	}

	public void weightsChanged(long locationId) {
		send(new LiveChange(LiveChange.Kind.WEIGHTS, locationId, locationId));
	}

	private void send(LiveChange change) {
		LiveChange sent = new LiveChange(change.kind(), change.locationId(), change.entityId(), clock.millis());
		dsl.execute("select pg_notify({0}, {1})", CHANNEL, sent.toPayload());
	}

}
