package org.onthaal.space.ui;

import java.time.Clock;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.onthaal.KaribuTest;
import org.onthaal.host.ui.HostBoardView;
import org.onthaal.office.OfficeHomeView;
import org.onthaal.space.LocationDetails;
import org.onthaal.staff.Role;
import org.onthaal.staff.TotpCodes;
import org.onthaal.staff.ui.ChangePasswordView;
import org.onthaal.staff.ui.StaffView;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.onthaal.db.Tables.AUDIT_EVENT;
import static org.onthaal.db.Tables.LOCATION;
import static org.onthaal.space.ui.OfficeTaps.tap;

/** A manager requires two-step sign-in of the managers of a place. */
class ManagersTwoFactorRuleTest extends KaribuTest {

	@Autowired
	private Clock clock;

	@Test
	void managersOfThePlaceReachOnlyEnrolmentUntilTheySwitchItOn() {
		login("mila", Role.MANAGER);
		UI.getCurrent().navigate("office/locations");
		OfficeTaps.<LocationDetails>tapInRow("locations-grid", row -> row.id() == locationId,
				"location-edit-" + locationId);
		_setValue(_get(Checkbox.class, spec -> spec.withId("location-managers-two-factor")), true);
		tap("location-save");

		assertThat(dsl.fetchValue(LOCATION.MANAGERS_NEED_TWO_FACTOR, LOCATION.ID.eq(locationId))).isTrue();
		assertThat(dsl.fetchCount(AUDIT_EVENT,
				AUDIT_EVENT.ACTION.eq("LOCATION_TWO_FACTOR_RULE_CHANGED").and(AUDIT_EVENT.ENTITY_ID.eq(locationId))))
			.isEqualTo(1);

		// from the next step on, the manager is held at enrolment
		UI.getCurrent().navigate("office/staff");
		assertThat(_find(StaffView.class)).isEmpty();
		assertThat(_get(ChangePasswordView.class)).isNotNull();
		assertThat(_find(Paragraph.class, spec -> spec.withId("two-factor-required"))).hasSize(1);

		_click(_get(Button.class, spec -> spec.withId("two-factor-start")));
		byte[] secret = TotpCodes
			.secretFromKeyText(_get(Paragraph.class, spec -> spec.withId("two-factor-secret")).getText());
		_setValue(_get(TextField.class, spec -> spec.withId("two-factor-code")),
				TotpCodes.codeAt(secret, clock.instant()));
		_click(_get(Button.class, spec -> spec.withId("two-factor-confirm")));

		UI.getCurrent().navigate("office");
		assertThat(_get(OfficeHomeView.class)).isNotNull();
	}

	@Test
	void hostsOfThePlaceAreNotHeld() {
		dsl.update(LOCATION).set(LOCATION.MANAGERS_NEED_TWO_FACTOR, true).execute();
		login("hans", Role.HOST);
		UI.getCurrent().navigate("host");
		assertThat(_get(HostBoardView.class)).isNotNull();
	}

}
