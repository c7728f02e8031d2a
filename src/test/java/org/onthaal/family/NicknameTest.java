package org.onthaal.family;

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
