package org.onthaal.staff.ui;

import java.util.List;
import java.util.Set;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.onthaal.KaribuTest;
import org.onthaal.staff.Role;
import org.onthaal.staff.StaffChangeRejected;
import org.onthaal.staff.StaffAdministration;
import org.onthaal.staff.StaffMember;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onthaal.db.Tables.AUDIT_EVENT;
import static org.onthaal.db.Tables.STAFF_LOCATION;
import static org.onthaal.db.Tables.STAFF_RECOVERY_CODE;
import static org.onthaal.db.Tables.STAFF_ROLE;
import static org.onthaal.db.Tables.STAFF_USER;

class StaffViewTest extends KaribuTest {

	@Autowired
	private StaffAdministration administration;

	@Autowired
	private PasswordEncoder passwords;

	@Test
	void managerCreatesAColleagueWithAGeneratedPassword() {
		login("mila", Role.MANAGER);
		UI.getCurrent().navigate("office/staff");
		_click(_get(Button.class, spec -> spec.withId("staff-add")));

		_setValue(_get(TextField.class, spec -> spec.withId("staff-username")), "sara");
		_setValue(_get(TextField.class, spec -> spec.withId("staff-display-name")), "Sara Janssens");
		_setValue(roles(), Set.of(Role.HOST, Role.MANAGER));
		_setValue(language(), "fr");
		// the manager's only meeting place is chosen already
		assertThat(locations().getValue()).extracting(location -> location.id()).containsExactly(locationId);
		_click(_get(Button.class, spec -> spec.withId("staff-generate")));
		String generated = _get(PasswordField.class, spec -> spec.withId("staff-password")).getValue();
		assertThat(generated).matches("([bdfghjkmnprstvz][aeiou]){2}(-([bdfghjkmnprstvz][aeiou]){2}){3}-[2-9]{2}");
		assertThat(_get(Paragraph.class, spec -> spec.withId("staff-generated")).getElement().getTextRecursively())
			.contains(generated);
		_click(_get(Button.class, spec -> spec.withId("staff-save")));

		var sara = dsl.selectFrom(STAFF_USER).where(STAFF_USER.USERNAME.eq("sara")).fetchSingle();
		assertThat(sara.getDisplayName()).isEqualTo("Sara Janssens");
		assertThat(sara.getUiLanguage()).isEqualTo("fr");
		assertThat(sara.getActive()).isTrue();
		assertThat(sara.getMustChangePassword()).isTrue();
		assertThat(passwords.matches(generated, sara.getPasswordHash())).isTrue();
		assertThat(dsl.fetchValues(STAFF_ROLE.ROLE, STAFF_ROLE.STAFF_USER_ID.eq(sara.getId())))
			.containsExactlyInAnyOrder("HOST", "MANAGER");
		assertThat(dsl.fetchValues(STAFF_LOCATION.LOCATION_ID, STAFF_LOCATION.STAFF_USER_ID.eq(sara.getId())))
			.containsExactly(locationId);
		var audit = dsl.selectFrom(AUDIT_EVENT)
			.where(AUDIT_EVENT.ACTION.eq("STAFF_CREATED"))
			.and(AUDIT_EVENT.ENTITY_ID.eq(sara.getId()))
			.fetchSingle();
		assertThat(audit.getActor()).isEqualTo("mila");
		assertThat(audit.getDetails().data()).contains("sara").doesNotContain(generated);
		assertThat(_find(StaffDialog.class)).isEmpty();
		assertThat(rows()).extracting(StaffMember::username).containsExactly("mila", "sara");
	}

	@Test
	void formExplainsWhatIsWrongInTheManagersLanguage() {
		login("mila", Role.MANAGER);
		UI.getCurrent().navigate("office/staff");
		_click(_get(Button.class, spec -> spec.withId("staff-add")));
		_setValue(_get(TextField.class, spec -> spec.withId("staff-username")), "mila");
		_setValue(_get(TextField.class, spec -> spec.withId("staff-display-name")), "Mila twee");
		PasswordField password = _get(PasswordField.class, spec -> spec.withId("staff-password"));
		_setValue(password, "kort");
		_click(_get(Button.class, spec -> spec.withId("staff-save")));
		assertThat(password.isInvalid()).isTrue();
		assertThat(password.getErrorMessage()).isEqualTo("Gebruik minstens 12 tekens.");

		_setValue(password, "lang-genoeg-wachtwoord");
		_click(_get(Button.class, spec -> spec.withId("staff-save")));
		TextField username = _get(TextField.class, spec -> spec.withId("staff-username"));
		assertThat(username.isInvalid()).isTrue();
		assertThat(username.getErrorMessage()).isEqualTo("Deze gebruikersnaam is al in gebruik. Kies een andere.");
		assertThat(dsl.fetchCount(STAFF_USER)).isEqualTo(1);
	}

	@Test
	void deactivatingAsksFirstAndStopsTheSignIn() {
		long hans = staff.create("test", "hans", "a-long-test-password", "Hans", Set.of(Role.HOST), List.of(locationId),
				false);
		login("mila", Role.MANAGER);
		UI.getCurrent().navigate("office/staff");
		openEdit("hans");
		_click(_get(Button.class, spec -> spec.withId("staff-deactivate")));
		// nothing happens before the manager confirms
		assertThat(dsl.fetchValue(STAFF_USER.ACTIVE, STAFF_USER.ID.eq(hans))).isTrue();
		_click(_get(Button.class, spec -> spec.withId("staff-confirm")));

		assertThat(dsl.fetchValue(STAFF_USER.ACTIVE, STAFF_USER.ID.eq(hans))).isFalse();
		assertThat(dsl.fetchValue(STAFF_USER.VERSION, STAFF_USER.ID.eq(hans))).isEqualTo(1);
		assertThat(dsl.fetchCount(AUDIT_EVENT,
				AUDIT_EVENT.ACTION.eq("STAFF_DEACTIVATED").and(AUDIT_EVENT.ENTITY_ID.eq(hans))))
			.isEqualTo(1);
		assertThat(rows()).filteredOn(member -> member.username().equals("hans"))
			.singleElement()
			.extracting(StaffMember::active)
			.isEqualTo(false);

		openEdit("hans");
		_click(_get(Button.class, spec -> spec.withId("staff-reactivate")));
		_click(_get(Button.class, spec -> spec.withId("staff-confirm")));
		assertThat(dsl.fetchValue(STAFF_USER.ACTIVE, STAFF_USER.ID.eq(hans))).isTrue();
		assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("STAFF_REACTIVATED"))).isEqualTo(1);
	}

	@Test
	void resetPasswordShowsATemporaryOneOnceAndForcesAChange() {
		long hans = staff.create("test", "hans", "a-long-test-password", "Hans", Set.of(Role.HOST), List.of(locationId),
				false);
		String oldHash = dsl.fetchValue(STAFF_USER.PASSWORD_HASH, STAFF_USER.ID.eq(hans));
		login("mila", Role.MANAGER);
		UI.getCurrent().navigate("office/staff");
		openEdit("hans");
		_click(_get(Button.class, spec -> spec.withId("staff-reset")));
		_click(_get(Button.class, spec -> spec.withId("staff-confirm")));

		String temporary = _get(Span.class, spec -> spec.withId("staff-temporary-password")).getText();
		var row = dsl.selectFrom(STAFF_USER).where(STAFF_USER.ID.eq(hans)).fetchSingle();
		assertThat(row.getMustChangePassword()).isTrue();
		assertThat(row.getPasswordHash()).isNotEqualTo(oldHash);
		assertThat(passwords.matches(temporary, row.getPasswordHash())).isTrue();
		assertThat(passwords.matches("a-long-test-password", row.getPasswordHash())).isFalse();
		var audit = dsl.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.ACTION.eq("STAFF_PASSWORD_RESET")).fetchSingle();
		assertThat(audit.getEntityId()).isEqualTo(hans);
		assertThat(audit.getDetails().data()).doesNotContain(temporary);

		_click(_get(Button.class, spec -> spec.withId("staff-temporary-close")));
		assertThat(_find(Span.class, spec -> spec.withId("staff-temporary-password"))).isEmpty();
		assertThat(nameCellText("hans")).contains("moet nieuw wachtwoord kiezen");
	}

	@Test
	void aResetAlsoSwitchesTwoStepSignInOffForWhoLostTheirPhone() {
		long hans = staff.create("test", "hans", "a-long-test-password", "Hans", Set.of(Role.HOST), List.of(locationId),
				false);
		dsl.update(STAFF_USER)
			.set(STAFF_USER.TOTP_SECRET, "plain:AAAA")
			.set(STAFF_USER.TOTP_ENABLED_AT, java.time.OffsetDateTime.now())
			.where(STAFF_USER.ID.eq(hans))
			.execute();
		dsl.insertInto(STAFF_RECOVERY_CODE, STAFF_RECOVERY_CODE.STAFF_USER_ID, STAFF_RECOVERY_CODE.CODE_HASH)
			.values(hans, "0".repeat(64))
			.execute();
		login("mila", Role.MANAGER);
		UI.getCurrent().navigate("office/staff");
		openEdit("hans");
		_click(_get(Button.class, spec -> spec.withId("staff-reset")));
		_click(_get(Button.class, spec -> spec.withId("staff-confirm")));

		var row = dsl.selectFrom(STAFF_USER).where(STAFF_USER.ID.eq(hans)).fetchSingle();
		assertThat(row.getTotpEnabledAt()).isNull();
		assertThat(row.getTotpSecret()).isNull();
		assertThat(dsl.fetchCount(STAFF_RECOVERY_CODE)).isZero();
		assertThat(dsl.fetchValue(AUDIT_EVENT.DETAILS, AUDIT_EVENT.ACTION.eq("STAFF_PASSWORD_RESET")).data())
			.contains("twoFactorSwitchedOff");
	}

	@Test
	void aManagerCannotDeactivateThemselves() {
		login("mila", Role.MANAGER);
		UI.getCurrent().navigate("office/staff");
		openEdit("mila");
		assertThat(_get(Button.class, spec -> spec.withId("staff-deactivate")).isEnabled()).isFalse();

		StaffMember me = administration.listStaff().get(0);
		assertThatThrownBy(() -> administration.deactivate(me.id(), me.version()))
			.isInstanceOf(StaffChangeRejected.class)
			.extracting(ex -> ((StaffChangeRejected) ex).reason())
			.isEqualTo(StaffChangeRejected.Reason.SELF_DEACTIVATION);
		assertThat(dsl.fetchValue(STAFF_USER.ACTIVE, STAFF_USER.USERNAME.eq("mila"))).isTrue();
	}

	@Test
	void editingSavesNameRolesAndLanguageAndRefusesAStaleVersion() {
		long hans = staff.create("test", "hans", "a-long-test-password", "Hans", Set.of(Role.HOST), List.of(locationId),
				false);
		login("mila", Role.MANAGER);
		UI.getCurrent().navigate("office/staff");
		openEdit("hans");
		_setValue(_get(TextField.class, spec -> spec.withId("staff-display-name")), "Hans Peeters");
		_setValue(language(), "en");
		_click(_get(Button.class, spec -> spec.withId("staff-save")));

		var row = dsl.selectFrom(STAFF_USER).where(STAFF_USER.ID.eq(hans)).fetchSingle();
		assertThat(row.getDisplayName()).isEqualTo("Hans Peeters");
		assertThat(row.getUiLanguage()).isEqualTo("en");
		assertThat(row.getVersion()).isEqualTo(1);
		assertThat(dsl.selectFrom(AUDIT_EVENT)
			.where(AUDIT_EVENT.ACTION.eq("STAFF_UPDATED"))
			.fetchSingle()
			.getDetails()
			.data()).contains("displayName", "uiLanguage");

		// someone else saves in between
		openEdit("hans");
		dsl.update(STAFF_USER)
			.set(STAFF_USER.DISPLAY_NAME, "Hans P.")
			.set(STAFF_USER.VERSION, 2)
			.where(STAFF_USER.ID.eq(hans))
			.execute();
		NotificationsKt.clearNotifications();
		_setValue(roles(), Set.of(Role.HOST, Role.MANAGER));
		_click(_get(Button.class, spec -> spec.withId("staff-save")));
		NotificationsKt.expectNotifications(UI.getCurrent().getTranslation("office.conflict"));
		assertThat(dsl.fetchValues(STAFF_ROLE.ROLE, STAFF_ROLE.STAFF_USER_ID.eq(hans))).containsExactly("HOST");
		// the dialog is open again with what is stored now
		assertThat(_get(TextField.class, spec -> spec.withId("staff-display-name")).getValue()).isEqualTo("Hans P.");
	}

	@Test
	void demoAccountsCarryATag() {
		staff.create("demo", "demo-host", "demo-password-123", "Demo host", Set.of(Role.HOST), List.of(locationId),
				true);
		login("mila", Role.MANAGER);
		UI.getCurrent().navigate("office/staff");
		assertThat(nameCellText("demo-host")).contains("demo");
		assertThat(nameCellText("mila")).doesNotContain("demo");
	}

	@SuppressWarnings("unchecked")
	private static Grid<StaffMember> grid() {
		return _get(Grid.class, spec -> spec.withId("staff-grid"));
	}

	private static List<StaffMember> rows() {
		Grid<StaffMember> grid = grid();
		return GridKt._fetch(grid, 0, GridKt._size(grid));
	}

	private static int rowOf(String username) {
		List<StaffMember> rows = rows();
		for (int i = 0; i < rows.size(); i++) {
			if (rows.get(i).username().equals(username)) {
				return i;
			}
		}
		throw new AssertionError("no row for " + username);
	}

	private static void openEdit(String username) {
		_click((Button) GridKt._getCellComponent(grid(), rowOf(username), "actions"));
	}

	private static String nameCellText(String username) {
		return GridKt._getCellComponent(grid(), rowOf(username), "name").getElement().getTextRecursively();
	}

	@SuppressWarnings("unchecked")
	private static CheckboxGroup<Role> roles() {
		return _get(CheckboxGroup.class, spec -> spec.withId("staff-roles"));
	}

	@SuppressWarnings("unchecked")
	private static Select<String> language() {
		return _get(Select.class, spec -> spec.withId("staff-language"));
	}

	@SuppressWarnings("unchecked")
	private static MultiSelectComboBox<org.onthaal.space.LocationSummary> locations() {
		return _get(MultiSelectComboBox.class, spec -> spec.withId("staff-locations"));
	}

}
