package org.onthaal.family;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

import org.onthaal.base.audit.AuditLog;
import org.onthaal.live.LiveNotifier;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way a family is erased, whether a manager asks for it (GDPR art. 17) or
 * retention finds it gone long enough, so both leave the same: no family row (nickname,
 * consent, the card's pictogram, digits and token hash), no languages, interests,
 * children or acquaintances, no audit details that name it; its visits stay, anonymous,
 * for the statistics (see {@link FamilyAdminService} for why the figures stay whole). The
 * callers record who erased and why.
 */
@Component
public class FamilyEraser {

	/** What redacted audit details say instead. */
	static final String REDACTED = "family erased";

	private final FamilyErasureRepository families;

	private final AuditLog audit;

	private final LiveNotifier live;

	FamilyEraser(FamilyErasureRepository families, AuditLog audit, LiveNotifier live) {
		this.families = families;
		this.audit = audit;
		this.live = live;
	}

	/**
	 * Erases the families, in the caller's transaction (there must be one: an erasure is
	 * all or nothing, with the caller's audit event). A family present right now leaves:
	 * its visit ends {@code now}, as if a host checked it out, so no anonymous family
	 * stays "present" for ever. Returns how many families were erased.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public int erase(Collection<Long> familyIds, OffsetDateTime now) {
		if (familyIds.isEmpty()) {
			return 0;
		}
		List<String> nicknames = families.nicknames(familyIds);
		List<FamilyErasureRepository.ClosedVisit> closed = families.closeOpenVisits(familyIds, now);
		int erased = families.delete(familyIds);
		// audit details never hold a nickname by design; should any (from older or
		// future code) name the family, that event's details go
		nicknames.stream().distinct().forEach(nickname -> audit.redactMentionsOf(nickname, REDACTED));
		closed.forEach(visit -> live.checkedOut(visit.locationId(), visit.visitId()));
		return erased;
	}

}
