package vn.registry.committee;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import vn.registry.RegistryTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committee page carries, for print only, the heading of an A4 roster: the national heading,
 * the committee's name, the decisions in force with number and date, the as-of date and the
 * print date (Vietnam's).
 */
class RosterPrintTest extends RegistryTestSupport {

	@Test
	void thePrintHeadingHasTheNationalHeadingTheNameTheDecisionsInForceAndBothDates() throws Exception {
		clock.set(Instant.parse("2026-03-01T23:30:00Z"));

		String page = page("/committees/3");
		String heading = page.substring(page.indexOf("print-heading"), page.indexOf("</p>", page.indexOf("print-date")));

		assertThat(heading).containsSubsequence("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
				"Ban Chỉ đạo chuyển đổi số tỉnh Quảng Trị", "Thành lập", "4268/QĐ-UBND", "16/12/2021",
				"Danh sách tại ngày 02/03/2026", "In ngày 02/03/2026");
	}

	@Test
	void asOfAnEarlierDateOnlyTheDecisionsKnownByThenAreInForce() throws Exception {
		String page = page("/committees/3", "on", "01/01/2021");

		assertThat(page).contains("Danh sách tại ngày 01/01/2021");
		assertThat(page.substring(page.indexOf("print-heading"), page.indexOf("print-as-of"))).doesNotContain("4268/QĐ-UBND");
	}

	@Test
	void readsInEnglishToo() throws Exception {
		assertThat(page("/committees/3", "lang", "en", "on", "2022-01-31")).contains("SOCIALIST REPUBLIC OF VIET NAM",
				"Independence - Freedom - Happiness", "Roster as of 31/01/2022", "Printed on ");
	}

	@Test
	void theStylesheetPrintsOnA4WithPageNumbersAndHidesTheHeadingOnScreen() throws Exception {
		String css = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/css/registry.css"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(css).contains(".print-only { display: none; }", "size: A4", "@bottom-center",
				"counter(page)", "counter(pages)");
	}

}
