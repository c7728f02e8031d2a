package org.onthaal.demo;

import java.time.Clock;

import org.jooq.DSLContext;
import org.onthaal.family.FamilyCards;
import org.onthaal.family.FamilyRepository;
import org.onthaal.space.LocationRepository;
import org.onthaal.space.OpeningHoursRepository;
import org.onthaal.staff.StaffAccounts;
import tools.jackson.databind.ObjectMapper;

import org.springframework.context.ApplicationContext;

import static org.onthaal.db.Tables.LOCATION;

/**
 * The demo place with its families, history and corners, for tests that want a living
 * place (tests run with demo mode off, so the seeder is not a bean there).
 */
public final class DemoSeeds {

	private DemoSeeds() {
	}

	/** Seeds the demo data and answers the demo place's id. */
	public static long seed(ApplicationContext ctx) {
		DSLContext dsl = ctx.getBean(DSLContext.class);
		new DemoDataSeeder(dsl, ctx.getBean(LocationRepository.class), ctx.getBean(FamilyRepository.class),
				ctx.getBean(StaffAccounts.class), ctx.getBean(OpeningHoursRepository.class),
				ctx.getBean(FamilyCards.class), ctx.getBean(Clock.class), ctx.getBean(ObjectMapper.class))
			.run(null);
		return dsl.fetchValue(LOCATION.ID, LOCATION.DEMO.isTrue());
	}

}
