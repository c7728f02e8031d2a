package org.onthaal.office;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNav;
import org.junit.jupiter.api.Test;
import org.onthaal.KaribuTest;
import org.onthaal.staff.Role;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OfficeLayoutTest extends KaribuTest {

	@Test
	void managerSeesTheBackOfficeFramedByItsMenu() {
		login("mila", Role.MANAGER);
		UI.getCurrent().navigate("office");
		assertThat(_get(OfficeHomeView.class)).isNotNull();
		assertThat(_get(OfficeLayout.class)).isNotNull();
		assertThat(_get(SideNav.class).getItems()).hasSize(14);
		assertThat(LocatorJ._find(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withClasses("office-tile")))
			.hasSize(10);
	}

	@Test
	void aManagerWhoSignsInLandsInTheBackOffice() {
		login("mila", Role.MANAGER);
		UI.getCurrent().navigate("");
		assertThat(_get(OfficeHomeView.class)).isNotNull();
	}

	@Test
	void aHostCannotOpenTheBackOffice() {
		login("hans", Role.HOST);
		assertThatThrownBy(() -> UI.getCurrent().navigate("office")).isInstanceOf(MockAccessDeniedException.class);
	}

	@Test
	void theBackOfficeIsInAStaffLanguageOrWhollyInEnglish() {
		assertThat(OfficeLanguage.officeLocale("fr")).isEqualTo(java.util.Locale.forLanguageTag("fr"));
		assertThat(OfficeLanguage.officeLocale("ar")).isEqualTo(java.util.Locale.ENGLISH);
		login("mila", Role.MANAGER);
		dsl.update(org.onthaal.db.Tables.STAFF_USER)
			.set(org.onthaal.db.Tables.STAFF_USER.UI_LANGUAGE, "ar")
			.where(org.onthaal.db.Tables.STAFF_USER.USERNAME.eq("mila"))
			.execute();
		UI.getCurrent().navigate("office");
		assertThat(UI.getCurrent().getLocale()).isEqualTo(java.util.Locale.ENGLISH);
	}

	@Test
	void idleSignOutEndsTheSession() {
		login("mila", Role.MANAGER);
		UI.getCurrent().navigate("office");
		_get(OfficeLayout.class).signOutIdle();
		assertThat(org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication())
			.isNull();
	}

}
