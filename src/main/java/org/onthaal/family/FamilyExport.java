package org.onthaal.family;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Everything Onthaal holds about one family, as the family may ask for it (GDPR art. 15)
 * and take it elsewhere (art. 20). Other families appear only as {@link #ANOTHER_FAMILY}:
 * their data is theirs. The card's token hash is left out: it is a lock, not information
 * about the family.
 */
public record FamilyExport(String about, OffsetDateTime exportedAt, Profile family, List<Language> languages,
		List<Interest> interests, List<String> childAgeBands, Consent consent, @Nullable Card card, List<Visit> visits,
		List<Introduction> introductions, int acquaintanceCount, List<Acquaintance> acquaintances,
		List<Event> auditEvents) {

	public static final String ANOTHER_FAMILY = "another family";

	public static final String ABOUT = "Onthaal: everything stored about one family (GDPR art. 15 and 20)";

	public record Profile(long id, String nickname, OffsetDateTime createdAt, OffsetDateTime lastSeenAt) {
	}

	/** {@code rank} 1 is the language spoken most at home. */
	public record Language(int rank, String code, String name) {
	}

	public record Interest(String code, String label) {
	}

	public record Consent(boolean introductions, @Nullable OffsetDateTime answeredAt) {
	}

	public record Card(String pictogram, String digits) {
	}

	public record Visit(String location, OffsetDateTime checkedInAt, @Nullable OffsetDateTime checkedOutAt, int adults,
			int children, boolean openToMeet, String source, boolean firstVisit) {
	}

	public record Introduction(String location, OffsetDateTime suggestedAt, @Nullable OffsetDateTime decidedAt,
			String status, @Nullable String outcome, String with) {
	}

	public record Acquaintance(OffsetDateTime since, String source, String with) {
	}

	/** What staff did with the family's data; who did it is staff data and left out. */
	public record Event(OffsetDateTime occurredAt, String action, Map<String, Object> details) {
	}

}
