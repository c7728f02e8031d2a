package org.onthaal.staff.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.onthaal.KaribuTest;
import org.onthaal.staff.FirstManagerSetup;
import org.onthaal.staff.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.onthaal.db.Tables.AUDIT_EVENT;
import static org.onthaal.db.Tables.STAFF_LOCATION;
import static org.onthaal.db.Tables.STAFF_ROLE;
import static org.onthaal.db.Tables.STAFF_USER;

class SetupViewTest extends KaribuTest {

	@Autowired
	private FirstManagerSetup setup;

	@Autowired
	private PasswordEncoder passwords;

	@Test
	void oneTimeLinkCreatesTheFirstManagerOnce() {
		String token = setup.issueToken();
		UI.getCurrent().navigate("setup/" + token);

		_setValue(_get(TextField.class, spec -> spec.withId("setup-username")), "an");
		_setValue(_get(TextField.class, spec -> spec.withId("setup-display-name")), "An Peeters");
		_setValue(_get(PasswordField.class, spec -> spec.withId("setup-password")), "koffie-en-thee-2026");
		_setValue(_get(PasswordField.class, spec -> spec.withId("setup-password-repeat")), "koffie-en-thee-2026");
		_click(_get(Button.class, spec -> spec.withId("setup-submit")));

		assertThat(_find(Paragraph.class, spec -> spec.withId("setup-done"))).hasSize(1);
		var manager = dsl.selectFrom(STAFF_USER).fetchSingle();
		assertThat(manager.getUsername()).isEqualTo("an");
		assertThat(manager.getPasswordHash()).doesNotContain("koffie-en-thee-2026");
		assertThat(passwords.matches("koffie-en-thee-2026", manager.getPasswordHash())).isTrue();
		assertThat(dsl.select(STAFF_ROLE.ROLE)
			.from(STAFF_ROLE)
			.where(STAFF_ROLE.STAFF_USER_ID.eq(manager.getId()))
			.fetch(STAFF_ROLE.ROLE)).contains(Role.MANAGER.name());
		// the first manager works at the place the installation starts with, so sees its
		// data
		assertThat(dsl.select(STAFF_LOCATION.LOCATION_ID)
			.from(STAFF_LOCATION)
			.where(STAFF_LOCATION.STAFF_USER_ID.eq(manager.getId()))
			.fetch(STAFF_LOCATION.LOCATION_ID)).containsExactly(locationId);
		assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("STAFF_CREATED"))).isEqualTo(1);

		UI.getCurrent().navigate("setup/" + token);
		assertThat(_get(Paragraph.class, spec -> spec.withId("setup-message")).getText())
			.isEqualTo(UI.getCurrent().getTranslation("setup.invalidLink"));
	}

	@Test
	void weakOrMismatchedPasswordsAreRefused() {
		UI.getCurrent().navigate("setup/" + setup.issueToken());
		_setValue(_get(TextField.class, spec -> spec.withId("setup-username")), "an");
		_setValue(_get(PasswordField.class, spec -> spec.withId("setup-password")), "kort");
		_setValue(_get(PasswordField.class, spec -> spec.withId("setup-password-repeat")), "kort");
		_click(_get(Button.class, spec -> spec.withId("setup-submit")));
		assertThat(_get(Paragraph.class, spec -> spec.withId("setup-message")).getText())
			.isEqualTo(UI.getCurrent().getTranslation("setup.error.weak"));

		_setValue(_get(PasswordField.class, spec -> spec.withId("setup-password")), "lang-genoeg-wachtwoord");
		_setValue(_get(PasswordField.class, spec -> spec.withId("setup-password-repeat")), "ander-wachtwoord-123");
		_click(_get(Button.class, spec -> spec.withId("setup-submit")));
		assertThat(_get(Paragraph.class, spec -> spec.withId("setup-message")).getText())
			.isEqualTo(UI.getCurrent().getTranslation("setup.error.mismatch"));
		assertThat(dsl.fetchCount(STAFF_USER)).isZero();
	}

	/**
	 * The set-up link follows the one password policy: 11 characters (an emoji counts as
	 * one, though Java sees two) and more than the 72 bytes bcrypt reads are both
	 * refused.
	 */
	@Test
	void theSetupLinkRefusesWhatThePasswordPolicyRefuses() {
		UI.getCurrent().navigate("setup/" + setup.issueToken());
		_setValue(_get(TextField.class, spec -> spec.withId("setup-username")), "an");
		String elevenWithEmoji = "\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00koffie-2"; // 3
																					// emoji
																					// + 8
																					// =
																					// 11
		submit(elevenWithEmoji);
		assertThat(_get(Paragraph.class, spec -> spec.withId("setup-message")).getText())
			.isEqualTo(UI.getCurrent().getTranslation("setup.error.weak"));

		submit("koffie-en-thee-".repeat(5)); // 75 bytes
		assertThat(_get(Paragraph.class, spec -> spec.withId("setup-message")).getText())
			.isEqualTo(UI.getCurrent().getTranslation("setup.error.tooLong"));
		assertThat(dsl.fetchCount(STAFF_USER)).isZero();
		assertThat(_find(Paragraph.class, spec -> spec.withId("setup-done"))).isEmpty();
	}

	private static void submit(String password) {
		_setValue(_get(PasswordField.class, spec -> spec.withId("setup-password")), password);
		_setValue(_get(PasswordField.class, spec -> spec.withId("setup-password-repeat")), password);
		_click(_get(Button.class, spec -> spec.withId("setup-submit")));
	}

	@Test
	void aGuessedTokenShowsNothingButTheInvalidMessage() {
		setup.issueToken();
		UI.getCurrent().navigate("setup/0123456789abcdef");

		assertThat(_find(TextField.class)).isEmpty();
		assertThat(_get(Paragraph.class, spec -> spec.withId("setup-message")).getText())
			.isEqualTo(UI.getCurrent().getTranslation("setup.invalidLink"));
	}

}
