package org.onthaal.retention;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.onthaal.base.audit.AuditLog;
import org.onthaal.base.db.JobLocks;
import org.onthaal.family.FamilyEraser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs every night: per location, visits older than its visit period lose their family;
 * families not seen for the family period (of the most patient location they visited) are
 * erased, the same way a manager erases one ({@link FamilyEraser}). Logged in the audit
 * log.
 *
 * <p>
 * A visit period can be shorter than a family period, so by the time a family may go its
 * visits no longer say where it went. Each run therefore first writes onto each family
 * the longest family period of the places its visits (still carrying it) were at, and
 * only then makes visits anonymous; see
 * {@link RetentionRepository#rememberFamilyPeriods}.
 *
 * <p>
 * One run is one transaction (a {@link TransactionTemplate}: the scheduler calls
 * {@link #nightly} on the bean itself, where {@code @Transactional} on a method called
 * through {@code this} would do nothing): a failure half-way changes nothing, and the
 * next night tries again.
 */
@Component
public class RetentionJob {

	/** Used for families that never visited a location (registered, then nothing). */
	static final int DEFAULT_FAMILY_MONTHS = 12;

	private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

	private final RetentionRepository retention;

	private final FamilyEraser eraser;

	private final AuditLog audit;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final JobLocks jobLocks;

	/** Its lock's name: one node at a time runs it ({@link JobLocks}). */
	public static final String JOB = "retention";

	RetentionJob(RetentionRepository retention, FamilyEraser eraser, AuditLog audit,
			PlatformTransactionManager transactions, Clock clock, JobLocks jobLocks) {
		this.jobLocks = jobLocks;
		this.retention = retention;
		this.eraser = eraser;
		this.audit = audit;
		this.transaction = new TransactionTemplate(transactions);
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
	public Report run(Instant instant) {
		Report report = transaction
			.execute(status -> runInTransaction(OffsetDateTime.ofInstant(instant, ZoneOffset.UTC)));
		if (report != null && (report.visitsAnonymised() > 0 || report.familiesErased() > 0)) {
			log.info("Retention: {} visit(s) anonymised, {} famil(ies) erased", report.visitsAnonymised(),
					report.familiesErased());
		}
		return report == null ? new Report(0, 0) : report;
	}

	private Report runInTransaction(OffsetDateTime now) {
		if (!jobLocks.takeForThisTransaction(JOB)) {
			log.info("Retention: another node is running it now; this one leaves it");
			return new Report(0, 0);
		}
		retention.rememberFamilyPeriods();
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
		int erased = eraser.erase(gone, now);
		if (erased > 0) {
			audit.record("retention", "FAMILIES_ERASED", "family", null, null, Map.of("count", erased));
		}
		return new Report(visits, erased);
	}

}
