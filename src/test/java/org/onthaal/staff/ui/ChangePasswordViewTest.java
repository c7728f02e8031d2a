package org.onthaal.staff.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import org.junit.jupiter.api.Test;
import org.onthaal.KaribuTest;
import org.onthaal.office.OfficeHomeView;
import org.onthaal.staff.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.onthaal.db.Tables.AUDIT_EVENT;
import static org.onthaal.db.Tables.LOGIN_FAILURE;
import static org.onthaal.db.Tables.STAFF_USER;

class ChangePasswordViewTest extends KaribuTest {

	/** The password KaribuTest.login gives every user it creates. */
	private static final String CURRENT = "a-long-test-password";

	@Autowired
	private PasswordEncoder passwords;

	@Test
	void aTemporaryPasswordMustBeReplacedBeforeAnyOtherScreen() {
		login("mila", Role.MANAGER);
		dsl.update(STAFF_USER).set(STAFF_USER.MUST_CHANGE_PASSWORD, true).execute();

		UI.getCurrent().navigate("office");
		assertThat(_get(ChangePasswordView.class)).isNotNull();
		assertThat(_find(OfficeHomeView.class)).isEmpty();
		assertThat(_find(Paragraph.class, spec -> spec.withId("password-must-change"))).hasSize(1);
		UI.getCurrent().navigate("office/staff");
		assertThat(_find(StaffView.class)).isEmpty();

		change(CURRENT, "een-eigen-wachtwoord-2026", "een-eigen-wachtwoord-2026");

		var row = dsl.selectFrom(STAFF_USER).where(STAFF_USER.USERNAME.eq("mila")).fetchSingle();
		assertThat(row.getMustChangePassword()).isFalse();
		assertThat(passwords.matches("een-eigen-wachtwoord-2026", row.getPasswordHash())).isTrue();
		assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("STAFF_PASSWORD_CHANGED"))).isEqualTo(1);
		assertThat(dsl.fetchValue(AUDIT_EVENT.DETAILS, AUDIT_EVENT.ACTION.eq("STAFF_PASSWORD_CHANGED")).data())
			.doesNotContain("een-eigen-wachtwoord-2026");
		// on to the back office, and it stays open now
		assertThat(_get(OfficeHomeView.class)).isNotNull();
		UI.getCurrent().navigate("office/staff");
		assertThat(_get(StaffView.class)).isNotNull();
	}

	@Test
	void theNewPasswordIsLongDifferentAndTypedTwice() {
		login("hans", Role.HOST);
		UI.getCurrent().navigate("password");
		String before = dsl.fetchValue(STAFF_USER.PASSWORD_HASH, STAFF_USER.USERNAME.eq("hans"));

		change(CURRENT, "kort", "kort");
		assertThat(message()).isEqualTo("Gebruik minstens 12 tekens.");
		change(CURRENT, CURRENT, CURRENT);
		assertThat(message()).isEqualTo("Kies een ander wachtwoord dan het huidige.");
		change(CURRENT, "een-eigen-wachtwoord-2026", "een-ander-wachtwoord-2026");
		assertThat(message()).isEqualTo("De twee nieuwe wachtwoorden zijn niet hetzelfde.");
		change("niet-mijn-wachtwoord", "een-eigen-wachtwoord-2026", "een-eigen-wachtwoord-2026");
		assertThat(message()).isEqualTo("Het huidige wachtwoord klopt niet.");
		// a wrong current password counts like a failed sign-in
		assertThat(dsl.fetchCount(LOGIN_FAILURE, LOGIN_FAILURE.USERNAME.eq("hans"))).isEqualTo(1);
		assertThat(dsl.fetchValue(STAFF_USER.PASSWORD_HASH, STAFF_USER.USERNAME.eq("hans"))).isEqualTo(before);

		change(CURRENT, "een-eigen-wachtwoord-2026", "een-eigen-wachtwoord-2026");
		assertThat(message()).isEmpty();
		assertThat(passwords.matches("een-eigen-wachtwoord-2026",
				dsl.fetchValue(STAFF_USER.PASSWORD_HASH, STAFF_USER.USERNAME.eq("hans"))))
			.isTrue();
		// nobody forced this change: the page stays, with its way back
		assertThat(_get(ChangePasswordView.class)).isNotNull();
	}

	@Test
	void staffChooseTheLanguageOfTheirScreens() {
		login("hans", Role.HOST);
		UI.getCurrent().navigate("password");
		@SuppressWarnings("unchecked")
		Select<String> language = _get(Select.class, spec -> spec.withId("password-language"));
		assertThat(language.getValue()).isEqualTo("nl");
		_setValue(language, "fr");

		assertThat(dsl.fetchValue(STAFF_USER.UI_LANGUAGE, STAFF_USER.USERNAME.eq("hans"))).isEqualTo("fr");
		assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("STAFF_UPDATED"))).isEqualTo(1);
		UI.getCurrent().navigate("password");
		assertThat(_get(Button.class, spec -> spec.withId("password-save")).getText())
			.isEqualTo("Changer le mot de passe");
	}

	private static void change(String current, String fresh, String confirm) {
		_setValue(_get(PasswordField.class, spec -> spec.withId("password-current")), current);
		_setValue(_get(PasswordField.class, spec -> spec.withId("password-new")), fresh);
		_setValue(_get(PasswordField.class, spec -> spec.withId("password-confirm")), confirm);
		_click(_get(Button.class, spec -> spec.withId("password-save")));
	}

	private static String message() {
		return _get(Paragraph.class, spec -> spec.withId("password-message")).getText();
	}

}
