package org.onthaal.office;

import java.util.Locale;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.onthaal.base.i18n.Translations;
import org.onthaal.base.security.CurrentUser;
import org.onthaal.staff.Role;
import org.onthaal.staff.StaffAccount;
import org.onthaal.staff.StaffDirectory;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Every back-office screen speaks the signed-in staff user's language. Set before the
 * screen is built (a UI-level before-enter listener runs before the route's components
 * are created), so texts and dates agree from the first request. The back office is
 * written in the staff languages; anyone whose screen language is another (a host board
 * in Arabic, say) reads it wholly in English rather than in a mix.
 */
@Component
class OfficeLanguage implements VaadinServiceInitListener {

	private final StaffDirectory staff;

	OfficeLanguage(StaffDirectory staff) {
		this.staff = staff;
	}

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
			Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
			// only staff have an account to read; anyone else meets the sign-in first
			if (enter.getLocation().getPath().startsWith("office") && signedIn != null
					&& (CurrentUser.hasRole(Role.HOST_NAME) || CurrentUser.hasRole(Role.MANAGER_NAME))) {
				staff.find(signedIn.getName())
					.map(StaffAccount::uiLanguage)
					.ifPresent(language -> enter.getUI().setLocale(officeLocale(language)));
			}
		}));
	}

	static Locale officeLocale(String language) {
		return Translations.STAFF_LANGUAGES.stream()
			.filter(locale -> locale.getLanguage().equals(language))
			.findFirst()
			.orElse(Locale.ENGLISH);
	}

}
