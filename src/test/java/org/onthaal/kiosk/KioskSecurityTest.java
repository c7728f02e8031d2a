package org.onthaal.kiosk;

import java.time.ZoneId;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.onthaal.KaribuTest;
import org.onthaal.kiosk.ui.KiosksView;
import org.onthaal.staff.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onthaal.db.Tables.KIOSK_DEVICE;

/**
 * Who may do what with kiosk devices: managers of the place only; hosts and anonymous
 * visitors never; the device itself only pairs and opens the kiosk.
 */
class KioskSecurityTest extends KaribuTest {

	@Autowired
	private KioskDeviceService devices;

	@Test
	void aHostCannotOpenTheKiosksScreen() {
		login("hans", Role.HOST);
		assertThatThrownBy(() -> UI.getCurrent().navigate("office/kiosks"))
			.isInstanceOf(MockAccessDeniedException.class);
	}

	@Test
	void aHostCannotCallAnyManagerMethod() {
		TestKiosks.Paired kiosk = TestKiosks.pair(ctx, locationId);
		login("hans", Role.HOST);

		assertThatThrownBy(() -> devices.devices(locationId)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> devices.register(locationId, "Stiekem")).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> devices.renewCode(kiosk.deviceId())).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> devices.revoke(kiosk.deviceId())).isInstanceOf(AccessDeniedException.class);
		assertThat(dsl.fetchCount(KIOSK_DEVICE)).isEqualTo(1);
		assertThat(dsl.fetchValue(KIOSK_DEVICE.REVOKED_AT)).isNull();
	}

	@Test
	void aManagerCannotTouchKiosksOfAnotherPlace() {
		long elsewhere = locations.create("Elders", ZoneId.of("Europe/Brussels"), false);
		TestKiosks.Paired kiosk = TestKiosks.pair(ctx, elsewhere);
		login("mila", Role.MANAGER);

		assertThatThrownBy(() -> devices.devices(elsewhere)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> devices.register(elsewhere, "Stiekem")).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> devices.revoke(kiosk.deviceId())).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> devices.renewCode(kiosk.deviceId())).isInstanceOf(AccessDeniedException.class);
		assertThat(dsl.fetchValue(KIOSK_DEVICE.REVOKED_AT)).isNull();
	}

	@Test
	void anonymousCannotCallManagerMethods() {
		assertThatThrownBy(() -> devices.register(locationId, "Stiekem")).isInstanceOfAny(AccessDeniedException.class,
				AuthenticationException.class);
		assertThatThrownBy(() -> devices.devices(locationId)).isInstanceOfAny(AccessDeniedException.class,
				AuthenticationException.class);
		assertThat(dsl.fetchCount(KIOSK_DEVICE)).isZero();
	}

	@Test
	void anonymousReachesTheKioskWhichShowsPairingButNotTheKiosksScreen() {
		UI.getCurrent().navigate("kiosk");
		assertThat(_find(TextField.class, spec -> spec.withId("kiosk-pair-code"))).hasSize(1);

		try {
			UI.getCurrent().navigate("office/kiosks");
		}
		catch (MockAccessDeniedException expected) {
			// either refused outright or sent to the login screen: never the screen
			// itself
		}
		assertThat(_find(KiosksView.class)).isEmpty();
	}

}
