package org.onthaal.family;

import java.util.List;

/**
 * A manager's correction of a family, made on {@code version}. Languages in the family's
 * order, children as one age band per child.
 */
public record FamilyEdit(int version, String nickname, List<String> languages, List<String> interestCodes,
		List<String> childAgeBands, boolean consent) {

	public FamilyEdit {
		languages = List.copyOf(languages);
		interestCodes = List.copyOf(interestCodes);
		childAgeBands = List.copyOf(childAgeBands);
	}

}
