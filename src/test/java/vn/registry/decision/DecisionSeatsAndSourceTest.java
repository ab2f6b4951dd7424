package vn.registry.decision;

import java.util.List;
import java.util.regex.Pattern;

import com.jayway.jsonpath.DocumentContext;
import org.junit.jupiter.api.Test;

import vn.registry.Html;
import vn.registry.RegistryTestSupport;

import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The decision page names the decision on each seat it appointed, says its heading once, and shows
 * the decision's source: the seeded document and what the clerk typed.
 */
class DecisionSeatsAndSourceTest extends RegistryTestSupport {

	@Test
	void seatRowsLinkToTheDecisionByItsNumber() throws Exception {
		String seats = appointed(page("/decisions/4"));

		assertThat(seats).contains("href=\"/decisions/4\">4268/QĐ-UBND</a>").doesNotContain("Số chưa rõ");
		assertThat(appointed(page("/decisions/5"))).contains(">4347/QĐ-UBND</a>")
			.doesNotContain("Số chưa rõ");
	}

	@Test
	void aDecisionWithoutANumberSaysSoOnItsSeats() throws Exception {
		long unnumbered = jdbc.sql("""
				SELECT d.id FROM decision d WHERE d.number_symbol IS NULL AND d.stated_number IS NULL
				  AND EXISTS (SELECT 1 FROM seat s WHERE s.appointed_by_decision_id = d.id) ORDER BY d.id LIMIT 1""")
			.query(Long.class)
			.single();

		assertThat(appointed(page("/decisions/" + unnumbered))).contains("Số chưa rõ");
	}

	@Test
	void theHeadingIsShownOnceAndTheTableCaptionIsForScreenReadersOnly() throws Exception {
		String html = page("/decisions/4");

		List<String> visible = Pattern.compile("<h2[^>]*>Thành viên theo quyết định này</h2>|<caption>Thành viên theo quyết định này</caption>")
			.matcher(html)
			.results()
			.map(m -> m.group())
			.toList();
		assertThat(visible).hasSize(2);
		assertThat(html).contains("class=\"table-responsive caption-hidden\"");
		assertThat(css()).contains(".caption-hidden caption");
	}

	@Test
	void showsTheSeededSourceDocument() throws Exception {
		assertThat(Html.element(page("/decisions/4"), "decision-source", "dd")).contains("href=\"/sources/2\"")
			.doesNotContain("chưa rõ");
	}

	@Test
	@Transactional
	void showsTheSourceTheClerkTypedBesideTheDocument() throws Exception {
		jdbc.sql("UPDATE decision SET source_note = 'Bản gốc lưu tại Văn phòng UBND tỉnh' WHERE id = 4").update();

		String source = Html.element(page("/decisions/4"), "decision-source", "dd");

		assertThat(source).contains("href=\"/sources/2\"", "Bản gốc lưu tại Văn phòng UBND tỉnh");
		DocumentContext json = json("/api/decisions/4");
		assertThat(json.read("$.decision.sourceNote", String.class)).isEqualTo("Bản gốc lưu tại Văn phòng UBND tỉnh");
		assertThat(json.read("$.decision.sourceId", Integer.class)).isEqualTo(2);
	}

	@Test
	void theDecisionJsonCarriesItsSeatsWithTheirDecisionNumber() throws Exception {
		DocumentContext json = json("/api/decisions/4");

		assertThat(json.read("$.decision.numberSymbol", String.class)).isEqualTo("4268/QĐ-UBND");
		assertThat(json.read("$.seats[*].decisionNumber", List.class)).hasSize(3).containsOnly("4268/QĐ-UBND");
		assertThat(get(org.springframework.http.MediaType.APPLICATION_JSON, "/api/decisions/999999").getStatus())
			.isEqualTo(404);
	}

	private static String appointed(String html) {
		return Html.element(html, "aria-labelledby=\"appointed-title\"", "section");
	}

	private String css() throws Exception {
		return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/css/registry.css"))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
