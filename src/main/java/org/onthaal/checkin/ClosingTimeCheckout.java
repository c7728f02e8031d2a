package org.onthaal.checkin;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.onthaal.base.db.JobLocks;
import org.onthaal.live.LiveNotifier;
import org.onthaal.space.OpeningHoursRepository;
import org.onthaal.space.OpeningSchedule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Everyone still present is checked out at closing time. Runs every minute; a location
 * that is closed now gets its open visits closed as of its last closing time, so a server
 * that was down at noon still records the right time. Locations without opening hours are
 * left alone (not set up yet).
 *
 * <p>
 * One run is one transaction: every place closed now is checked out, or (when anything
 * fails) none is and the next minute tries again. The transaction is opened here with a
 * {@link TransactionTemplate}, not with {@code @Transactional}: the scheduler calls
 * {@link #everyMinute} on the bean itself, and an annotated method called from there
 * through {@code this} would run without one.
 */
@Component
public class ClosingTimeCheckout {

	private static final Logger log = LoggerFactory.getLogger(ClosingTimeCheckout.class);

	private final VisitRepository visits;

	private final OpeningHoursRepository hours;

	private final LiveNotifier live;

	private final TransactionTemplate transaction;

	private final Clock clock;

	/** Its lock's name: one node at a time runs it ({@link JobLocks}). */
	public static final String JOB = "closing-time";

	private final JobLocks jobLocks;

	ClosingTimeCheckout(VisitRepository visits, OpeningHoursRepository hours, LiveNotifier live,
			PlatformTransactionManager transactions, Clock clock, JobLocks jobLocks) {
		this.jobLocks = jobLocks;
		this.visits = visits;
		this.hours = hours;
		this.live = live;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${onthaal.checkout.every:PT1M}", initialDelayString = "PT30S")
	void everyMinute() {
		checkOutClosedLocations(clock.instant());
	}

	/**
	 * Returns how many visits were closed. Public with an explicit instant so tests set
	 * the time.
	 */
	public int checkOutClosedLocations(Instant now) {
		Integer closed = transaction.execute(status -> checkOutInTransaction(now));
		return closed == null ? 0 : closed;
	}

	private int checkOutInTransaction(Instant now) {
		if (!jobLocks.takeForThisTransaction(JOB)) {
			// another node is checking out this minute
			return 0;
		}
		int closed = 0;
		for (long locationId : visits.locationsWithOpenVisits()) {
			OpeningSchedule schedule = hours.schedule(locationId);
			if (!schedule.isConfigured() || schedule.isOpen(now)) {
				continue;
			}
			Instant closing = schedule.lastClosing(now).orElse(now);
			List<Long> visitIds = visits.closeAllAt(locationId, OffsetDateTime.ofInstant(closing, ZoneOffset.UTC));
			visitIds.forEach(visitId -> live.checkedOut(locationId, visitId));
			closed += visitIds.size();
			if (!visitIds.isEmpty()) {
				log.info("Closing time at location {}: checked out {} visit(s) as of {}", locationId, visitIds.size(),
						closing);
			}
		}
		return closed;
	}

}
