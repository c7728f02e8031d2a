package org.onthaal;

import org.jooq.DSLContext;

/**
 * A real database failure half-way through a job: a trigger on a table with a
 * {@code location_id} lets updates of rows at the first place the job touches through and
 * raises as soon as it touches a second one. The places seen are kept in a table, so the
 * failure comes whether the job commits each statement or runs in one transaction.
 * Removed again on close.
 */
public final class FailOnSecondPlace implements AutoCloseable {

	public static final String MESSAGE = "second place refused by the test";

	private final DSLContext dsl;

	private final String table;

	private FailOnSecondPlace(DSLContext dsl, String table) {
		this.dsl = dsl;
		this.table = table;
	}

	public static FailOnSecondPlace install(DSLContext dsl, String table) {
		dsl.execute("create table test_places_touched (location_id bigint not null)");
		dsl.execute("""
				create function test_fail_on_second_place() returns trigger language plpgsql as $$
				begin
				    if exists (select 1 from test_places_touched where location_id <> new.location_id) then
				        raise exception '%s';
				    end if;
				    insert into test_places_touched values (new.location_id);
				    return new;
				end $$""".formatted(MESSAGE));
		dsl.execute("create trigger test_fail_on_second_place before update on " + table
				+ " for each row execute function test_fail_on_second_place()");
		return new FailOnSecondPlace(dsl, table);
	}

	@Override
	public void close() {
		dsl.execute("drop trigger test_fail_on_second_place on " + table);
		dsl.execute("drop function test_fail_on_second_place()");
		dsl.execute("drop table test_places_touched");
	}

}
