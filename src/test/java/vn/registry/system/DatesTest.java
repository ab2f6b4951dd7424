package vn.registry.system;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One date format for people, dd/MM/yyyy, strict; addresses also take ISO. */
class DatesTest {

	@Test
	void readsAndWritesDdMmYyyy() {
		assertThat(Dates.parse("16/12/2021")).isEqualTo(LocalDate.of(2021, 12, 16));
		assertThat(Dates.parse(" 29/02/2024 ")).isEqualTo(LocalDate.of(2024, 2, 29));
		assertThat(Dates.format(LocalDate.of(2021, 3, 1))).isEqualTo("01/03/2021");
		assertThat(Dates.PATTERN).isEqualTo("dd/MM/yyyy");
	}

	@ParameterizedTest(name = "\"{0}\" is refused")
	@ValueSource(strings = { "2024-03-15", "31/02/2024", "29/02/2023", "1/3/2021", "16/12/21", "16-12-2021",
			"16/12/2021x", "32/01/2021", "00/01/2021", "15/13/2021" })
	void refusesAnythingElse(String typed) {
		assertThatThrownBy(() -> Dates.parse(typed)).isInstanceOf(DateTimeParseException.class);
	}

	@Test
	void anAddressTakesBothFormsAndRefusesNonsenseAsABadRequest() {
		assertThat(Dates.parseAddress("19/04/2022")).isEqualTo(LocalDate.of(2022, 4, 19));
		assertThat(Dates.parseAddress("2022-04-19")).isEqualTo(LocalDate.of(2022, 4, 19));
		assertThatThrownBy(() -> Dates.parseAddress("yesterday")).isInstanceOf(BadRequestException.class);
		assertThatThrownBy(() -> Dates.parseAddress("31/02/2022")).isInstanceOf(BadRequestException.class);
		assertThatThrownBy(() -> Dates.parseAddress("2021-13-45")).isInstanceOf(BadRequestException.class);
	}

}
