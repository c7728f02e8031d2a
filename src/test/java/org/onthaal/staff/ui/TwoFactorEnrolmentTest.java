package org.onthaal.staff.ui;

import java.time.Clock;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.onthaal.KaribuTest;
import org.onthaal.base.security.Sha256;
import org.onthaal.staff.Role;
import org.onthaal.staff.TotpCodes;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.onthaal.db.Tables.AUDIT_EVENT;
import static org.onthaal.db.Tables.STAFF_RECOVERY_CODE;
import static org.onthaal.db.Tables.STAFF_USER;

class TwoFactorEnrolmentTest extends KaribuTest {

	@Autowired
	private Clock clock;

	@Test
	void aWrongConfirmationCodeStoresNothing() {
		login("hans", Role.HOST);
		UI.getCurrent().navigate("password");
		_click(_get(Button.class, spec -> spec.withId("two-factor-start")));
		assertThat(_get(Image.class, spec -> spec.withId("two-factor-qr")).getSrc())
			.startsWith("data:image/svg+xml;base64,");
		byte[] secret = shownSecret();
		String wrong = TotpCodes.codeAt(secret, clock.instant().plusSeconds(300));

		_setValue(_get(TextField.class, spec -> spec.withId("two-factor-code")), wrong);
		_click(_get(Button.class, spec -> spec.withId("two-factor-confirm")));

		assertThat(_get(Paragraph.class, spec -> spec.withId("two-factor-message")).getText())
			.isEqualTo(UI.getCurrent().getTranslation("staff.error.TWO_FACTOR_CODE_WRONG"));
		var row = dsl.selectFrom(STAFF_USER).where(STAFF_USER.USERNAME.eq("hans")).fetchSingle();
		assertThat(row.getTotpEnabledAt()).isNull();
		assertThat(row.getTotpSecret()).isNull();
		assertThat(dsl.fetchCount(STAFF_RECOVERY_CODE)).isZero();
		assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("STAFF_TWO_FACTOR_ENABLED"))).isZero();
	}

	@Test
	void theRightCodeSwitchesItOnAndShowsTheRecoveryCodesOnce() {
		login("hans", Role.HOST);
		UI.getCurrent().navigate("password");
		assertThat(_find(UnorderedList.class, spec -> spec.withId("two-factor-recovery-codes"))).isEmpty();
		_click(_get(Button.class, spec -> spec.withId("two-factor-start")));
		byte[] secret = shownSecret();

		_setValue(_get(TextField.class, spec -> spec.withId("two-factor-code")),
				TotpCodes.codeAt(secret, clock.instant()));
		_click(_get(Button.class, spec -> spec.withId("two-factor-confirm")));

		var shown = _get(UnorderedList.class, spec -> spec.withId("two-factor-recovery-codes")).getChildren()
			.map(item -> ((ListItem) item).getText())
			.toList();
		assertThat(shown).hasSize(10).doesNotHaveDuplicates();
		var row = dsl.selectFrom(STAFF_USER).where(STAFF_USER.USERNAME.eq("hans")).fetchSingle();
		assertThat(row.getTotpEnabledAt()).isNotNull();
		assertThat(row.getTotpSecret()).isNotNull();
		var hashes = dsl.select(STAFF_RECOVERY_CODE.CODE_HASH).from(STAFF_RECOVERY_CODE).fetch(0, String.class);
		assertThat(hashes).hasSize(10)
			.containsExactlyInAnyOrderElementsOf(
					shown.stream().map(code -> Sha256.hex(code.replace("-", ""))).toList());
		assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("STAFF_TWO_FACTOR_ENABLED"))).isEqualTo(1);

		// shown once: the screen, opened again, says it is on and shows no codes
		UI.getCurrent().navigate("login");
		UI.getCurrent().navigate("password");
		assertThat(_get(Paragraph.class, spec -> spec.withId("two-factor-state")).getText())
			.isEqualTo(UI.getCurrent().getTranslation("staff.twoFactor.on"));
		assertThat(_find(UnorderedList.class, spec -> spec.withId("two-factor-recovery-codes"))).isEmpty();

		// off again, with the password
		_setValue(_get(PasswordField.class, spec -> spec.withId("two-factor-password")), "a-long-test-password");
		_click(_get(Button.class, spec -> spec.withId("two-factor-disable")));
		assertThat(dsl.fetchValue(STAFF_USER.TOTP_ENABLED_AT, STAFF_USER.USERNAME.eq("hans"))).isNull();
		assertThat(dsl.fetchCount(STAFF_RECOVERY_CODE)).isZero();
		assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("STAFF_TWO_FACTOR_DISABLED"))).isEqualTo(1);
	}

	private static byte[] shownSecret() {
		return TotpCodes.secretFromKeyText(_get(Paragraph.class, spec -> spec.withId("two-factor-secret")).getText());
	}

}
