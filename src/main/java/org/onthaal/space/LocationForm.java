package org.onthaal.space;

import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

import org.onthaal.base.i18n.Translations;
import org.onthaal.base.text.TypedName;

/**
 * What a manager enters for a meeting place: the kiosk's languages in the order the kiosk
 * offers them, and one of them as the language the kiosk starts in. The name is made as
 * {@link TypedName} makes typed names. {@code managersNeedTwoFactor}: the place's
 * managers must sign in in two steps. {@code cardPrint}: whether (and on what) the kiosk
 * prints a new family's card.
 */
public record LocationForm(String name, ZoneId timeZone, List<String> kioskLanguages, String defaultLanguage,
		int retentionVisitMonths, int retentionFamilyMonths, boolean active, boolean managersNeedTwoFactor,
		CardPrint cardPrint) {

	public static final int NAME_MAX = 120;

	public static final int RETENTION_MIN = 1;

	public static final int RETENTION_MAX = 120;

	public LocationForm {
		name = TypedName.normalise(name);
		kioskLanguages = List.copyOf(kioskLanguages);
	}

	/** Refuses what the database or the kiosk could not work with. */
	void validate() {
		if (name.isEmpty() || name.length() > NAME_MAX) {
			throw new SpaceRuleException("space.locations.error.name");
		}
		if (TypedName.hidesSomething(name)) {
			throw new SpaceRuleException(SpaceRuleException.HIDDEN_CHARACTERS);
		}
		List<String> offered = Translations.SCREEN_LANGUAGES.stream().map(Locale::getLanguage).toList();
		if (kioskLanguages.isEmpty() || !offered.containsAll(kioskLanguages)
				|| new HashSet<>(kioskLanguages).size() != kioskLanguages.size()) {
			throw new SpaceRuleException("space.locations.error.languages");
		}
		if (!kioskLanguages.contains(defaultLanguage)) {
			throw new SpaceRuleException("space.locations.error.defaultLanguage");
		}
		if (outOfRange(retentionVisitMonths) || outOfRange(retentionFamilyMonths)) {
			throw new SpaceRuleException("space.locations.error.retention");
		}
	}

	private static boolean outOfRange(int months) {
		return months < RETENTION_MIN || months > RETENTION_MAX;
	}

}
