package org.onthaal.staff.ui;

import java.util.List;
import java.util.Set;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import org.junit.jupiter.api.Test;
import org.onthaal.KaribuTest;
import org.onthaal.base.security.StaffRoles;
import org.onthaal.host.ui.HostBoardView;
import org.onthaal.office.OfficeHomeView;
import org.onthaal.staff.OwnAccount;
import org.onthaal.staff.Role;
import org.onthaal.staff.StaffAdministration;
import org.onthaal.staff.StaffDirectory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Someone who gave the right password but not yet the code: the code form, and nothing
 * else, neither screens nor services.
 */
class SecondStepAccessTest extends KaribuTest {

	@Autowired
	private StaffAdministration administration;

	@Autowired
	private OwnAccount ownAccount;

	@Autowired
	private StaffDirectory directory;

	@Test
	void aPasswordAloneOpensOnlyTheCodeForm() {
		staff.create("test", "an", "a-long-test-password", "An", Set.of(Role.MANAGER, Role.HOST), List.of(locationId),
				false);
		signInWithPasswordOnly("an");

		UI.getCurrent().navigate("host");
		assertThat(_find(HostBoardView.class)).isEmpty();
		assertThat(_get(SecondStepView.class)).isNotNull();
		UI.getCurrent().navigate("office");
		assertThat(_find(OfficeHomeView.class)).isEmpty();
		assertThat(_get(SecondStepView.class)).isNotNull();
		UI.getCurrent().navigate("password");
		assertThat(_find(ChangePasswordView.class)).isEmpty();

		assertThatThrownBy(administration::listStaff).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(ownAccount::uiLanguage).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> directory.find("an")).isInstanceOf(AccessDeniedException.class);
	}

	private static void signInWithPasswordOnly(String username) {
		var authorities = List.of(new SimpleGrantedAuthority("ROLE_" + StaffRoles.SECOND_STEP));
		var authentication = new UsernamePasswordAuthenticationToken(new User(username, "n/a", authorities), "n/a",
				authorities);
		SecurityContextHolder.getContext().setAuthentication(authentication);
		FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
		request.setUserPrincipalInt(authentication);
		request.setUserInRole((principal, role) -> StaffRoles.SECOND_STEP.equals(role));
	}

}
