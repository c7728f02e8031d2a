package org.onthaal.space;

import java.time.ZoneId;
import java.util.List;

/**
 * A meeting place as the back office edits it; {@code version} guards against two
 * managers saving over each other.
 */
public record LocationDetails(long id, String name, ZoneId timeZone, List<String> kioskLanguages,
		String defaultLanguage, int retentionVisitMonths, int retentionFamilyMonths, boolean active, boolean demo,
		int version, boolean managersNeedTwoFactor, CardPrint cardPrint) {

	public LocationDetails {
		kioskLanguages = List.copyOf(kioskLanguages);
	}

	public LocationForm toForm() {
		return new LocationForm(name, timeZone, kioskLanguages, defaultLanguage, retentionVisitMonths,
				retentionFamilyMonths, active, managersNeedTwoFactor, cardPrint);
	}

}
