package org.onthaal.checkin;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;
import org.onthaal.base.audit.AuditLog;
import org.onthaal.base.i18n.LanguageNames;
import org.onthaal.base.security.CurrentUser;
import org.onthaal.base.security.StaffRoles;
import org.onthaal.family.CardCode;
import org.onthaal.family.FamilyCard;
import org.onthaal.family.FamilyCards;
import org.onthaal.family.FamilyMatch;
import org.onthaal.family.FamilyRepository;
import org.onthaal.family.InterestOption;
import org.onthaal.family.InterestRepository;
import org.onthaal.family.NewFamily;
import org.onthaal.family.Nickname;
import org.onthaal.family.ReturningFamily;
import org.onthaal.live.LiveNotifier;
import org.onthaal.space.LocationService;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores check-ins. Each one is a single transaction (family, languages, interests, visit
 * and the live notification), so a failure leaves nothing half stored and the kiosk can
 * simply try again. What a host does here on a family's behalf is audited in that same
 * transaction.
 */
@Service
public class CheckInService {

	private static final int MAX_ADULTS = 20;

	private static final int MAX_CHILDREN = 30;

	private final FamilyRepository families;

	private final InterestRepository interests;

	private final FamilyCards cards;

	private final VisitRepository visits;

	private final LiveNotifier live;

	private final CheckInMetrics metrics;

	private final CodeThrottle throttle;

	private final CodeEntryLockRepository locks;

	private final AuditLog audit;

	private final LocationService locations;

	private final Clock clock;

	private final CheckInAttempts attempts;

	CheckInService(FamilyRepository families, InterestRepository interests, FamilyCards cards, VisitRepository visits,
			LiveNotifier live, CodeThrottle throttle, CodeEntryLockRepository locks, AuditLog audit,
			LocationService locations, CheckInMetrics metrics, Clock clock, CheckInAttempts attempts) {
		this.attempts = attempts;
		this.metrics = metrics;
		this.families = families;
		this.interests = interests;
		this.cards = cards;
		this.visits = visits;
		this.live = live;
		this.throttle = throttle;
		this.locks = locks;
		this.audit = audit;
		this.locations = locations;
		this.clock = clock;
	}

	/** The interest catalogue the kiosk offers, in its order. */
	@Transactional(readOnly = true)
	public List<InterestOption> interestOptions() {
		return interests.findActive();
	}

	/**
	 * The whole interest catalogue, for showing a family's interests by their labels.
	 */
	@RolesAllowed({ StaffRoles.HOST, StaffRoles.MANAGER })
	@Transactional(readOnly = true)
	public List<InterestOption> interestCatalogue() {
		return interests.findAll();
	}

	/** The languages most families at this location speak, most common first. */
	@Transactional(readOnly = true)
	public List<String> commonLanguages(long locationId, int limit) {
		return families.commonLanguagesAt(locationId, limit);
	}

	/**
	 * Checks a new family in. {@code openToMeet} is null while the family has not
	 * answered the question; that is refused, since suggesting introductions needs an
	 * explicit yes.
	 */
	@Transactional
	public CheckIn checkInNewFamily(long locationId, NewFamily family, @Nullable Boolean openToMeet,
			VisitSource source) {
		return checkInNewFamily(locationId, family, openToMeet, source, null);
	}

	/**
	 * The same, for a kiosk form with an id of its own ({@code attempt}): if that form
	 * already stored its family (its answer was lost on the way back, the page reloaded
	 * on another node and the family tapped "check in" again), that family and visit are
	 * answered again, with a new token for the card it never saw, instead of storing the
	 * family twice.
	 */
	@Transactional
	public CheckIn checkInNewFamily(long locationId, NewFamily family, @Nullable Boolean openToMeet, VisitSource source,
			@Nullable UUID attempt) {
		Optional<CheckInAttempts.Stored> stored = attempt == null ? Optional.empty() : attempts.find(attempt);
		if (stored.isPresent() && stored.get().locationId() == locationId) {
			return storedBefore(stored.get());
		}
		NewFamily cleaned = validated(family);
		if (openToMeet == null) {
			throw new CheckInRejected(CheckInRejected.Reason.MEET_MISSING);
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		long familyId = families.insert(cleaned, now);
		FamilyCard card = cards.issue(familyId);
		long visitId = openVisit(locationId, familyId, 1, cleaned.childAgeBands().size(), openToMeet, source, now);
		auditIfByHost(locationId, familyId, visitId, true, source);
		// a form id another place already used is not this place's to answer for
		if (attempt != null && stored.isEmpty()) {
			attempts.remember(attempt, locationId, familyId, visitId, now);
		}
		return new CheckIn(familyId, visitId, cleaned.nickname(), card);
	}

	private CheckIn storedBefore(CheckInAttempts.Stored stored) {
		String nickname = families.findReturning(stored.familyId())
			.map(ReturningFamily::nickname)
			.orElseThrow(() -> new IllegalStateException("A stored check-in without its family"));
		return new CheckIn(stored.familyId(), stored.visitId(), nickname, cards.reissue(stored.familyId()));
	}

	/**
	 * Identifies a family by the token a barcode scanner typed from its card's QR code.
	 * Never slowed down and never counted: a token has 128 random bits, so nobody guesses
	 * one, and the next family with a card must not wait for a guesser before them.
	 */
	@Transactional(readOnly = true)
	public CodeLookup identifyByCard(String scanned) {
		String token = scanned.strip();
		if (!token.toUpperCase(Locale.ROOT).startsWith(FamilyCard.TOKEN_PREFIX) || token.length() > 64) {
			return CodeLookup.unknown();
		}
		return families.findIdByCardToken(token)
			.flatMap(families::findReturning)
			.map(CodeLookup::found)
			.orElseGet(CodeLookup::unknown);
	}

	/**
	 * Identifies a family by pictogram and four digits. Five wrong codes lock this
	 * kiosk's code entry for a while (see {@link CodeThrottle}); while locked no code is
	 * looked up. The host board hears when a lock starts.
	 */
	@Transactional
	public CodeLookup identifyByCode(long kioskDeviceId, String pictogram, String digits) {
		long locked = throttle.secondsLocked(kioskDeviceId);
		if (locked > 0) {
			return CodeLookup.locked(locked);
		}
		Optional<ReturningFamily> family = FamilyCard.isValidCode(pictogram, digits)
				? families.findIdByCode(pictogram, digits).flatMap(families::findReturning) : Optional.empty();
		if (family.isPresent()) {
			throttle.succeeded(kioskDeviceId);
			return CodeLookup.found(family.get());
		}
		long nowLocked = throttle.failed(kioskDeviceId);
		if (nowLocked > 0) {
			locks.locationOf(kioskDeviceId).ifPresent(place -> live.codeEntryLockChanged(place, kioskDeviceId));
			return CodeLookup.locked(nowLocked);
		}
		return CodeLookup.unknown();
	}

	/** Seconds this kiosk's code entry stays locked, 0 when it is open. */
	@Transactional(readOnly = true)
	public long codeEntryLockedSeconds(long kioskDeviceId) {
		return throttle.secondsLocked(kioskDeviceId);
	}

	/** The place's kiosks whose code entry is locked now, for its host board. */
	@RolesAllowed({ StaffRoles.HOST, StaffRoles.MANAGER })
	@Transactional(readOnly = true)
	public List<LockedCodeEntry> lockedCodeEntries(long locationId) {
		locations.requireAccess(locationId);
		return locks.lockedAt(locationId, OffsetDateTime.now(clock))
			.stream()
			.map(lock -> new LockedCodeEntry(lock.kioskDeviceId(), lock.kioskName(),
					throttle.secondsUntil(lock.until())))
			.toList();
	}

	/**
	 * Families a host may check in on their behalf, found by part of the nickname (never
	 * on the kiosk).
	 */
	@RolesAllowed({ StaffRoles.HOST, StaffRoles.MANAGER })
	@Transactional(readOnly = true)
	public List<FamilyMatch> findFamilies(long locationId, String nicknamePart) {
		locations.requireAccess(locationId);
		String part = nicknamePart.strip();
		return part.isEmpty() ? List.of() : families.searchByNickname(locationId, part, 10);
	}

	/**
	 * A returning family with its last visit's answers, for the host who checks it in on
	 * its behalf.
	 */
	@RolesAllowed({ StaffRoles.HOST, StaffRoles.MANAGER })
	@Transactional(readOnly = true)
	public Optional<ReturningFamily> returningFamily(long familyId) {
		return families.findReturning(familyId);
	}

	/**
	 * The pictogram and digits of a family's card, for the host to show: looking changes
	 * nothing (the QR itself cannot be shown again, only its hash is kept).
	 */
	@RolesAllowed({ StaffRoles.HOST, StaffRoles.MANAGER })
	@Transactional(readOnly = true)
	public Optional<CardCode> cardCode(long familyId) {
		return cards.code(familyId);
	}

	/**
	 * A new QR token for a family's card, to print it: only the token's hash is stored,
	 * so the old QR stops working. The pictogram and digits stay. Audited, since the card
	 * in the family's pocket stops working.
	 */
	@RolesAllowed({ StaffRoles.HOST, StaffRoles.MANAGER })
	@Transactional
	public FamilyCard reissueCard(long locationId, long familyId) {
		locations.requireAccess(locationId);
		FamilyCard card = cards.reissue(familyId);
		audit.record(CurrentUser.username(), "CARD_REISSUED", "family", familyId, locationId, Map.of());
		return card;
	}

	/**
	 * Lets a kiosk whose code entry was locked by wrong codes take codes again at once
	 * (for a host of the kiosk's place only: an unknown kiosk or another place's is
	 * refused). Audited: it lifts a guard against guessing families' codes.
	 */
	@RolesAllowed({ StaffRoles.HOST, StaffRoles.MANAGER })
	@Transactional
	public void unlockCodeEntry(long kioskDeviceId) {
		long locationId = locks.locationOf(kioskDeviceId)
			.orElseThrow(() -> new AccessDeniedException("No kiosk " + kioskDeviceId));
		locations.requireAccess(locationId);
		locks.clear(kioskDeviceId);
		audit.record(CurrentUser.username(), "KIOSK_CODE_ENTRY_UNLOCKED", "kiosk_device", kioskDeviceId, locationId,
				Map.of());
		live.codeEntryLockChanged(locationId, kioskDeviceId);
	}

	/**
	 * Checks a known family in. {@code interestCodes} replaces the family's interests
	 * when not null. {@code openToMeet} is today's explicit answer, and becomes the
	 * family's consent; null (not answered) is refused with MEET_MISSING. Refused with
	 * ALREADY_HERE when the family is present already, also when two kiosks confirm the
	 * same card at the same moment (the database's unique index decides).
	 */
	@Transactional
	public CheckIn checkInReturning(long locationId, long familyId, int adults, int children,
			@Nullable Boolean openToMeet, @Nullable List<String> interestCodes, VisitSource source) {
		ReturningFamily family = families.findReturning(familyId)
			.orElseThrow(() -> new CheckInRejected(CheckInRejected.Reason.UNKNOWN_FAMILY));
		if (openToMeet == null) {
			throw new CheckInRejected(CheckInRejected.Reason.MEET_MISSING);
		}
		// fail closed: the screens count 1 to 20 adults and 0 to 30 children, so anything
		// else was tampered with (it used to be clamped and stored)
		if (adults < 1 || adults > MAX_ADULTS || children < 0 || children > MAX_CHILDREN) {
			throw new CheckInRejected(CheckInRejected.Reason.NOT_OFFERED);
		}
		List<String> interestsToday = interestCodes == null ? null : offeredInterests(interestCodes);
		OffsetDateTime now = OffsetDateTime.now(clock);
		long visitId = openVisit(locationId, familyId, adults, children, openToMeet, source, now);
		families.touchLastSeen(familyId, now);
		families.recordConsent(familyId, openToMeet, now);
		if (interestsToday != null) {
			families.replaceInterests(familyId, interestsToday);
		}
		auditIfByHost(locationId, familyId, visitId, false, source);
		return new CheckIn(familyId, visitId, family.nickname(), null);
	}

	/** Checks a family out; NOT_HERE when it has no open visit at this location. */
	@Transactional
	public String checkOut(long locationId, long familyId) {
		ReturningFamily family = families.findReturning(familyId)
			.orElseThrow(() -> new CheckInRejected(CheckInRejected.Reason.UNKNOWN_FAMILY));
		long visitId = visits.close(locationId, familyId, OffsetDateTime.now(clock), "KIOSK")
			.orElseThrow(() -> new CheckInRejected(CheckInRejected.Reason.NOT_HERE));
		live.checkedOut(locationId, visitId);
		return family.nickname();
	}

	private long openVisit(long locationId, long familyId, int adults, int children, boolean openToMeet,
			VisitSource source, OffsetDateTime now) {
		try {
			long visitId = visits.open(locationId, familyId, adults, children, openToMeet, source, now);
			live.checkedIn(locationId, visitId);
			metrics.checkedIn(source);
			return visitId;
		}
		catch (DuplicateKeyException ex) {
			throw new CheckInRejected(CheckInRejected.Reason.ALREADY_HERE);
		}
	}

	/**
	 * A host's check-in on a family's behalf is a staff action; the signed-in host is the
	 * actor (an anonymous caller cannot claim to be a host).
	 */
	private void auditIfByHost(long locationId, long familyId, long visitId, boolean newFamily, VisitSource source) {
		if (source.byHost()) {
			audit.record(CurrentUser.username(), "CHECKED_IN_BY_HOST", "visit", visitId, locationId,
					Map.of("familyId", familyId, "newFamily", newFamily));
		}
	}

	private NewFamily validated(NewFamily family) {
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
			.distinct()
			.toList();
		if (languages.isEmpty()) {
			throw new CheckInRejected(CheckInRejected.Reason.LANGUAGE_MISSING);
		}
		// fail closed: a code that is no language was sent by no screen (it used to be
		// dropped, or stored when it looked like one)
		if (!languages.stream().allMatch(LanguageNames::isOffered)) {
			throw new CheckInRejected(CheckInRejected.Reason.NOT_OFFERED);
		}
		if (!NewFamily.AGE_BANDS.containsAll(family.childAgeBands())) {
			throw new CheckInRejected(CheckInRejected.Reason.UNKNOWN_AGE_BAND);
		}
		for (String band : NewFamily.AGE_BANDS) {
			if (Collections.frequency(family.childAgeBands(), band) > NewFamily.MAX_CHILDREN_PER_BAND) {
				throw new CheckInRejected(CheckInRejected.Reason.NOT_OFFERED);
			}
		}
		return new NewFamily(nickname, languages, offeredInterests(family.interestCodes()), family.childAgeBands(),
				family.consentToIntroductions(), family.demo());
	}

	/**
	 * The interests as chosen, each one the catalogue offers now; anything else (an
	 * unknown code, one taken out of the catalogue) was sent by no screen and is refused,
	 * where it used to be dropped or stored.
	 */
	private List<String> offeredInterests(List<String> codes) {
		Set<String> offered = interests.findActive()
			.stream()
			.map(InterestOption::code)
			.collect(Collectors.toUnmodifiableSet());
		if (!offered.containsAll(codes)) {
			throw new CheckInRejected(CheckInRejected.Reason.NOT_OFFERED);
		}
		return codes.stream().distinct().toList();
	}

}
