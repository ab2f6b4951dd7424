package vn.registry.committee;

import org.junit.jupiter.api.Test;

import vn.registry.Html;
import vn.registry.RegistryTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committee page's "as of" date is a text field in dd/MM/yyyy, not the browser's date picker,
 * and the address takes the date as typed or in ISO.
 */
class AsOfDateInputTest extends RegistryTestSupport {

	@Test
	void theAsOfFieldIsTextInDdMmYyyyWithTheServersPatternForTheBrowser() throws Exception {
		String input = asOfInput(page("/committees/3", "on", "19/04/2022"));

		assertThat(input).contains("type=\"text\"", "value=\"19/04/2022\"", "data-date-pattern=\"dd/MM/yyyy\"",
				"data-date-message=\"Ngày phải có dạng dd/mm/yyyy").doesNotContain("type=\"date\"");
	}

	@Test
	void todayIsShownInDdMmYyyyWhenNoDateIsAsked() throws Exception {
		String today = vn.registry.system.Dates.format(clock.today());

		assertThat(asOfInput(page("/committees/3"))).contains("value=\"" + today + "\"");
	}

	@Test
	void theTypedFormAndTheIsoFormShowTheSameRoster() throws Exception {
		String typed = Html.section(page("/committees/4", "on", "01/01/2020"), "roster");
		String iso = Html.section(page("/committees/4", "on", "2020-01-01"), "roster");

		assertThat(typed).isEqualTo(iso).contains("01/01/2020");
		assertThat(json("/api/committees/4", "on", "01/01/2020").read("$.asOf", String.class)).isEqualTo("2020-01-01");
		assertThat(page("/committees/4", "on", "01/01/2020")).contains("Danh sách thành viên tại ngày 01/01/2020.");
	}

	@Test
	void aDateThatIsNoDateIsABadRequest() throws Exception {
		assertThat(get(org.springframework.http.MediaType.TEXT_HTML, "/committees/4", "on", "31/02/2022").getStatus())
			.isEqualTo(400);
		assertThat(get(org.springframework.http.MediaType.APPLICATION_JSON, "/api/committees/4", "on", "2022-02-31")
			.getStatus()).isEqualTo(400);
	}

	private static String asOfInput(String html) {
		java.util.regex.Matcher input = java.util.regex.Pattern.compile("<input[^>]*id=\"on\"[^>]*>").matcher(html);
		assertThat(input.find()).as("the page has the as-of field").isTrue();
		return input.group();
	}

}
