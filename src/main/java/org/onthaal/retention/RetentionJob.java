package org.onthaal.retention;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.onthaal.base.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs every night: per location, visits older than its visit period lose their family;
 * families not seen for the family period (of the most patient location they visited) are
 * erased. Logged in the audit log.
 */
@Component
public class RetentionJob {

	/** Used for families that never visited a location (registered, then nothing). */
	static final int DEFAULT_FAMILY_MONTHS = 12;

	private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

	private final RetentionRepository retention;

	private final AuditLog audit;

	private final Clock clock;

	RetentionJob(RetentionRepository retention, AuditLog audit, Clock clock) {
		this.retention = retention;
		this.audit = audit;
		this.clock = clock;
	}

	/** What one run did. */
	public record Report(int visitsAnonymised, int familiesErased) {
	}

	@Scheduled(cron = "${onthaal.retention.cron:0 15 3 * * *}")
	void nightly() {
		run(clock.instant());
	}

	/** Public with an explicit instant so tests choose the day. */
	@Transactional
	public Report run(Instant instant) {
		OffsetDateTime now = OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
		int visits = 0;
		for (RetentionRepository.Periods periods : retention.periods()) {
			int anonymised = retention.anonymiseVisits(periods.locationId(), now.minusMonths(periods.visitMonths()));
			if (anonymised > 0) {
				audit.record("retention", "VISITS_ANONYMISED", "visit", null, periods.locationId(),
						Map.of("count", anonymised, "olderThanMonths", periods.visitMonths()));
			}
			visits += anonymised;
		}
		List<Long> gone = retention.familiesGoneSince(now, DEFAULT_FAMILY_MONTHS);
		int erased = retention.eraseFamilies(gone);
		if (erased > 0) {
			audit.record("retention", "FAMILIES_ERASED", "family", null, null, Map.of("count", erased));
		}
		if (visits > 0 || erased > 0) {
			log.info("Retention: {} visit(s) anonymised, {} famil(ies) erased", visits, erased);
		}
		return new Report(visits, erased);
	}

}
