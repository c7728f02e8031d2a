package org.onthaal.family;

import java.util.List;
import java.util.Map;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.impl.DSL;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

import org.springframework.stereotype.Repository;

import static org.onthaal.db.Tables.INTEREST;

@Repository
public class InterestRepository {

	private static final TypeReference<Map<String, String>> LABELS = new TypeReference<>() {
	};

	private final DSLContext dsl;

	private final ObjectMapper json;

	InterestRepository(DSLContext dsl, ObjectMapper json) {
		this.dsl = dsl;
		this.json = json;
	}

	/** What the kiosk offers: the active interests, in the manager's order. */
	public List<InterestOption> findActive() {
		return find(INTEREST.ACTIVE.isTrue());
	}

	/**
	 * The whole catalogue, also interests no longer offered that families may still have.
	 */
	public List<InterestOption> findAll() {
		return find(DSL.noCondition());
	}

	private List<InterestOption> find(Condition condition) {
		return dsl.select(INTEREST.ID, INTEREST.CODE, INTEREST.PICTOGRAM, INTEREST.LABELS)
			.from(INTEREST)
			.where(condition)
			.orderBy(INTEREST.SORT_ORDER, INTEREST.ID)
			.fetch(r -> new InterestOption(r.value1(), r.value2(), r.value3(), labels(r.value4())));
	}

	private Map<String, String> labels(JSONB labels) {
		return json.readValue(labels.data(), LABELS);
	}

}
