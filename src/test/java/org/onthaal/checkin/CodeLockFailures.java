package org.onthaal.checkin;

import org.jooq.DSLContext;

import static org.onthaal.db.Tables.CODE_ENTRY_LOCK;

/** How many wrong codes a kiosk's code-entry lock has counted, as stored. */
public final class CodeLockFailures {

	private CodeLockFailures() {
	}

	public static int of(DSLContext dsl, long kioskDeviceId) {
		Integer failures = dsl.fetchValue(CODE_ENTRY_LOCK.FAILURES, CODE_ENTRY_LOCK.KIOSK_DEVICE_ID.eq(kioskDeviceId));
		return failures == null ? 0 : failures;
	}

}
