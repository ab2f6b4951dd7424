package vn.registry.decision.entry;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** A decision entered by mistake is annulled with a reason: what it did is undone, the decision is kept. */
class AnnulmentTest extends DecisionEntryTestSupport {

	private MockHttpServletResponse annul(long decision, String reason) throws Exception {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("version", String.valueOf(jdbc.sql("SELECT version FROM decision WHERE id = :id").param("id", decision)
			.query(Long.class).single()));
		form.put("reason", reason);
		return submit("/decisions/" + decision + "/annul", form);
	}

	@Test
	void anAnnulledConsolidationGivesBackTheRosterItEndedAndIsKeptForClerks() throws Exception {
		long established = savedDecision(submit("/decisions/new",
				establishment("279", "901/QĐ-UBND", "Ban Chỉ đạo chuyển đổi số huyện Thường Tín")));
		long id = committeeOf(established);
		Map<String, String> form = new LinkedHashMap<>();
		form.put("type", "CONSOLIDATE");
		form.put("submissionId", UUID.randomUUID().toString());
		form.put("committeeVersion", String.valueOf(committeeVersion(id)));
		form.put("numberSymbol", "902/QĐ-UBND");
		form.put("signedOn", "01/06/2023");
		form.put("issuer", "UBND huyện Thường Tín");
		form.put("declaredMemberCount", "9");
		form.put("seats[0].roleId", String.valueOf(roleId("TRUONG_BAN")));
		form.put("seats[0].fullName", "Người Nhập Nhầm");
		form.put("seats[0].position", "Chủ tịch UBND huyện");
		form.put("action", "save");
		long wrong = savedDecision(submit("/committees/" + id + "/decisions/new", form));

		assertThat(annul(established, "thử").getContentAsString()).contains("Chỉ quyết định mới nhất");
		MockHttpServletResponse done = annul(wrong, "Nhập nhầm số quyết định của huyện khác");

		assertThat(done.getRedirectedUrl()).isEqualTo("/decisions/" + wrong);
		assertThat(roster(id)).contains("TRUONG_BAN|Trần Thị Bình|Chủ tịch UBND huyện").noneMatch(s -> s.contains("Nhập Nhầm"));
		assertThat(page("/committees/" + id)).doesNotContain("Người Nhập Nhầm", "Quyết định công bố 9 thành viên.");
		assertThat(page("/decisions/" + wrong)).contains("Quyết định này đã được đánh dấu nhập nhầm.",
				"Nhập nhầm số quyết định của huyện khác");
		assertThat(mvc.perform(get("/decisions/" + wrong)).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(body(mvc.perform(get("/decisions")).andReturn().getResponse())).doesNotContain("902/QĐ-UBND");
		assertThat(jdbc.sql("SELECT count(*) FROM decision WHERE id = :id AND annulled_by = :u").param("id", wrong)
			.param("u", CLERK).query(Long.class).single()).isEqualTo(1);
		assertThat(page("/committees/" + id + "/history")).contains("Người Nhập Nhầm");
	}

	@Test
	void anAnnulledEstablishmentTakesTheCommitteeOffTheListsAndGivesBackTheCommitteesItReplaced() throws Exception {
		long old = committeeOf(savedDecision(submit("/decisions/new",
				establishment("00040", "903/QĐ-UBND", "Ban Chỉ đạo chuyển đổi số phường Đồng Xuân"))));
		Map<String, String> form = establishment("001", "55-QĐ/ĐU", "Ban Chỉ đạo phường Hoàn Kiếm (nhập nhầm)");
		form.put("unitId", String.valueOf(unitId2025("00070")));
		form.put("signedOn", "15/08/2025");
		form.put("replacedCommitteeIds", String.valueOf(old));
		long wrong = savedDecision(submit("/decisions/new", form));
		long successor = committeeOf(wrong);

		annul(wrong, "Trùng với quyết định đã nhập");

		assertThat(jdbc.sql("SELECT status FROM committee WHERE id = :id").param("id", successor).query(String.class).single())
			.isEqualTo("ANNULLED");
		assertThat(jdbc.sql("SELECT status || coalesce(ended_on::text, '') FROM committee WHERE id = :id").param("id", old)
			.query(String.class).single()).isEqualTo("ACTIVE");
		assertThat(roster(old)).isNotEmpty();
		assertThat(body(mvc.perform(get("/committees").param("q", "nhap nham")).andReturn().getResponse()))
			.doesNotContain("href=\"/committees/" + successor + "\"");
		assertThat(mvc.perform(get("/committees/" + successor)).andReturn().getResponse().getStatus()).isEqualTo(404);
	}

}
