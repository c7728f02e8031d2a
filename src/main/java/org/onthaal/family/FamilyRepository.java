package org.onthaal.family;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.jooq.Record1;

import org.jooq.DSLContext;

import org.springframework.stereotype.Repository;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.val;
import static org.onthaal.db.Tables.CHILD;
import static org.onthaal.db.Tables.FAMILY;
import static org.onthaal.db.Tables.FAMILY_INTEREST;
import static org.onthaal.db.Tables.FAMILY_LANGUAGE;
import static org.onthaal.db.Tables.INTEREST;
import static org.onthaal.db.Tables.VISIT;

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

	/**
	 * Records today's answer to "open to meet?" as the family's current consent. A new
	 * version: a manager's edit opened before it must not overwrite the answer.
	 */
	public void recordConsent(long familyId, boolean consent, OffsetDateTime now) {
		dsl.update(FAMILY)
			.set(FAMILY.CONSENT_INTRODUCTIONS, consent)
			.set(FAMILY.CONSENT_AT, now)
			.set(FAMILY.VERSION, FAMILY.VERSION.plus(1))
			.where(FAMILY.ID.eq(familyId))
			.execute();
	}

	boolean codeTaken(String pictogram, String digits) {
		return dsl.fetchExists(FAMILY, FAMILY.CARD_PICTOGRAM.eq(pictogram).and(FAMILY.CARD_DIGITS.eq(digits)));
	}

	void assignCard(long familyId, String pictogram, String digits, String tokenHash) {
		dsl.update(FAMILY)
			.set(FAMILY.CARD_PICTOGRAM, pictogram)
			.set(FAMILY.CARD_DIGITS, digits)
			.set(FAMILY.CARD_TOKEN_HASH, tokenHash)
			.where(FAMILY.ID.eq(familyId))
			.execute();
	}

	public Optional<Long> findIdByCardToken(String token) {
		return dsl.select(FAMILY.ID)
			.from(FAMILY)
			.where(FAMILY.CARD_TOKEN_HASH.eq(FamilyCard.hash(token)))
			.fetchOptional(FAMILY.ID);
	}

	public Optional<Long> findIdByCode(String pictogram, String digits) {
		return dsl.select(FAMILY.ID)
			.from(FAMILY)
			.where(FAMILY.CARD_PICTOGRAM.eq(pictogram))
			.and(FAMILY.CARD_DIGITS.eq(digits))
			.fetchOptional(FAMILY.ID);
	}

	/**
	 * The family with its last visit's answers (or sensible defaults) and its interests,
	 * in one query.
	 */
	public Optional<ReturningFamily> findReturning(long familyId) {
		return dsl
			.select(FAMILY.ID, FAMILY.NICKNAME,
					field(select(VISIT.ADULTS).from(VISIT)
						.where(VISIT.FAMILY_ID.eq(FAMILY.ID))
						.orderBy(VISIT.CHECKED_IN_AT.desc())
						.limit(1)),
					field(select(VISIT.CHILDREN).from(VISIT)
						.where(VISIT.FAMILY_ID.eq(FAMILY.ID))
						.orderBy(VISIT.CHECKED_IN_AT.desc())
						.limit(1)),
					FAMILY.CONSENT_INTRODUCTIONS,
					multiset(select(INTEREST.CODE).from(FAMILY_INTEREST)
						.join(INTEREST)
						.on(INTEREST.ID.eq(FAMILY_INTEREST.INTEREST_ID))
						.where(FAMILY_INTEREST.FAMILY_ID.eq(FAMILY.ID))
						.orderBy(INTEREST.SORT_ORDER)).convertFrom(r -> r.map(Record1::value1)),
					multiset(select(FAMILY_LANGUAGE.LANGUAGE_CODE).from(FAMILY_LANGUAGE)
						.where(FAMILY_LANGUAGE.FAMILY_ID.eq(FAMILY.ID))
						.orderBy(FAMILY_LANGUAGE.RANK)).convertFrom(r -> r.map(Record1::value1)))
			.from(FAMILY)
			.where(FAMILY.ID.eq(familyId))
			.fetchOptional(r -> new ReturningFamily(r.value1(), r.value2(), r.value3() == null ? 1 : r.value3(),
					r.value4() == null ? 0 : r.value4(), r.value5(), r.value6(), r.value7()));
	}

	/**
	 * Families whose nickname contains the text (any case), for the host; present ones
	 * marked.
	 */
	public List<FamilyMatch> searchByNickname(long locationId, String part, int limit) {
		String pattern = "%" + part.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
		return dsl
			.select(FAMILY.ID, FAMILY.NICKNAME, FAMILY.CARD_PICTOGRAM, FAMILY.CARD_DIGITS,
					field(exists(selectOne().from(VISIT)
						.where(VISIT.FAMILY_ID.eq(FAMILY.ID))
						.and(VISIT.LOCATION_ID.eq(locationId))
						.and(VISIT.CHECKED_OUT_AT.isNull()))))
			.from(FAMILY)
			.where(FAMILY.NICKNAME.likeIgnoreCase(pattern, '!'))
			.orderBy(FAMILY.LAST_SEEN_AT.desc())
			.limit(limit)
			.fetch(r -> new FamilyMatch(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
	}

	Optional<CardCode> cardCode(long familyId) {
		return dsl.select(FAMILY.CARD_PICTOGRAM, FAMILY.CARD_DIGITS)
			.from(FAMILY)
			.where(FAMILY.ID.eq(familyId))
			.and(FAMILY.CARD_PICTOGRAM.isNotNull())
			.fetchOptional(r -> new CardCode(r.value1(), r.value2()));
	}

	/** The languages most families who came to this location speak, most common first. */
	public List<String> commonLanguagesAt(long locationId, int limit) {
		return dsl.select(FAMILY_LANGUAGE.LANGUAGE_CODE)
			.from(FAMILY_LANGUAGE)
			.where(FAMILY_LANGUAGE.FAMILY_ID
				.in(select(VISIT.FAMILY_ID).from(VISIT).where(VISIT.LOCATION_ID.eq(locationId))))
			.groupBy(FAMILY_LANGUAGE.LANGUAGE_CODE)
			.orderBy(count().desc(), FAMILY_LANGUAGE.LANGUAGE_CODE)
			.limit(limit)
			.fetch(FAMILY_LANGUAGE.LANGUAGE_CODE);
	}

	public void replaceInterests(long familyId, List<String> interestCodes) {
		dsl.update(FAMILY).set(FAMILY.VERSION, FAMILY.VERSION.plus(1)).where(FAMILY.ID.eq(familyId)).execute();
		setInterests(familyId, interestCodes);
	}

	/** The family's interests become these (the caller takes care of the version). */
	void setInterests(long familyId, List<String> interestCodes) {
		dsl.deleteFrom(FAMILY_INTEREST).where(FAMILY_INTEREST.FAMILY_ID.eq(familyId)).execute();
		insertInterests(familyId, interestCodes);
	}

	/**
	 * The family's languages become these, the first the most spoken at home (the caller
	 * takes care of the version).
	 */
	void setLanguages(long familyId, List<String> languages) {
		dsl.deleteFrom(FAMILY_LANGUAGE).where(FAMILY_LANGUAGE.FAMILY_ID.eq(familyId)).execute();
		insertLanguages(familyId, languages);
	}

}
