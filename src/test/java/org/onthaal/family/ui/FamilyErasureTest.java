package org.onthaal.family.ui;

import java.util.List;
import java.util.Map;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onthaal.KaribuTest;
import org.onthaal.base.audit.AuditLog;
import org.onthaal.checkin.CheckIn;
import org.onthaal.checkin.CheckInService;
import org.onthaal.db.DefaultSchema;
import org.onthaal.family.FamilySummary;
import org.onthaal.host.HostBoardService;
import org.onthaal.staff.Role;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.onthaal.db.Tables.ACQUAINTANCE;
import static org.onthaal.db.Tables.AUDIT_EVENT;
import static org.onthaal.db.Tables.CHILD;
import static org.onthaal.db.Tables.FAMILY;
import static org.onthaal.db.Tables.FAMILY_INTEREST;
import static org.onthaal.db.Tables.FAMILY_LANGUAGE;
import static org.onthaal.db.Tables.INTRODUCTION;
import static org.onthaal.db.Tables.VISIT;

/**
 * Erasing a family (GDPR art. 17) from the back office: nothing that identifies it stays
 * in any table, and every statistic counts the same before and after.
 */
class FamilyErasureTest extends KaribuTest {

	private static final String NICKNAME = "Zeynep";

	@Autowired
	private CheckInService checkIns;

	@Autowired
	private HostBoardService hostBoard;

	@Autowired
	private AuditLog audit;

	private FamilySeeds seeds;

	@BeforeEach
	void seeds() {
		seeds = new FamilySeeds(checkIns, hostBoard);
	}

	@Test
	void erasingRemovesEverythingThatIdentifiesTheFamilyWhileTheStatisticsStayEqual() {
		login("mila", Role.MANAGER);
		CheckIn zeynep = seeds.newFamily(locationId, NICKNAME, List.of("tr", "nl"), List.of("cooking", "music"),
				List.of("0-1", "2-3"));
		CheckIn marleen = seeds.newFamily(locationId, "Marleen", List.of("tr", "nl"), List.of("cooking"),
				List.of("1-2"));
		seeds.introduceAllSuggested(locationId, "mila");
		seeds.leave(locationId, zeynep.familyId());
		seeds.comeBack(locationId, zeynep.familyId(), 2, 2);
		seeds.leave(locationId, zeynep.familyId());
		seeds.comeBack(locationId, zeynep.familyId(), 1, 1);
		// something older code might have written: the erasure must not leave it behind
		audit.record("legacy", "NOTE", "visit", null, locationId, Map.of("note", "Zeynep came with a friend"));

		long id = zeynep.familyId();
		String tokenHash = dsl.fetchValue(FAMILY.CARD_TOKEN_HASH, FAMILY.ID.eq(id));
		assertThat(dsl.fetchCount(VISIT, VISIT.FAMILY_ID.eq(id))).as("three visits").isEqualTo(3);
		assertThat(dsl.fetchCount(INTRODUCTION)).as("introduced to Marleen").isEqualTo(1);
		assertThat(dsl.fetchCount(ACQUAINTANCE)).isEqualTo(1);
		assertThat(dsl.fetchCount(FAMILY_INTEREST, FAMILY_INTEREST.FAMILY_ID.eq(id))).isEqualTo(2);
		assertThat(tokenHash).isNotNull();
		List<String> visitsBefore = visitsPerLocationAndDay();
		List<String> introductionsBefore = introductionsByStatusAndOutcome();

		UI.getCurrent().navigate("office/families");
		_setValue(_get(TextField.class, spec -> spec.withId("families-search")), "zeyn");
		@SuppressWarnings("unchecked")
		Grid<FamilySummary> grid = _get(Grid.class, spec -> spec.withId("families-grid"));
		assertThat(GridKt._size(grid)).isEqualTo(1);
		_click((Button) GridKt._getCellComponent(grid, 0, "open"));
		_click(_get(Button.class, spec -> spec.withId("family-erase")));
		Button confirm = _get(Button.class, spec -> spec.withId("erase-confirm"));
		assertThat(confirm.isEnabled()).as("nothing erased before the nickname is typed").isFalse();
		_setValue(_get(TextField.class, spec -> spec.withId("erase-confirm-text")), "zeynep ");
		_click(confirm);

		assertThat(dsl.fetchCount(FAMILY, FAMILY.ID.eq(id))).isZero();
		assertThat(dsl.fetchCount(FAMILY, FAMILY.NICKNAME.equalIgnoreCase(NICKNAME))).isZero();
		assertThat(dsl.fetchCount(FAMILY_LANGUAGE, FAMILY_LANGUAGE.FAMILY_ID.eq(id))).isZero();
		assertThat(dsl.fetchCount(FAMILY_INTEREST, FAMILY_INTEREST.FAMILY_ID.eq(id))).isZero();
		assertThat(dsl.fetchCount(CHILD, CHILD.FAMILY_ID.eq(id))).isZero();
		assertThat(dsl.fetchCount(ACQUAINTANCE, ACQUAINTANCE.FAMILY_A_ID.eq(id).or(ACQUAINTANCE.FAMILY_B_ID.eq(id))))
			.isZero();
		assertThat(dsl.fetchCount(VISIT, VISIT.FAMILY_ID.eq(id))).isZero();
		assertThat(dsl.fetchCount(VISIT, VISIT.CHECKED_OUT_AT.isNull().and(VISIT.FAMILY_ID.isNull())))
			.as("the visit open at erasure was ended, so no anonymous family stays present")
			.isZero();
		assertThat(dsl.fetchCount(FAMILY,
				FAMILY.CARD_PICTOGRAM.eq(zeynep.card().pictogram()).and(FAMILY.CARD_DIGITS.eq(zeynep.card().digits()))))
			.as("the card code is free again")
			.isZero();
		for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
			// every column of every row, as text: no nickname, no card token anywhere
			int naming = dsl.fetchCount(DSL.selectFrom(table)
				.where(DSL
					.condition("{0}::text ilike {1}", DSL.field(DSL.name(table.getName())),
							DSL.val("%" + NICKNAME + "%"))
					.or(DSL.condition("{0}::text like {1}", DSL.field(DSL.name(table.getName())),
							DSL.val("%" + tokenHash + "%")))));
			assertThat(naming).as("rows of %s that identify the family", table.getName()).isZero();
		}
		assertThat(
				dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("FAMILY_ERASED").and(AUDIT_EVENT.ENTITY_ID.eq(id))))
			.isEqualTo(1);
		assertThat(dsl.fetchValue(AUDIT_EVENT.DETAILS, AUDIT_EVENT.ACTION.eq("FAMILY_ERASED")).data())
			.as("the family's id only")
			.isEqualTo("{}");

		assertThat(visitsPerLocationAndDay()).as("visits, head counts and first visits").isEqualTo(visitsBefore);
		assertThat(introductionsByStatusAndOutcome()).as("introductions and what came of them")
			.isEqualTo(introductionsBefore);
		assertThat(dsl.fetchValues(FAMILY.NICKNAME)).as("the other family is untouched").containsExactly("Marleen");
		assertThat(dsl.fetchCount(FAMILY_LANGUAGE, FAMILY_LANGUAGE.FAMILY_ID.eq(marleen.familyId()))).isEqualTo(2);
		assertThat(GridKt._size(grid)).as("the list no longer shows the family").isZero();
	}

	private List<String> visitsPerLocationAndDay() {
		var day = DSL.field("({0} at time zone 'Europe/Brussels')::date", String.class, VISIT.CHECKED_IN_AT);
		return dsl
			.select(VISIT.LOCATION_ID, day, DSL.count(), DSL.sum(VISIT.ADULTS), DSL.sum(VISIT.CHILDREN),
					DSL.count().filterWhere(VISIT.FIRST_VISIT.isTrue()))
			.from(VISIT)
			.groupBy(VISIT.LOCATION_ID, day)
			.orderBy(VISIT.LOCATION_ID, day)
			.fetch(r -> r.intoList().toString());
	}

	private List<String> introductionsByStatusAndOutcome() {
		return dsl.select(INTRODUCTION.LOCATION_ID, INTRODUCTION.STATUS, INTRODUCTION.OUTCOME, DSL.count())
			.from(INTRODUCTION)
			.groupBy(INTRODUCTION.LOCATION_ID, INTRODUCTION.STATUS, INTRODUCTION.OUTCOME)
			.orderBy(INTRODUCTION.LOCATION_ID, INTRODUCTION.STATUS, INTRODUCTION.OUTCOME)
			.fetch(r -> r.intoList().toString());
	}

}
