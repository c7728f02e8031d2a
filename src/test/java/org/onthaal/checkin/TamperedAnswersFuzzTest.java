package org.onthaal.checkin;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onthaal.DatabaseTestBase;
import org.onthaal.base.fuzz.Fuzz;
import org.onthaal.base.fuzz.HostileText;
import org.onthaal.base.i18n.LanguageNames;
import org.onthaal.family.NewFamily;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onthaal.db.Tables.CHILD;
import static org.onthaal.db.Tables.FAMILY;
import static org.onthaal.db.Tables.FAMILY_INTEREST;
import static org.onthaal.db.Tables.FAMILY_LANGUAGE;
import static org.onthaal.db.Tables.INTEREST;
import static org.onthaal.db.Tables.VISIT;

/**
 * Answers no kiosk screen offers, sent to the check-in service as a tampered kiosk would
 * send them (the screens keep them on the server, so this is the last line): language
 * codes that are no language, interests the place's catalogue does not offer (unknown
 * ones and one taken out of the catalogue), age bands that don't exist, more children per
 * band than the form counts, and for a returning family counts of adults and children
 * outside what its screen counts (10,000 adults, -1 children). Properties: such a
 * check-in is refused with a reason and stores nothing (no family, visit, language,
 * interest or child row, no change to a returning family); answers the screens can give
 * are stored as given.
 */
@SpringBootTest
class TamperedAnswersFuzzTest extends DatabaseTestBase {

	private static final String RETIRED = "fuzz_retired";

	private static final List<String> OFFERED = List.of("cooking", "music", "books", "walks");

	private static final List<String> LANGUAGES = List.of("nl", "ar", "fr", "uk", "tr", "ber", "prs", "so");

	@Autowired
	private CheckInService checkIns;

	private long returningFamily;

	@BeforeEach
	void anInterestOutOfTheCatalogueAndAFamilyThatCameBefore() {
		dsl.insertInto(INTEREST)
			.set(INTEREST.CODE, RETIRED)
			.set(INTEREST.PICTOGRAM, "STAR")
			.set(INTEREST.ACTIVE, false)
			.execute();
		CheckIn before = checkIns.checkInNewFamily(locationId,
				new NewFamily("Amal", List.of("ar"), List.of("music"), List.of("1-2"), true, false), true,
				VisitSource.KIOSK);
		checkIns.checkOut(locationId, before.familyId());
		returningFamily = before.familyId();
	}

	@AfterEach
	void catalogueAsItWas() {
		dsl.deleteFrom(INTEREST).where(INTEREST.CODE.eq(RETIRED)).execute();
	}

	/** A new family's answers, each one either offered by the screens or tampered. */
	record Answers(List<String> languages, List<String> interests, List<String> children, boolean tampered) {
	}

	@Test
	void aNewFamilyWithAnswersNoScreenOffersIsRefusedAndLeavesNoRow() {
		Fuzz.check(20261217L, Fuzz.tries(100), random -> List.of(answers(random)), Collections::singletonList,
				TamperedAnswersFuzzTest::show, list -> {
					if (list.isEmpty()) {
						return;
					}
					Answers answers = list.get(0);
					int[] rows = rows();
					NewFamily family = new NewFamily("Olena", answers.languages(), answers.interests(),
							answers.children(), true, false);
					if (answers.tampered()) {
						assertThatThrownBy(() -> checkIns.checkInNewFamily(locationId, family, true, VisitSource.KIOSK))
							.isInstanceOf(CheckInRejected.class);
						assertThat(rows()).as("nothing stored").containsExactly(rows);
						return;
					}
					CheckIn checkIn = checkIns.checkInNewFamily(locationId, family, true, VisitSource.KIOSK);
					assertThat(dsl.fetchValues(FAMILY_LANGUAGE.LANGUAGE_CODE,
							FAMILY_LANGUAGE.FAMILY_ID.eq(checkIn.familyId())))
						.containsExactlyInAnyOrderElementsOf(answers.languages());
					assertThat(dsl.fetchCount(CHILD, CHILD.FAMILY_ID.eq(checkIn.familyId())))
						.isEqualTo(answers.children().size());
					checkIns.checkOut(locationId, checkIn.familyId());
				});
	}

	@Test
	void aReturningFamilyWithCountsOrInterestsNoScreenOffersIsRefusedAndNothingChanges() {
		Fuzz.check(20261218L, Fuzz.tries(100), random -> List.of(returning(random)), Collections::singletonList,
				TamperedAnswersFuzzTest::show, list -> {
					if (list.isEmpty()) {
						return;
					}
					Returning answers = list.get(0);
					int[] rows = rows();
					List<String> interestsBefore = interestsOf(returningFamily);
					if (answers.tampered()) {
						assertThatThrownBy(() -> checkIns.checkInReturning(locationId, returningFamily,
								answers.adults(), answers.children(), true, answers.interests(), VisitSource.KIOSK))
							.isInstanceOf(CheckInRejected.class);
						assertThat(rows()).as("nothing stored").containsExactly(rows);
						assertThat(interestsOf(returningFamily)).isEqualTo(interestsBefore);
						return;
					}
					CheckIn checkIn = checkIns.checkInReturning(locationId, returningFamily, answers.adults(),
							answers.children(), true, answers.interests(), VisitSource.KIOSK);
					assertThat(dsl.fetchValue(VISIT.ADULTS, VISIT.ID.eq(checkIn.visitId())).intValue())
						.isEqualTo(answers.adults());
					assertThat(dsl.fetchValue(VISIT.CHILDREN, VISIT.ID.eq(checkIn.visitId())).intValue())
						.isEqualTo(answers.children());
					checkIns.checkOut(locationId, returningFamily);
				});
	}

	/** What a returning family's screen sends: counts, and interests when changed. */
	record Returning(int adults, int children, List<String> interests, boolean tampered) {
	}

	private Returning returning(Random random) {
		boolean tamperAdults = random.nextInt(3) == 0;
		boolean tamperChildren = random.nextInt(3) == 0;
		int adults = tamperAdults
				? List.of(0, -1, 21, 10_000, Integer.MIN_VALUE, Integer.MAX_VALUE).get(random.nextInt(6))
				: 1 + random.nextInt(20);
		int children = tamperChildren
				? List.of(-1, 31, 10_000, Integer.MIN_VALUE, Integer.MAX_VALUE).get(random.nextInt(5))
				: random.nextInt(31);
		List<String> interests = new ArrayList<>();
		boolean tamperInterests = random.nextInt(4) == 0;
		interests.add(OFFERED.get(random.nextInt(OFFERED.size())));
		if (tamperInterests) {
			interests.add(random.nextInt(interests.size() + 1), notOffered(random));
		}
		return new Returning(adults, children, random.nextBoolean() || tamperInterests ? interests : null,
				tamperAdults || tamperChildren || tamperInterests);
	}

	private Answers answers(Random random) {
		boolean tamperLanguages = random.nextInt(3) == 0;
		boolean tamperInterests = random.nextInt(3) == 0;
		boolean tamperChildren = random.nextInt(3) == 0;
		List<String> languages = new ArrayList<>(List.of(LANGUAGES.get(random.nextInt(LANGUAGES.size()))));
		if (tamperLanguages) {
			languages.add(random.nextInt(languages.size() + 1), notALanguage(random));
		}
		List<String> interests = new ArrayList<>();
		if (random.nextBoolean()) {
			interests.add(OFFERED.get(random.nextInt(OFFERED.size())));
		}
		if (tamperInterests) {
			interests.add(random.nextInt(interests.size() + 1), notOffered(random));
		}
		List<String> children = new ArrayList<>();
		for (int i = random.nextInt(4); i > 0; i--) {
			children.add(NewFamily.AGE_BANDS.get(random.nextInt(NewFamily.AGE_BANDS.size())));
		}
		if (tamperChildren) {
			if (random.nextBoolean()) {
				children.add(List.of("-1", "7-9", "", "0-1 ", "6plus", "<b>").get(random.nextInt(6)));
			}
			else {
				children.addAll(Collections.nCopies(10 + random.nextInt(10_000), "0-1"));
			}
		}
		return new Answers(languages, interests, children, tamperLanguages || tamperInterests || tamperChildren);
	}

	/** A code that no language has, though some look like one. */
	private static String notALanguage(Random random) {
		String code = switch (random.nextInt(6)) {
			case 0 -> "zz";
			case 1 -> "qaa";
			case 2 -> "xx";
			case 3 -> "nl-BE";
			case 4 -> "";
			default -> String.join("", HostileText.nickname(random));
		};
		// the service reads " NL" as "nl", as before
		return LanguageNames.offered().contains(code.strip().toLowerCase(java.util.Locale.ROOT)) ? "zz" : code;
	}

	private static String notOffered(Random random) {
		return switch (random.nextInt(4)) {
			case 0 -> RETIRED;
			case 1 -> "skydiving";
			case 2 -> "Cooking";
			default -> String.join("", HostileText.nickname(random));
		};
	}

	private List<String> interestsOf(long familyId) {
		return dsl.select(INTEREST.CODE)
			.from(FAMILY_INTEREST)
			.join(INTEREST)
			.on(INTEREST.ID.eq(FAMILY_INTEREST.INTEREST_ID))
			.where(FAMILY_INTEREST.FAMILY_ID.eq(familyId))
			.orderBy(INTEREST.CODE)
			.fetch(INTEREST.CODE);
	}

	private static String show(List<? extends Record> answers) {
		return answers.stream().map(Record::toString).map(Fuzz::escape).findFirst().orElse("(none)");
	}

	private int[] rows() {
		return new int[] { dsl.fetchCount(FAMILY), dsl.fetchCount(VISIT), dsl.fetchCount(FAMILY_LANGUAGE),
				dsl.fetchCount(FAMILY_INTEREST), dsl.fetchCount(CHILD) };
	}

}
