package org.onthaal.family;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.onthaal.base.audit.AuditLog;
import org.onthaal.base.i18n.Translations;
import org.onthaal.base.security.CurrentUser;
import org.onthaal.base.security.StaffRoles;
import org.onthaal.space.LocationService;
import tools.jackson.databind.ObjectMapper;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The back office's work on families: find, correct, export (GDPR art. 15 and 20) and
 * erase (art. 17). Managers only, and only families of a meeting place they work at (see
 * {@link FamilyAdminRepository} for which families those are).
 *
 * <p>
 * <b>How the statistics stay correct after an erasure.</b> Every figure the insights and
 * the reflection show is counted from rows that do not say who the family was:
 * <ul>
 * <li>a visit keeps its meeting place, times, adults, children, open-to-meet answer,
 * source, kiosk and {@code first_visit} flag (fixed at check-in, sql/008); only its
 * {@code family_id} becomes null, exactly as retention anonymises old visits. Visits per
 * day and hour, head counts and new-versus-returning stay the same;</li>
 * <li>an introduction points at two visits, not at families, and keeps its time, reasons
 * (language, interest and age-band codes, never names), score, status, outcome and host,
 * so suggested / made / "did talk" and bridging shares stay the same;</li>
 * <li>occupancy snapshots never named families.</li>
 * </ul>
 * What goes is what identifies the family: its row (nickname, consent, the card's
 * pictogram, digits and token hash), its languages, interests, children and
 * acquaintances. Figures that need those (e.g. which languages were present) can only
 * count families still known, as after retention. Audit events keep the family's id and
 * the names of changed fields, never values; any event whose details would still name the
 * family has its details replaced.
 */
@Service
public class FamilyAdminService {

	static final String AUDIT_ENTITY = "family";

	private static final int MAX_CHILDREN = 30;

	private final FamilyAdminRepository families;

	private final FamilyRepository familyRows;

	private final LocationService locations;

	private final AuditLog audit;

	private final FamilyEraser eraser;

	private final Translations translations;

	private final ObjectMapper json;

	private final Clock clock;

	FamilyAdminService(FamilyAdminRepository families, FamilyRepository familyRows, LocationService locations,
			AuditLog audit, FamilyEraser eraser, Translations translations, ObjectMapper json, Clock clock) {
		this.families = families;
		this.familyRows = familyRows;
		this.locations = locations;
		this.audit = audit;
		this.eraser = eraser;
		this.translations = translations;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Families of this place whose nickname contains the text, or whose card has these
	 * four digits (and this pictogram, when given). Nothing without a search: the list of
	 * every family is never shown.
	 */
	@RolesAllowed(StaffRoles.MANAGER)
	@Transactional(readOnly = true)
	public List<FamilySummary> search(long locationId, String text, @Nullable String pictogram, int offset, int limit) {
		locations.requireAccess(locationId);
		String cleaned = text.strip();
		if (cleaned.isEmpty() && pictogram == null) {
			return List.of();
		}
		return families.search(locationId, everywhere(), cleaned, pictogram, offset, limit);
	}

	@RolesAllowed(StaffRoles.MANAGER)
	@Transactional(readOnly = true)
	public int count(long locationId, String text, @Nullable String pictogram) {
		locations.requireAccess(locationId);
		String cleaned = text.strip();
		if (cleaned.isEmpty() && pictogram == null) {
			return 0;
		}
		return families.count(locationId, everywhere(), cleaned, pictogram);
	}

	@RolesAllowed(StaffRoles.MANAGER)
	@Transactional(readOnly = true)
	public FamilyDetails details(long locationId, long familyId) {
		requireFamily(locationId, familyId);
		return families.details(familyId).orElseThrow(() -> new AccessDeniedException("No family " + familyId));
	}

	/** The interests a family can have: the catalogue, and retired ones it still has. */
	@RolesAllowed(StaffRoles.MANAGER)
	@Transactional(readOnly = true)
	public List<InterestOption> interestOptions(long locationId, long familyId) {
		requireFamily(locationId, familyId);
		return families.interestOptions(familyId);
	}

	/**
	 * Stores a manager's correction; only what changed is written and audited (by field
	 * name, never by value). Refused with {@link OptimisticLockingFailureException} when
	 * the family changed since the manager opened it (another manager, or the family at
	 * the kiosk), with {@link FamilyEditRejected} when a value is not acceptable.
	 */
	@RolesAllowed(StaffRoles.MANAGER)
	@Transactional
	public FamilyDetails update(long locationId, long familyId, FamilyEdit edit) {
		requireFamily(locationId, familyId);
		FamilyDetails current = families.details(familyId).orElseThrow(FamilyAdminService::conflict);
		if (current.version() != edit.version()) {
			throw conflict();
		}
		String nickname = nickname(edit.nickname());
		List<String> languages = languages(edit.languages());
		if (!NewFamily.AGE_BANDS.containsAll(edit.childAgeBands())) {
			throw new FamilyEditRejected(FamilyEditRejected.Reason.UNKNOWN_AGE_BAND);
		}
		if (edit.childAgeBands().size() > MAX_CHILDREN) {
			throw new FamilyEditRejected(FamilyEditRejected.Reason.TOO_MANY_CHILDREN);
		}
		List<String> interests = families.knownInterests(edit.interestCodes().stream().distinct().toList());
		List<String> childAgeBands = edit.childAgeBands().stream().sorted().toList();

		List<String> changed = new ArrayList<>();
		if (!nickname.equals(current.nickname())) {
			changed.add("nickname");
		}
		if (!languages.equals(current.languages())) {
			changed.add("languages");
		}
		if (!sameSet(interests, current.interestCodes())) {
			changed.add("interests");
		}
		if (!childAgeBands.equals(current.childAgeBands())) {
			changed.add("children");
		}
		if (edit.consent() != current.consent()) {
			changed.add("consent");
		}
		if (changed.isEmpty()) {
			return current;
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		if (!families.updateRow(familyId, edit.version(), nickname, edit.consent(), changed.contains("consent"), now)) {
			throw conflict();
		}
		if (changed.contains("languages")) {
			familyRows.setLanguages(familyId, languages);
		}
		if (changed.contains("interests")) {
			familyRows.setInterests(familyId, interests);
		}
		if (changed.contains("children")) {
			families.replaceChildren(familyId, childAgeBands, now);
		}
		audit.record(CurrentUser.username(), "FAMILY_UPDATED", AUDIT_ENTITY, familyId, locationId,
				Map.of("fields", changed));
		return families.details(familyId).orElseThrow(FamilyAdminService::conflict);
	}

	/**
	 * Erases the family everywhere (GDPR art. 17); see the class comment for what stays
	 * and why the statistics do not change. A family present right now is checked out
	 * first.
	 */
	@RolesAllowed(StaffRoles.MANAGER)
	@Transactional
	public void erase(long locationId, long familyId) {
		requireFamily(locationId, familyId);
		if (eraser.erase(List.of(familyId), OffsetDateTime.now(clock)) == 0) {
			throw conflict();
		}
		// the family's id only: a nickname in the audit log would outlive the erasure
		audit.record(CurrentUser.username(), "FAMILY_ERASED", AUDIT_ENTITY, familyId, locationId, Map.of());
	}

	/**
	 * Everything stored about the family, as pretty-printed JSON (GDPR art. 15 and 20).
	 * Interest labels are in {@code language}; the export is audited.
	 */
	@RolesAllowed(StaffRoles.MANAGER)
	@Transactional
	public byte[] exportJson(long locationId, long familyId, Locale language) {
		return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(export(locationId, familyId, language));
	}

	@RolesAllowed(StaffRoles.MANAGER)
	@Transactional
	public FamilyExport export(long locationId, long familyId, Locale language) {
		requireFamily(locationId, familyId);
		FamilyDetails family = families.details(familyId).orElseThrow(FamilyAdminService::conflict);
		audit.record(CurrentUser.username(), "FAMILY_EXPORTED", AUDIT_ENTITY, familyId, locationId, Map.of());
		List<FamilyExport.Language> languages = families.exportLanguages(familyId)
			.stream()
			.map(l -> new FamilyExport.Language(l.rank(), l.code(), Translations.nativeName(l.code())))
			.toList();
		List<FamilyExport.Interest> interests = families.exportInterests(familyId)
			.stream()
			.map(i -> new FamilyExport.Interest(i.code(), interestLabel(i, language)))
			.toList();
		List<FamilyExport.Acquaintance> acquaintances = families.exportAcquaintances(familyId);
		FamilyExport.Card card = family.cardPictogram() == null || family.cardDigits() == null ? null
				: new FamilyExport.Card(family.cardPictogram(), family.cardDigits());
		return new FamilyExport(FamilyExport.ABOUT, OffsetDateTime.now(clock),
				new FamilyExport.Profile(family.id(), family.nickname(), family.createdAt(), family.lastSeenAt()),
				languages, interests, family.childAgeBands(),
				new FamilyExport.Consent(family.consent(), family.consentAt()), card, families.exportVisits(familyId),
				families.exportIntroductions(familyId), acquaintances.size(), acquaintances,
				families.exportAuditEvents(familyId));
	}

	private String interestLabel(FamilyAdminRepository.StoredInterest interest, Locale language) {
		String own = interest.labels().get(language.getLanguage());
		if (own != null && !own.isBlank()) {
			return own;
		}
		String key = "interest." + interest.code();
		String built = translations.getTranslation(key, language);
		if (!built.equals("!" + key)) {
			return built;
		}
		return interest.labels().values().stream().filter(Objects::nonNull).findFirst().orElse(interest.code());
	}

	private void requireFamily(long locationId, long familyId) {
		locations.requireAccess(locationId);
		if (!families.isVisibleAt(familyId, locationId, everywhere())) {
			throw new AccessDeniedException("Family " + familyId + " did not visit location " + locationId);
		}
	}

	/**
	 * Whether the signed-in manager works at every meeting place; never for one who works
	 * at none, even while there are no places at all.
	 */
	private boolean everywhere() {
		int mine = locations.locationsFor(CurrentUser.username()).size();
		return mine > 0 && mine >= locations.allLocations().size();
	}

	private static String nickname(String raw) {
		try {
			return Nickname.clean(raw);
		}
		catch (Nickname.Rejected ex) {
			throw new FamilyEditRejected(switch (ex.problem()) {
				case EMPTY -> FamilyEditRejected.Reason.NICKNAME_EMPTY;
				case TOO_LONG -> FamilyEditRejected.Reason.NICKNAME_TOO_LONG;
				case INVALID -> FamilyEditRejected.Reason.NICKNAME_INVALID;
			});
		}
	}

	private static List<String> languages(List<String> raw) {
		List<String> languages = raw.stream().map(code -> code.strip().toLowerCase(Locale.ROOT)).distinct().toList();
		if (languages.isEmpty()) {
			throw new FamilyEditRejected(FamilyEditRejected.Reason.LANGUAGE_MISSING);
		}
		if (!languages.stream().allMatch(code -> code.matches("[a-z]{2,3}"))) {
			throw new FamilyEditRejected(FamilyEditRejected.Reason.LANGUAGE_UNKNOWN);
		}
		return languages;
	}

	private static boolean sameSet(List<String> a, List<String> b) {
		return a.size() == b.size() && a.containsAll(b);
	}

	private static OptimisticLockingFailureException conflict() {
		return new OptimisticLockingFailureException("The family changed in the meantime");
	}

}
