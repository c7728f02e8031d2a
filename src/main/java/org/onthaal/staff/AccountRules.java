package org.onthaal.staff;

import org.onthaal.base.text.TypedName;

import java.util.List;
import java.util.Set;

import org.onthaal.staff.StaffChangeRejected.Reason;

/** What every staff account must look like, however it is made or changed. */
public final class AccountRules {

	public static final List<String> UI_LANGUAGES = List.of("nl", "fr", "en");

	private static final int MAX_DISPLAY_NAME = 80;

	private AccountRules() {
	}

	public static boolean isValidUsername(String username) {
		return username.matches("[\\p{L}\\p{N}._-]{2,60}");
	}

	static String requireDisplayName(String displayName) {
		String name = TypedName.normalise(displayName);
		if (name.isEmpty() || name.length() > MAX_DISPLAY_NAME) {
			throw new StaffChangeRejected(Reason.DISPLAY_NAME_MISSING);
		}
		if (TypedName.hidesSomething(name)) {
			throw new StaffChangeRejected(Reason.DISPLAY_NAME_INVALID);
		}
		return name;
	}

	static void requireRoles(Set<Role> roles) {
		if (roles.isEmpty()) {
			throw new StaffChangeRejected(Reason.NO_ROLE);
		}
	}

	static void requireLanguage(String uiLanguage) {
		if (!UI_LANGUAGES.contains(uiLanguage)) {
			throw new StaffChangeRejected(Reason.LANGUAGE_UNKNOWN);
		}
	}

}
