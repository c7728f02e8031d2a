package org.onthaal.space;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Record7;
import org.jooq.SelectField;
import org.jooq.SelectSelectStep;
import org.jooq.impl.DSL;

import org.springframework.stereotype.Repository;

import static org.onthaal.db.Tables.LOCATION;
import static org.onthaal.db.Tables.STAFF_LOCATION;
import static org.onthaal.db.Tables.STAFF_USER;

@Repository
public class LocationRepository {

	private static final SelectField<?>[] DETAILS = { LOCATION.ID, LOCATION.NAME, LOCATION.TIME_ZONE,
			LOCATION.KIOSK_LANGUAGES, LOCATION.DEFAULT_LANGUAGE, LOCATION.RETENTION_VISIT_MONTHS,
			LOCATION.RETENTION_FAMILY_MONTHS, LOCATION.ACTIVE, LOCATION.DEMO, LOCATION.VERSION,
			LOCATION.MANAGERS_NEED_TWO_FACTOR, LOCATION.KIOSK_CARD_PRINT };

	private final DSLContext dsl;

	LocationRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	public List<LocationSummary> findAll() {
		return selectSummary().from(LOCATION).orderBy(LOCATION.ID).fetch(LocationRepository::toSummary);
	}

	/** The locations a staff user is assigned to, in creation order. */
	public List<LocationSummary> findForStaff(String username) {
		return selectSummary().from(LOCATION)
			.join(STAFF_LOCATION)
			.on(STAFF_LOCATION.LOCATION_ID.eq(LOCATION.ID))
			.join(STAFF_USER)
			.on(STAFF_USER.ID.eq(STAFF_LOCATION.STAFF_USER_ID))
			.where(STAFF_USER.USERNAME.eq(username))
			.orderBy(LOCATION.ID)
			.fetch(LocationRepository::toSummary);
	}

	public boolean exists() {
		return dsl.fetchExists(LOCATION);
	}

	public long create(String name, ZoneId timeZone, boolean demo) {
		return dsl.insertInto(LOCATION)
			.set(LOCATION.NAME, name)
			.set(LOCATION.TIME_ZONE, timeZone.getId())
			.set(LOCATION.DEMO, demo)
			.returning(LOCATION.ID)
			.fetchSingle(LOCATION.ID);
	}

	/** The back office's view of some locations, in creation order. */
	public List<LocationDetails> details(Collection<Long> ids) {
		return dsl.select(DETAILS)
			.from(LOCATION)
			.where(LOCATION.ID.in(ids))
			.orderBy(LOCATION.ID)
			.fetch(LocationRepository::toDetails);
	}

	/** Whether the place's kiosk prints cards; a place that is gone prints nothing. */
	public CardPrint cardPrint(long id) {
		return dsl.select(LOCATION.KIOSK_CARD_PRINT)
			.from(LOCATION)
			.where(LOCATION.ID.eq(id))
			.fetchOptional(LOCATION.KIOSK_CARD_PRINT)
			.map(CardPrint::valueOf)
			.orElse(CardPrint.OFF);
	}

	public Optional<LocationDetails> details(long id) {
		return dsl.select(DETAILS)
			.from(LOCATION)
			.where(LOCATION.ID.eq(id))
			.fetchOptional(LocationRepository::toDetails);
	}

	public long insert(LocationForm form) {
		return dsl.insertInto(LOCATION)
			.set(LOCATION.NAME, form.name())
			.set(LOCATION.TIME_ZONE, form.timeZone().getId())
			.set(LOCATION.KIOSK_LANGUAGES, String.join(",", form.kioskLanguages()))
			.set(LOCATION.DEFAULT_LANGUAGE, form.defaultLanguage())
			.set(LOCATION.RETENTION_VISIT_MONTHS, form.retentionVisitMonths())
			.set(LOCATION.RETENTION_FAMILY_MONTHS, form.retentionFamilyMonths())
			.set(LOCATION.ACTIVE, form.active())
			.set(LOCATION.MANAGERS_NEED_TWO_FACTOR, form.managersNeedTwoFactor())
			.set(LOCATION.KIOSK_CARD_PRINT, form.cardPrint().name())
			.returning(LOCATION.ID)
			.fetchSingle(LOCATION.ID);
	}

	/**
	 * Saves the form over the version the manager started from; false when someone else
	 * saved in between (the version moved on) and nothing was written.
	 */
	public boolean update(long id, int version, LocationForm form) {
		return dsl.update(LOCATION)
			.set(LOCATION.NAME, form.name())
			.set(LOCATION.TIME_ZONE, form.timeZone().getId())
			.set(LOCATION.KIOSK_LANGUAGES, String.join(",", form.kioskLanguages()))
			.set(LOCATION.DEFAULT_LANGUAGE, form.defaultLanguage())
			.set(LOCATION.RETENTION_VISIT_MONTHS, form.retentionVisitMonths())
			.set(LOCATION.RETENTION_FAMILY_MONTHS, form.retentionFamilyMonths())
			.set(LOCATION.ACTIVE, form.active())
			.set(LOCATION.MANAGERS_NEED_TWO_FACTOR, form.managersNeedTwoFactor())
			.set(LOCATION.KIOSK_CARD_PRINT, form.cardPrint().name())
			.set(LOCATION.VERSION, LOCATION.VERSION.plus(1))
			.where(LOCATION.ID.eq(id))
			.and(LOCATION.VERSION.eq(version))
			.execute() == 1;
	}

	/** Adds locations to the ones a staff user works at (already assigned ones stay). */
	public void assign(String username, Collection<Long> locationIds) {
		for (long locationId : locationIds) {
			dsl.insertInto(STAFF_LOCATION, STAFF_LOCATION.STAFF_USER_ID, STAFF_LOCATION.LOCATION_ID)
				.select(dsl.select(STAFF_USER.ID, DSL.val(locationId))
					.from(STAFF_USER)
					.where(STAFF_USER.USERNAME.eq(username)))
				.onConflictDoNothing()
				.execute();
		}
	}

	private static LocationDetails toDetails(Record r) {
		return new LocationDetails(r.get(LOCATION.ID), r.get(LOCATION.NAME), ZoneId.of(r.get(LOCATION.TIME_ZONE)),
				languages(r.get(LOCATION.KIOSK_LANGUAGES)), r.get(LOCATION.DEFAULT_LANGUAGE),
				r.get(LOCATION.RETENTION_VISIT_MONTHS), r.get(LOCATION.RETENTION_FAMILY_MONTHS), r.get(LOCATION.ACTIVE),
				r.get(LOCATION.DEMO), r.get(LOCATION.VERSION), r.get(LOCATION.MANAGERS_NEED_TWO_FACTOR),
				CardPrint.valueOf(r.get(LOCATION.KIOSK_CARD_PRINT)));
	}

	private static List<String> languages(String commaSeparated) {
		return Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
	}

	private SelectSelectStep<Record7<Long, String, String, String, String, Boolean, Integer>> selectSummary() {
		return dsl.select(LOCATION.ID, LOCATION.NAME, LOCATION.TIME_ZONE, LOCATION.KIOSK_LANGUAGES,
				LOCATION.DEFAULT_LANGUAGE, LOCATION.DEMO, LOCATION.RETENTION_FAMILY_MONTHS);
	}

	private static LocationSummary toSummary(Record7<Long, String, String, String, String, Boolean, Integer> r) {
		return new LocationSummary(r.value1(), r.value2(), ZoneId.of(r.value3()), languages(r.value4()), r.value5(),
				r.value6(), r.value7());
	}

}
