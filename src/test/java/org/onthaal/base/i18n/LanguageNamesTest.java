package org.onthaal.base.i18n;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "another language" search: a parent or host types whatever name they know the
 * language by.
 */
class LanguageNamesTest {

	@Test
	void aLanguageIsFoundByItsEnglishDutchAndFrenchNameAndItsCode() {
		assertThat(found("Pashto")).contains("ps");
		assertThat(found("Pasjtoe")).contains("ps");
		assertThat(found("pachto")).contains("ps");
		assertThat(found("tigr")).contains("ti");
		assertThat(found("ti")).contains("ti");
		assertThat(found("Tigrinya")).contains("ti");
	}

	@Test
	void aLanguageIsStillFoundByItsOwnName() {
		assertThat(found("ትግርኛ")).contains("ti");
		assertThat(found("پښتو")).contains("ps");
	}

	@Test
	void dariIsOfferedInItsOwnScriptAndFoundByItsName() {
		assertThat(LanguageNames.offered()).contains("prs");
		assertThat(LanguageNames.own("prs")).isEqualTo("دری");
		assertThat(found("Dari")).contains("prs");
		assertThat(found("دری")).contains("prs");
	}

	@Test
	void berberShowsInItsOwnNameAndIsFoundByItsOtherNames() {
		assertThat(LanguageNames.own("ber")).isEqualTo("Tamaziɣt / ⵜⴰⵎⴰⵣⵉⵖⵜ");
		assertThat(Translations.nativeName("ber")).isEqualTo("Tamaziɣt / ⵜⴰⵎⴰⵣⵉⵖⵜ");
		assertThat(found("Berber")).contains("ber");
		assertThat(found("tamazight")).contains("ber");
	}

	@Test
	void caseAndAccentsDoNotMatter() {
		assertThat(found("BERBERE")).contains("ber");
		assertThat(found("  somali ")).contains("so");
	}

	@Test
	void everyOfferedLanguageHasARealNameNotABareCode() {
		assertThat(LanguageNames.offered()).allSatisfy(code -> assertThat(LanguageNames.own(code)).isNotEqualTo(code));
	}

	@Test
	void anEmptySearchFindsEverythingAndNonsenseFindsNothing() {
		assertThat(found("")).hasSameSizeAs(LanguageNames.offered());
		assertThat(found("xqzv")).isEmpty();
	}

	private static List<String> found(String typed) {
		return LanguageNames.offered().stream().filter(code -> LanguageNames.matches(code, typed)).toList();
	}

}
