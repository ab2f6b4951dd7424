package vn.registry.decision.entry;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class EstablishDecisionTest extends DecisionEntryTestSupport {

	@Test
	void establishmentCreatesTheCommitteeItsRosterInRoleOrderAndItsWorkingGroup() throws Exception {
		Map<String, String> form = establishment("001", "101/QĐ-UBND", "Ban Chỉ đạo chuyển đổi số quận Ba Đình");

		long decisionId = savedDecision(submit("/decisions/new", form));
		long committeeId = committeeOf(decisionId);

		assertThat(roster(committeeId)).containsExactly("TRUONG_BAN|Trần Thị Bình|Chủ tịch UBND huyện",
				"PHO_TRUONG_BAN||Phó Chủ tịch UBND huyện", "UY_VIEN||Trưởng phòng Nội vụ");
		String committee = page("/committees/" + committeeId);
		assertThat(committee).contains("Ban Chỉ đạo chuyển đổi số quận Ba Đình", "Tổ giúp việc",
				"Trưởng phòng Văn hóa và Thông tin", "Lê Văn Cường", "Tham mưu về chuyển đổi số", "101/QĐ-UBND",
				"16/12/2021");
		assertThat(jdbc.sql("SELECT count(*) FROM seat WHERE committee_id = :id AND working_group_id IS NOT NULL")
			.param("id", committeeId).query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void theConfirmationPageShowsWhatTheDecisionChanged() throws Exception {
		long decisionId = savedDecision(submit("/decisions/new",
				establishment("002", "102/QĐ-UBND", "Ban Chỉ đạo chuyển đổi số quận Hoàn Kiếm")));

		String saved = page("/decisions/" + decisionId + "/saved");

		assertThat(saved).contains("id=\"changes-added\"", "Trần Thị Bình", "Tham mưu về chuyển đổi số")
			.doesNotContain("id=\"changes-ended\"");
	}

	@Test
	void everyChangeIsInTheHistoryWithWhoMadeIt() throws Exception {
		long decisionId = savedDecision(submit("/decisions/new",
				establishment("003", "103/QĐ-UBND", "Ban Chỉ đạo chuyển đổi số quận Tây Hồ")));
		long committeeId = committeeOf(decisionId);

		assertThat(jdbc.sql("SELECT DISTINCT changed_by FROM change_log WHERE committee_id = :id")
			.param("id", committeeId).query(String.class).list()).containsExactly(CLERK);
		assertThat(jdbc.sql("SELECT count(*) FROM change_log WHERE committee_id = :id AND table_name = 'seat'")
			.param("id", committeeId).query(Long.class).single()).isEqualTo(5);
		assertThat(page("/committees/" + committeeId + "/history")).contains(CLERK, "Trần Thị Bình", "Chủ tịch UBND huyện");
	}

	@Test
	void aDoubleSubmitRecordsOneDecision() throws Exception {
		Map<String, String> form = establishment("004", "104/QĐ-UBND", "Ban Chỉ đạo chuyển đổi số quận Long Biên");
		long before = count("decision");

		MockHttpServletResponse first = submit("/decisions/new", form);
		MockHttpServletResponse second = submit("/decisions/new", form);

		assertThat(savedDecision(second)).isEqualTo(savedDecision(first));
		assertThat(count("decision")).isEqualTo(before + 1);
	}

	@Test
	void theUnitIsFoundFromPartOfItsNameWithoutDiacritics() throws Exception {
		Map<String, String> form = establishment("005", "105/QĐ-UBND", "Ban Chỉ đạo chuyển đổi số huyện Krông Năng");
		form.remove("unitId");
		form.put("unitQuery", "huyen krong nang");

		long committeeId = committeeOf(savedDecision(submit("/decisions/new", form)));

		assertThat(jdbc.sql("SELECT u.code FROM committee c JOIN administrative_unit u ON u.id = c.unit_id WHERE c.id = :id")
			.param("id", committeeId).query(String.class).single()).isEqualTo("650");
	}

	@Test
	void anAmbiguousUnitIsOfferedAsAChoiceAndNothingIsWritten() throws Exception {
		Map<String, String> form = establishment("006", "106/QĐ-UBND", "Ban Chỉ đạo mơ hồ");
		form.remove("unitId");
		form.put("unitQuery", "krong nang");
		long before = count("committee");

		MockHttpServletResponse response = submit("/decisions/new", form);

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(body(response)).contains("id=\"unitChoice\"", "Huyện Krông Năng, Tỉnh Đắk Lắk",
				"Thị trấn Krông Năng, Huyện Krông Năng, Tỉnh Đắk Lắk");
		assertThat(count("committee")).isEqualTo(before);
	}

	@Test
	void theUnitPickerAnswersWithoutDiacriticsInTheStructureOfTheDecisionsDate() throws Exception {
		String before = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/units")
			.param("q", "mdrak").param("on", "16/12/2021")).andReturn().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		String today = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/units")
			.param("q", "mdrak")).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

		assertThat(before).contains("Huyện M'Đrắk, Tỉnh Đắk Lắk (đến 30/06/2025)").doesNotContain("Xã M'Drắk");
		assertThat(today).contains("Xã M'Drắk, Tỉnh Đắk Lắk\"").doesNotContain("Huyện M'Đrắk");
	}

}
