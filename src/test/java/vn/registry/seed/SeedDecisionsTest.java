package vn.registry.seed;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.DocumentContext;
import org.junit.jupiter.api.Test;

import vn.registry.RegistryTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** The decisions the seed articles give, with every unknown number or date left unknown. */
class SeedDecisionsTest extends RegistryTestSupport {

	@Test
	void seedsSixDecisions() {
		assertThat(jdbc.sql("SELECT count(*) FROM decision").query(Long.class).single()).isEqualTo(6);
	}

	@Test
	void quangTriWasEstablishedByDecision4268Of16December2021() {
		assertThat(decision("4268/QĐ-UBND")).containsEntry("committee_id", 3L)
			.containsEntry("type", "ESTABLISH")
			.containsEntry("signed_on", "2021-12-16")
			.containsEntry("signed_year_inferred", false)
			.containsEntry("issuer", "UBND tỉnh Quảng Trị");
	}

	@Test
	void thanhHoaWasConsolidatedByDecision4347OfUnknownDate() {
		assertThat(decision("4347/QĐ-UBND")).containsEntry("committee_id", 4L)
			.containsEntry("type", "CONSOLIDATE")
			.containsEntry("signed_on", null)
			.containsEntry("issuer", "UBND tỉnh Thanh Hóa");
	}

	@Test
	void binhDinhWasConsolidatedOn1March2021WithTheYearInferredAndTheNumberUnknown() {
		Map<String, Object> binhDinh = single("committee_id = 6");

		assertThat(binhDinh).containsEntry("type", "CONSOLIDATE")
			.containsEntry("number_symbol", null)
			.containsEntry("stated_number", null)
			.containsEntry("signed_on", "2021-03-01")
			.containsEntry("signed_year_inferred", true)
			.containsEntry("issuer", "UBND tỉnh Bình Định");
	}

	@Test
	void mdrakDecisionsHaveNoNumberOrDateAndWereAdoptedAtTheMeetingOf18November2022() {
		List<Map<String, Object>> mdrak = rows("d.committee_id = 2");

		assertThat(mdrak).extracting(d -> d.get("type")).containsExactly("ESTABLISH", "ADOPT_RULES");
		assertThat(mdrak).allSatisfy(d -> assertThat(d).containsEntry("number_symbol", null)
			.containsEntry("stated_number", null)
			.containsEntry("signed_on", null)
			.containsEntry("adopted_on", "2022-11-18"));
	}

	@Test
	void theNationalCommitteeWasConsolidatedByDecision701OfThePrimeMinister() {
		Map<String, Object> national = single("committee_id = 1");

		assertThat(national).containsEntry("type", "CONSOLIDATE")
			.containsEntry("stated_number", "701")
			.containsEntry("number_symbol", null)
			.containsEntry("signed_on", "2020-05-26")
			.containsEntry("issuer", "Thủ tướng Chính phủ");
	}

	@Test
	void benTreHasNoDecision() throws Exception {
		assertThat(rows("d.committee_id = 5")).isEmpty();
		assertThat(json("/api/committees/5").read("$.decisions", List.class)).isEmpty();
	}

	@Test
	void theApiGivesDecisionDatesAsIsoDatesAndUnknownOnesAsNull() throws Exception {
		DocumentContext quangTri = json("/api/committees/3");
		DocumentContext thanhHoa = json("/api/committees/4");
		DocumentContext binhDinh = json("/api/committees/6");

		assertThat(quangTri.read("$.decisions[0].numberSymbol", String.class)).isEqualTo("4268/QĐ-UBND");
		assertThat(quangTri.read("$.decisions[0].signedOn", String.class)).isEqualTo("2021-12-16");
		assertThat(thanhHoa.read("$.decisions[0].signedOn", String.class)).isNull();
		assertThat(binhDinh.read("$.decisions[0].signedYearInferred", Boolean.class)).isTrue();
		assertThat(binhDinh.read("$.decisions[0].numberSymbol", String.class)).isNull();
	}

	@Test
	void theApiGivesMdraksAdoptionDate() throws Exception {
		DocumentContext mdrak = json("/api/committees/2");

		assertThat(mdrak.read("$.decisions[*].adoptedOn", List.class)).containsExactly("2022-11-18", "2022-11-18");
		assertThat(mdrak.read("$.decisions[*].signedOn", List.class)).containsOnlyNulls();
	}

	private Map<String, Object> decision(String numberSymbol) {
		return jdbc.sql(select() + "WHERE d.number_symbol = :number")
			.param("number", numberSymbol)
			.query()
			.singleRow();
	}

	private Map<String, Object> single(String condition) {
		List<Map<String, Object>> rows = rows("d." + condition);
		assertThat(rows).hasSize(1);
		return rows.get(0);
	}

	private List<Map<String, Object>> rows(String condition) {
		return jdbc.sql(select() + "WHERE " + condition + " ORDER BY d.id").query().listOfRows();
	}

	private static String select() {
		return """
				SELECT d.committee_id, d.type, d.number_symbol, d.stated_number, d.signed_on::text AS signed_on,
				       d.signed_year_inferred, d.issuer, m.held_on::text AS adopted_on
				FROM decision d LEFT JOIN meeting m ON m.id = d.adopted_at_meeting_id
				""";
	}

}
