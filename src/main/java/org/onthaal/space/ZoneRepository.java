package org.onthaal.space;

import java.util.List;
import java.util.Map;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Record;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

import org.springframework.stereotype.Repository;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.lower;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.selectCount;
import static org.jooq.impl.DSL.val;
import static org.onthaal.db.Tables.OCCUPANCY_SNAPSHOT;
import static org.onthaal.db.Tables.ZONE;

@Repository
public class ZoneRepository {

	private static final TypeReference<Map<String, String>> LABELS = new TypeReference<>() {
	};

	private static final Field<Integer> SNAPSHOTS = selectCount().from(OCCUPANCY_SNAPSHOT)
		.where(OCCUPANCY_SNAPSHOT.ZONE_ID.eq(ZONE.ID))
		.asField("snapshots");

	private final DSLContext dsl;

	private final ObjectMapper json;

	ZoneRepository(DSLContext dsl, ObjectMapper json) {
		this.dsl = dsl;
		this.json = json;
	}

	/** Every corner of a location, in the order the manager gave them. */
	public List<Zone> findAll(long locationId) {
		return find(ZONE.LOCATION_ID.eq(locationId));
	}

	/** The corners in use, in order: what the host board shows. */
	public List<Zone> findActive(long locationId) {
		return find(ZONE.LOCATION_ID.eq(locationId).and(ZONE.ACTIVE.isTrue()));
	}

	private List<Zone> find(Condition condition) {
		return dsl
			.select(ZONE.ID, ZONE.NAME, ZONE.LABELS, ZONE.KIND, ZONE.CAPACITY, ZONE.PICTOGRAM, ZONE.ACTIVE,
					ZONE.SORT_ORDER, SNAPSHOTS)
			.from(ZONE)
			.where(condition)
			.orderBy(ZONE.SORT_ORDER, ZONE.ID)
			.fetch(this::toZone);
	}

	private Zone toZone(Record r) {
		return new Zone(r.get(ZONE.ID), r.get(ZONE.NAME), labels(r.get(ZONE.LABELS)),
				ZoneKind.valueOf(r.get(ZONE.KIND)), r.get(ZONE.CAPACITY), r.get(ZONE.PICTOGRAM), r.get(ZONE.ACTIVE),
				r.get(ZONE.SORT_ORDER), r.get(SNAPSHOTS));
	}

	/** Whether another corner of the location already has this name (ignoring case). */
	public boolean nameTaken(long locationId, String name, long exceptZoneId) {
		return dsl.fetchExists(ZONE,
				ZONE.LOCATION_ID.eq(locationId)
					.and(lower(ZONE.NAME).eq(lower(val(name))))
					.and(ZONE.ID.ne(exceptZoneId)));
	}

	/** A new corner goes last. */
	public long insert(long locationId, ZoneForm form) {
		int last = dsl.select(coalesce(max(ZONE.SORT_ORDER), 0))
			.from(ZONE)
			.where(ZONE.LOCATION_ID.eq(locationId))
			.fetchSingle()
			.value1();
		return dsl.insertInto(ZONE)
			.set(ZONE.LOCATION_ID, locationId)
			.set(ZONE.NAME, form.name())
			.set(ZONE.LABELS, labels(form.labels()))
			.set(ZONE.KIND, form.kind().name())
			.set(ZONE.CAPACITY, form.capacity())
			.set(ZONE.PICTOGRAM, form.pictogram())
			.set(ZONE.ACTIVE, form.active())
			.set(ZONE.SORT_ORDER, last + 10)
			.returning(ZONE.ID)
			.fetchSingle(ZONE.ID);
	}

	public boolean update(long locationId, long zoneId, ZoneForm form) {
		return dsl.update(ZONE)
			.set(ZONE.NAME, form.name())
			.set(ZONE.LABELS, labels(form.labels()))
			.set(ZONE.KIND, form.kind().name())
			.set(ZONE.CAPACITY, form.capacity())
			.set(ZONE.PICTOGRAM, form.pictogram())
			.set(ZONE.ACTIVE, form.active())
			.where(ZONE.ID.eq(zoneId))
			.and(ZONE.LOCATION_ID.eq(locationId))
			.execute() == 1;
	}

	public boolean setActive(long locationId, long zoneId, boolean active) {
		return dsl.update(ZONE)
			.set(ZONE.ACTIVE, active)
			.where(ZONE.ID.eq(zoneId))
			.and(ZONE.LOCATION_ID.eq(locationId))
			.execute() == 1;
	}

	/** Numbers the corners in the given order, 10 apart. */
	public void reorder(long locationId, List<Long> zoneIds) {
		for (int i = 0; i < zoneIds.size(); i++) {
			dsl.update(ZONE)
				.set(ZONE.SORT_ORDER, (i + 1) * 10)
				.where(ZONE.ID.eq(zoneIds.get(i)))
				.and(ZONE.LOCATION_ID.eq(locationId))
				.execute();
		}
	}

	/** Deletes a corner that has no snapshots; false if it has some or is not there. */
	public boolean deleteUnused(long locationId, long zoneId) {
		return dsl.deleteFrom(ZONE)
			.where(ZONE.ID.eq(zoneId))
			.and(ZONE.LOCATION_ID.eq(locationId))
			.andNotExists(dsl.selectOne().from(OCCUPANCY_SNAPSHOT).where(OCCUPANCY_SNAPSHOT.ZONE_ID.eq(ZONE.ID)))
			.execute() == 1;
	}

	private Map<String, String> labels(JSONB labels) {
		return json.readValue(labels.data(), LABELS);
	}

	private JSONB labels(Map<String, String> labels) {
		return JSONB.valueOf(json.writeValueAsString(labels));
	}

}
