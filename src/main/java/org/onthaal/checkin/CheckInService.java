package org.onthaal.checkin;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.onthaal.family.FamilyRepository;
import org.onthaal.family.NewFamily;
import org.onthaal.family.Nickname;
import org.onthaal.live.LiveNotifier;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores check-ins. Each one is a single transaction (family, languages, interests, visit
 * and the live notification), so a failure leaves nothing half stored and the kiosk can
 * simply try again.
 */
@Service
public class CheckInService {

	private final FamilyRepository families;

	private final VisitRepository visits;

	private final LiveNotifier live;

	private final Clock clock;

	CheckInService(FamilyRepository families, VisitRepository visits, LiveNotifier live, Clock clock) {
		this.families = families;
		this.visits = visits;
		this.live = live;
		this.clock = clock;
	}

	/**
	 * Checks a new family in. {@code openToMeet} is null while the family has not
	 * answered the question; that is refused, since suggesting introductions needs an
	 * explicit yes.
	 */
	@Transactional
	public CheckIn checkInNewFamily(long locationId, NewFamily family, @Nullable Boolean openToMeet,
			VisitSource source) {
		NewFamily cleaned = validated(family);
		if (openToMeet == null) {
			throw new CheckInRejected(CheckInRejected.Reason.MEET_MISSING);
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		long familyId = families.insert(cleaned, now);
		long visitId = openVisit(locationId, familyId, 1, cleaned.childAgeBands().size(), openToMeet, source, now);
		return new CheckIn(familyId, visitId, cleaned.nickname());
	}

	private long openVisit(long locationId, long familyId, int adults, int children, boolean openToMeet,
			VisitSource source, OffsetDateTime now) {
		try {
			long visitId = visits.open(locationId, familyId, adults, children, openToMeet, source, now);
			live.checkedIn(locationId, visitId);
			return visitId;
		}
		catch (DuplicateKeyException ex) {
			throw new CheckInRejected(CheckInRejected.Reason.ALREADY_HERE);
		}
	}

	private static NewFamily validated(NewFamily family) {
		String nickname;
		try {
			nickname = Nickname.clean(family.nickname());
		}
		catch (Nickname.Rejected ex) {
			throw new CheckInRejected(switch (ex.problem()) {
				case EMPTY -> CheckInRejected.Reason.NICKNAME_EMPTY;
				case TOO_LONG -> CheckInRejected.Reason.NICKNAME_TOO_LONG;
				case INVALID -> CheckInRejected.Reason.NICKNAME_INVALID;
			});
		}
		List<String> languages = family.languages()
			.stream()
			.map(code -> code.trim().toLowerCase(Locale.ROOT))
			.filter(code -> code.matches("[a-z]{2,3}"))
			.distinct()
			.toList();
		if (languages.isEmpty()) {
			throw new CheckInRejected(CheckInRejected.Reason.LANGUAGE_MISSING);
		}
		if (!NewFamily.AGE_BANDS.containsAll(family.childAgeBands())) {
			throw new CheckInRejected(CheckInRejected.Reason.UNKNOWN_AGE_BAND);
		}
		return new NewFamily(nickname, languages, family.interestCodes().stream().distinct().toList(),
				family.childAgeBands(), family.consentToIntroductions(), family.demo());
	}

}
