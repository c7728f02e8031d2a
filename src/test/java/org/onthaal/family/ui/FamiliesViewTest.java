package org.onthaal.family.ui;

import java.time.ZoneId;
import java.util.List;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onthaal.KaribuTest;
import org.onthaal.audit.AuditService;
import org.onthaal.checkin.CheckIn;
import org.onthaal.checkin.CheckInService;
import org.onthaal.family.FamilyAdminService;
import org.onthaal.family.FamilyEdit;
import org.onthaal.family.FamilySummary;
import org.onthaal.host.HostBoardService;
import org.onthaal.staff.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onthaal.db.Tables.AUDIT_EVENT;
import static org.onthaal.db.Tables.FAMILY;
import static org.onthaal.db.Tables.FAMILY_LANGUAGE;

/** Finding and correcting families in the back office. */
class FamiliesViewTest extends KaribuTest {

	@Autowired
	private CheckInService checkIns;

	@Autowired
	private HostBoardService hostBoard;

	@Autowired
	private FamilyAdminService familyAdmin;

	@Autowired
	private AuditService auditService;

	private FamilySeeds seeds;

	private CheckIn zeynep;

	@BeforeEach
	void twoFamilies() {
		seeds = new FamilySeeds(checkIns, hostBoard);
		zeynep = seeds.newFamily(locationId, "Zeynep", List.of("tr", "nl"), List.of("cooking"), List.of("2-3"));
		seeds.newFamily(locationId, "Marleen", List.of("nl"), List.of(), List.of());
	}

	@Test
	void nothingIsListedBeforeASearchThenANicknamePartFindsTheFamilyInAnyCase() {
		login("mila", Role.MANAGER);
		UI.getCurrent().navigate("office/families");
		assertThat(_find(Grid.class, spec -> spec.withId("families-grid"))).as("no list of every family").isEmpty();
		assertThat(_get(Paragraph.class, spec -> spec.withId("families-empty")).getText())
			.isEqualTo(UI.getCurrent().getTranslation("families.hint"));

		_setValue(search(), "EYN");

		assertThat(GridKt._size(grid())).isEqualTo(1);
		assertThat(GridKt._get(grid(), 0).nickname()).isEqualTo("Zeynep");
		assertThat(GridKt._getFormatted(grid(), 0, "languages")).isEqualTo("Türkçe, Nederlands");
		assertThat(GridKt._getFormatted(grid(), 0, "children")).isEqualTo("2-3");
		assertThat(GridKt._getFormatted(grid(), 0, "visits")).isEqualTo("1");
		assertThat(GridKt._getFormatted(grid(), 0, "consent")).isEqualTo("Ja");
	}

	@Test
	void theCardsPictogramAndDigitsFindTheFamily() {
		login("mila", Role.MANAGER);
		UI.getCurrent().navigate("office/families");

		_setValue(search(), zeynep.card().digits());
		@SuppressWarnings("unchecked")
		Select<String> pictogram = _get(Select.class, spec -> spec.withId("families-pictogram"));
		_setValue(pictogram, zeynep.card().pictogram());

		assertThat(GridKt._size(grid())).isEqualTo(1);
		assertThat(GridKt._get(grid(), 0).id()).isEqualTo(zeynep.familyId());
	}

	@Test
	void familiesThatNeverVisitedThisPlaceAreNotFoundNorOpened() {
		long elsewhere = locations.create("Elders", ZoneId.of("Europe/Brussels"), false);
		CheckIn stranger = seeds.newFamily(elsewhere, "Zeynab", List.of("ar"), List.of(), List.of());
		login("mila", Role.MANAGER);
		UI.getCurrent().navigate("office/families");

		_setValue(search(), "zeyn");

		assertThat(GridKt._size(grid())).isEqualTo(1);
		assertThat(GridKt._get(grid(), 0).nickname()).isEqualTo("Zeynep");
		assertThatThrownBy(() -> familyAdmin.details(locationId, stranger.familyId()))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> familyAdmin.erase(locationId, stranger.familyId()))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> familyAdmin.details(elsewhere, stranger.familyId())).as("mila does not work at Elders")
			.isInstanceOf(AccessDeniedException.class);
		assertThat(dsl.fetchCount(FAMILY, FAMILY.ID.eq(stranger.familyId()))).isEqualTo(1);
	}

	@Test
	void correctingTheNicknameAndLanguageOrderIsStoredAndAuditedByFieldName() {
		login("mila", Role.MANAGER);
		openZeynep();

		_setValue(_get(TextField.class, spec -> spec.withId("family-nickname")), "Zeynep K.");
		_click(_get(Button.class, spec -> spec.withId("family-language-up-nl")));
		_click(_get(Button.class, spec -> spec.withId("family-save")));

		assertThat(dsl.fetchValue(FAMILY.NICKNAME, FAMILY.ID.eq(zeynep.familyId()))).isEqualTo("Zeynep K.");
		assertThat(dsl.select(FAMILY_LANGUAGE.LANGUAGE_CODE)
			.from(FAMILY_LANGUAGE)
			.where(FAMILY_LANGUAGE.FAMILY_ID.eq(zeynep.familyId()))
			.orderBy(FAMILY_LANGUAGE.RANK)
			.fetch(FAMILY_LANGUAGE.LANGUAGE_CODE)).containsExactly("nl", "tr");
		var event = dsl.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.ACTION.eq("FAMILY_UPDATED")).fetchSingle();
		assertThat(event.getEntityId()).isEqualTo(zeynep.familyId());
		assertThat(event.getActor()).isEqualTo("mila");
		assertThat(event.getLocationId()).isEqualTo(locationId);
		assertThat(event.getDetails().data()).contains("nickname", "languages").doesNotContain("Zeynep");
		assertThat(GridKt._get(grid(), 0).nickname()).as("the list shows the correction").isEqualTo("Zeynep K.");
	}

	@Test
	void anInvalidNicknameIsRefusedWithAMessageAndNothingIsStored() {
		login("mila", Role.MANAGER);
		openZeynep();
		TextField nickname = _get(TextField.class, spec -> spec.withId("family-nickname"));

		_setValue(nickname, "<b>");
		_click(_get(Button.class, spec -> spec.withId("family-save")));

		assertThat(nickname.isInvalid()).isTrue();
		assertThat(nickname.getErrorMessage()).isEqualTo(UI.getCurrent().getTranslation("families.nickname.INVALID"));
		assertThat(dsl.fetchValue(FAMILY.NICKNAME, FAMILY.ID.eq(zeynep.familyId()))).isEqualTo("Zeynep");
		assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("FAMILY_UPDATED"))).isZero();
	}

	@Test
	void aSaveOnAnOutdatedVersionIsRefusedAndTheLatestVersionIsShown() {
		login("mila", Role.MANAGER);
		openZeynep();
		// another manager corrects the family meanwhile
		int version = familyAdmin.details(locationId, zeynep.familyId()).version();
		familyAdmin.update(locationId, zeynep.familyId(),
				new FamilyEdit(version, "Zeynep A.", List.of("tr", "nl"), List.of("cooking"), List.of("2-3"), true));
		TextField nickname = _get(TextField.class, spec -> spec.withId("family-nickname"));

		_setValue(nickname, "Zeynep B.");
		_click(_get(Button.class, spec -> spec.withId("family-save")));

		assertThat(dsl.fetchValue(FAMILY.NICKNAME, FAMILY.ID.eq(zeynep.familyId()))).isEqualTo("Zeynep A.");
		assertThat(nickname.getValue()).as("the latest version is shown").isEqualTo("Zeynep A.");
		NotificationsKt.expectNotifications(UI.getCurrent().getTranslation("office.conflict"));
		assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("FAMILY_UPDATED"))).isEqualTo(1);

		// a second save, now on the latest version, goes through
		_setValue(nickname, "Zeynep B.");
		_click(_get(Button.class, spec -> spec.withId("family-save")));
		assertThat(dsl.fetchValue(FAMILY.NICKNAME, FAMILY.ID.eq(zeynep.familyId()))).isEqualTo("Zeynep B.");
	}

	@Test
	void aFamilyCheckingInWhileTheManagerEditsIsAConflictTooSoItsAnswerIsNotOverwritten() {
		login("mila", Role.MANAGER);
		seeds.leave(locationId, zeynep.familyId());
		openZeynep();
		checkIns.checkInReturning(locationId, zeynep.familyId(), 1, 1, false, null,
				org.onthaal.checkin.VisitSource.KIOSK);

		_setValue(_get(TextField.class, spec -> spec.withId("family-nickname")), "Zeynep K.");
		_click(_get(Button.class, spec -> spec.withId("family-save")));

		assertThat(dsl.fetchValue(FAMILY.CONSENT_INTRODUCTIONS, FAMILY.ID.eq(zeynep.familyId())))
			.as("today's 'not open to meet' stays")
			.isFalse();
		assertThat(dsl.fetchValue(FAMILY.NICKNAME, FAMILY.ID.eq(zeynep.familyId()))).isEqualTo("Zeynep");
	}

	@Test
	void aHostCannotReachFamiliesOrTheAuditLogNeitherScreenNorService() {
		login("hans", Role.HOST);
		assertThatThrownBy(() -> UI.getCurrent().navigate("office/families"))
			.isInstanceOf(MockAccessDeniedException.class);
		assertThatThrownBy(() -> UI.getCurrent().navigate("office/audit"))
			.isInstanceOf(MockAccessDeniedException.class);
		assertThatThrownBy(() -> familyAdmin.search(locationId, "Zey", null, 0, 10))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> familyAdmin.details(locationId, zeynep.familyId()))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> familyAdmin.exportJson(locationId, zeynep.familyId(), java.util.Locale.ENGLISH))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> familyAdmin.erase(locationId, zeynep.familyId()))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> auditService.find(locationId, org.onthaal.audit.AuditFilter.NONE, 0, 10))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(dsl.fetchCount(FAMILY)).isEqualTo(2);
	}

	private void openZeynep() {
		UI.getCurrent().navigate("office/families");
		_setValue(search(), "Zeynep");
		_click((Button) GridKt._getCellComponent(grid(), 0, "open"));
	}

	private TextField search() {
		return _get(TextField.class, spec -> spec.withId("families-search"));
	}

	@SuppressWarnings("unchecked")
	private Grid<FamilySummary> grid() {
		return _get(Grid.class, spec -> spec.withId("families-grid"));
	}

}
