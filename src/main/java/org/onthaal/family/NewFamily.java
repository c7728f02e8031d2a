package org.onthaal.family;

import java.util.List;

/**
 * What a new family tells the kiosk (or a host on their behalf). Languages are ISO 639
 * codes in the order the family ranks them; children are age bands only.
 */
public record NewFamily(String nickname, List<String> languages, List<String> interestCodes, List<String> childAgeBands,
		boolean consentToIntroductions, boolean demo) {

	/** Children's age bands, youngest first. */
	public static final List<String> AGE_BANDS = List.of("0-1", "1-2", "2-3", "3-4", "4-6", "6+");

	/** The most children of one age band the forms count. */
	public static final int MAX_CHILDREN_PER_BAND = 9;

	public NewFamily {
		languages = List.copyOf(languages);
		interestCodes = List.copyOf(interestCodes);
		childAgeBands = List.copyOf(childAgeBands);
	}

}
