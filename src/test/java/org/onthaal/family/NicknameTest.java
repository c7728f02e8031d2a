package org.onthaal.family;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NicknameTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "Amal|Amal", "  Jean  Pierre |Jean Pierre", "Anne-Sophie|Anne-Sophie",
			"O'Brien|O'Brien", "مريم|مريم", "Олена|Олена", "Zoë|Zoë", "Mama2|Mama2", "Ayşe|Ayşe", "ሰላም|ሰላም" })
	void acceptsNamesInAnyScript(String input, String expected) {
		assertThat(Nickname.clean(input)).isEqualTo(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "<script>alert(1)</script>", "Ana\u202Egro", "Ana\u2066x", "Bob\u0000", "Tab\u0007",
			"\uD83D\uDE00\uD83D\uDE00", "1234", "...", "a&b", "x\"y", "a/b" })
	void refusesMarkupControlAndBidiCharactersAndEmojiOnly(String input) {
		assertThatThrownBy(() -> Nickname.clean(input)).isInstanceOfSatisfying(Nickname.Rejected.class,
				ex -> assertThat(ex.problem()).isEqualTo(Nickname.Problem.INVALID));
	}

	/**
	 * A line break or tab pasted into the field is almost always innocent (copied from a
	 * message, a phone's auto-complete): it becomes one space, as any run of whitespace
	 * does, so the name reads the same on every screen.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "Anna\nMarie", "Anna\r\nMarie", "Anna\tMarie", "Anna \n \t Marie", "Anna\u000BMarie",
			"Anna\u00A0Marie", "Anna\u2028Marie", "Anna\u2029Marie", "Anna\u0085Marie", "Anna\u3000Marie",
			"\nAnna Marie\r\n" })
	void collapsesLineBreaksAndOtherWhitespaceToOneSpace(String input) {
		assertThat(Nickname.clean(input)).isEqualTo("Anna Marie");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Anna\u0000", "An\u0008na", "Anna\u001BMarie", "Anna\u007F", "Anna\u009BMarie",
			"Anna\u001CMarie" })
	void refusesOtherControlCharacters(String input) {
		assertThatThrownBy(() -> Nickname.clean(input)).isInstanceOfSatisfying(Nickname.Rejected.class,
				ex -> assertThat(ex.problem()).isEqualTo(Nickname.Problem.INVALID));
	}

	/**
	 * Persian, Urdu and the Indic scripts write some names with a zero-width non-joiner
	 * or joiner inside a word: it is part of the spelling, not a trick.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "مهر\u200Cنوش", "فرح\u200Cناز", "نرگس\u200Cبیگم", "क्\u200Dष", "क्\u200Cष",
			"ശ്രീ\u200Cലക്ഷ്മി", "ന്\u200Dമ", "ශ්\u200Dරී", "Sara مهر\u200Cنوش" })
	void acceptsZeroWidthJoinersInsideAWord(String input) {
		assertThat(Nickname.clean(input)).isEqualTo(input);
	}

	@ParameterizedTest
	@ValueSource(strings = { "\u200C", "\u200D\u200C", "\u200CAnna", "Anna\u200D", "Anna \u200CMarie",
			"Anna\u200C Marie", "Anna\u200C\u200CMarie", "Anna\u200C1", "\uD83D\uDC68\u200D\uD83D\uDC69",
			"Ana\u202Agro", "Ana\u202Bgro", "Ana\u202Cgro", "Ana\u202Dgro", "Ana\u2067x", "Ana\u2068x", "Ana\u2069x",
			"Ana\u200Bx", "Ana\u2060x", "Ana\uFEFFx", "Ana\u200Fx" })
	void refusesZeroWidthAndBidiCharactersOutsideAWord(String input) {
		assertThatThrownBy(() -> Nickname.clean(input)).isInstanceOfSatisfying(Nickname.Rejected.class,
				ex -> assertThat(ex.problem()).isEqualTo(Nickname.Problem.INVALID));
	}

	@Test
	void storesTheComposedForm() {
		assertThat(Nickname.clean("Zoe\u0308")).isEqualTo("Zoë").hasSize(3);
		assertThat(Nickname.clean("Ame\u0301lie\nNguye\u0302\u0303n")).isEqualTo("Amélie Nguyễn");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", "\t\n" })
	void refusesEmpty(String input) {
		assertThatThrownBy(() -> Nickname.clean(input)).isInstanceOfSatisfying(Nickname.Rejected.class,
				ex -> assertThat(ex.problem()).isEqualTo(Nickname.Problem.EMPTY));
	}

	@ParameterizedTest
	@ValueSource(ints = { 41, 500 })
	void refusesTooLong(int length) {
		assertThatThrownBy(() -> Nickname.clean("a".repeat(length))).isInstanceOfSatisfying(Nickname.Rejected.class,
				ex -> assertThat(ex.problem()).isEqualTo(Nickname.Problem.TOO_LONG));
		assertThat(Nickname.clean("a".repeat(40))).hasSize(40);
	}

}
