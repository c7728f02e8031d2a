package org.onthaal.family;

import java.time.OffsetDateTime;
import java.util.List;

import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

import static org.jooq.impl.DSL.val;
import static org.onthaal.db.Tables.CHILD;
import static org.onthaal.db.Tables.FAMILY;
import static org.onthaal.db.Tables.FAMILY_INTEREST;
import static org.onthaal.db.Tables.FAMILY_LANGUAGE;
import static org.onthaal.db.Tables.INTEREST;

@Repository
public class FamilyRepository {

	private final DSLContext dsl;

	FamilyRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	/**
	 * Stores a new family with its languages (in rank order), interests and children's
	 * age bands.
	 */
	public long insert(NewFamily family, OffsetDateTime now) {
		long id = dsl.insertInto(FAMILY)
			.set(FAMILY.NICKNAME, family.nickname())
			.set(FAMILY.CREATED_AT, now)
			.set(FAMILY.LAST_SEEN_AT, now)
			.set(FAMILY.CONSENT_INTRODUCTIONS, family.consentToIntroductions())
			.set(FAMILY.CONSENT_AT, family.consentToIntroductions() ? now : null)
			.set(FAMILY.DEMO, family.demo())
			.returning(FAMILY.ID)
			.fetchSingle(FAMILY.ID);
		insertLanguages(id, family.languages());
		insertInterests(id, family.interestCodes());
		insertChildren(id, family.childAgeBands(), now);
		return id;
	}

	private void insertLanguages(long familyId, List<String> languages) {
		var insert = dsl.insertInto(FAMILY_LANGUAGE, FAMILY_LANGUAGE.FAMILY_ID, FAMILY_LANGUAGE.LANGUAGE_CODE,
				FAMILY_LANGUAGE.RANK);
		for (int i = 0; i < languages.size(); i++) {
			insert = insert.values(familyId, languages.get(i), (short) (i + 1));
		}
		if (!languages.isEmpty()) {
			insert.execute();
		}
	}

	private void insertInterests(long familyId, List<String> interestCodes) {
		if (interestCodes.isEmpty()) {
			return;
		}
		dsl.insertInto(FAMILY_INTEREST, FAMILY_INTEREST.FAMILY_ID, FAMILY_INTEREST.INTEREST_ID)
			.select(dsl.select(val(familyId), INTEREST.ID).from(INTEREST).where(INTEREST.CODE.in(interestCodes)))
			.execute();
	}

	private void insertChildren(long familyId, List<String> ageBands, OffsetDateTime now) {
		for (String band : ageBands) {
			dsl.insertInto(CHILD)
				.set(CHILD.FAMILY_ID, familyId)
				.set(CHILD.AGE_BAND, band)
				.set(CHILD.RECORDED_ON, now.toLocalDate())
				.execute();
		}
	}

	public void touchLastSeen(long familyId, OffsetDateTime now) {
		dsl.update(FAMILY).set(FAMILY.LAST_SEEN_AT, now).where(FAMILY.ID.eq(familyId)).execute();
	}

}
