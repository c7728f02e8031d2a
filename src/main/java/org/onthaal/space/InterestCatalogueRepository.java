package org.onthaal.space;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Records;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

import org.springframework.stereotype.Repository;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.max;
import static org.onthaal.db.Tables.INTEREST;

/**
 * The interest catalogue as the back office edits it (the kiosk reads it through the
 * family feature).
 */
@Repository
public class InterestCatalogueRepository {

	private static final TypeReference<Map<String, String>> LABELS = new TypeReference<>() {
	};

	private final DSLContext dsl;

	private final ObjectMapper json;

	InterestCatalogueRepository(DSLContext dsl, ObjectMapper json) {
		this.dsl = dsl;
		this.json = json;
	}

	public List<CatalogueInterest> findAll() {
		return dsl
			.select(INTEREST.ID, INTEREST.CODE, INTEREST.PICTOGRAM,
					INTEREST.LABELS.convertFrom(labels -> json.readValue(labels.data(), LABELS)), INTEREST.ACTIVE,
					INTEREST.SORT_ORDER)
			.from(INTEREST)
			.orderBy(INTEREST.SORT_ORDER, INTEREST.ID)
			.fetch(Records.mapping(CatalogueInterest::new));
	}

	public Optional<CatalogueInterest> find(long id) {
		return findAll().stream().filter(interest -> interest.id() == id).findFirst();
	}

	public boolean codeTaken(String code) {
		return dsl.fetchExists(INTEREST, INTEREST.CODE.eq(code));
	}

	/** A new interest goes last. */
	public long insert(String code, InterestForm form) {
		int last = dsl.select(coalesce(max(INTEREST.SORT_ORDER), 0)).from(INTEREST).fetchSingle().value1();
		return dsl.insertInto(INTEREST)
			.set(INTEREST.CODE, code)
			.set(INTEREST.PICTOGRAM, form.pictogram())
			.set(INTEREST.LABELS, labels(form.labels()))
			.set(INTEREST.ACTIVE, form.active())
			.set(INTEREST.SORT_ORDER, last + 10)
			.returning(INTEREST.ID)
			.fetchSingle(INTEREST.ID);
	}

	public boolean update(long id, InterestForm form) {
		return dsl.update(INTEREST)
			.set(INTEREST.PICTOGRAM, form.pictogram())
			.set(INTEREST.LABELS, labels(form.labels()))
			.set(INTEREST.ACTIVE, form.active())
			.where(INTEREST.ID.eq(id))
			.execute() == 1;
	}

	/** Numbers the interests in the given order, 10 apart. */
	public void reorder(List<Long> ids) {
		for (int i = 0; i < ids.size(); i++) {
			dsl.update(INTEREST).set(INTEREST.SORT_ORDER, (i + 1) * 10).where(INTEREST.ID.eq(ids.get(i))).execute();
		}
	}

	private JSONB labels(Map<String, String> labels) {
		return JSONB.valueOf(json.writeValueAsString(labels));
	}

}
