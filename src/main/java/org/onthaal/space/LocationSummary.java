package org.onthaal.space;

import java.time.ZoneId;
import java.util.List;

/** A meeting place as screens need it. */
public record LocationSummary(long id, String name, ZoneId timeZone, List<String> kioskLanguages,
		String defaultLanguage, boolean demo, int retentionFamilyMonths) {
}
