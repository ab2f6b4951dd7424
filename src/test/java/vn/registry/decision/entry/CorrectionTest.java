package vn.registry.decision.entry;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Typing slips are corrected by edits, not decisions, and kept in the history. */
class CorrectionTest extends DecisionEntryTestSupport {

	@Test
	void aSeatCorrectionIsKeptInTheHistoryWithBeforeAndAfter() throws Exception {
		long id = committeeOf(savedDecision(submit("/decisions/new",
				establishment("007", "501/QĐ-UBND", "Ban Chỉ đạo chuyển đổi số quận Hai Bà Trưng"))));
		long seat = headSeat(id);
		assertThat(page("/seats/" + seat + "/edit")).contains("Trần Thị Bình");

		MockHttpServletResponse response = correctSeat(seat, version(seat), "Trần Thị Bính");

		assertThat(response.getRedirectedUrl()).isEqualTo("/committees/" + id);
		assertThat(roster(id)).first().isEqualTo("TRUONG_BAN|Trần Thị Bính|Chủ tịch UBND huyện");
		assertThat(page("/committees/" + id + "/history")).contains("<del>Trần Thị Bình</del>", "<ins>Trần Thị Bính</ins>");
	}

	@Test
	void aStaleCorrectionIsRefusedAndTheNewerOneStays() throws Exception {
		long id = committeeOf(savedDecision(submit("/decisions/new",
				establishment("003", "502/QĐ-UBND", "Ban Chỉ đạo chuyển đổi số thử đính chính"))));
		long seat = headSeat(id);
		long opened = version(seat);
		correctSeat(seat, opened, "Người sửa trước");

		MockHttpServletResponse late = correctSeat(seat, opened, "Người sửa sau");

		assertThat(late.getStatus()).isEqualTo(200);
		assertThat(body(late)).contains("vừa được người khác sửa", "Người sửa sau");
		assertThat(roster(id)).first().isEqualTo("TRUONG_BAN|Người sửa trước|Chủ tịch UBND huyện");
	}

	@Test
	void aDecisionCorrectionValidatesItsNumber() throws Exception {
		long decision = savedDecision(submit("/decisions/new",
				establishment("004", "503/QĐ-UBND", "Ban Chỉ đạo chuyển đổi số thử đính chính quyết định")));
		long version = jdbc.sql("SELECT version FROM decision WHERE id = :id").param("id", decision).query(Long.class).single();
		MockHttpServletRequestBuilder request = post("/decisions/" + decision + "/edit").with(user(CLERK).roles("CLERK"))
			.with(csrf())
			.param("version", String.valueOf(version))
			.param("numberSymbol", "503-QĐ-UBND")
			.param("issuer", "UBND huyện thử nghiệm 004");

		String html = mvc.perform(request).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

		assertThat(html).contains("Số, ký hiệu không đúng dạng", "503-QĐ-UBND");
		assertThat(jdbc.sql("SELECT number_symbol FROM decision WHERE id = :id").param("id", decision)
			.query(String.class).single()).isEqualTo("503/QĐ-UBND");
	}

	private MockHttpServletResponse correctSeat(long seat, long version, String name) throws Exception {
		return mvc.perform(post("/seats/" + seat + "/edit").with(user(CLERK).roles("CLERK"))
			.with(csrf())
			.param("version", String.valueOf(version))
			.param("fullName", name)
			.param("position", "Chủ tịch UBND huyện")).andReturn().getResponse();
	}

	private long headSeat(long committeeId) {
		return jdbc.sql("""
				SELECT s.id FROM seat s JOIN role r ON r.id = s.role_id
				WHERE s.committee_id = :id AND r.code = 'TRUONG_BAN' AND s.end_on IS NULL""")
			.param("id", committeeId).query(Long.class).single();
	}

	private long version(long seat) {
		return jdbc.sql("SELECT version FROM seat WHERE id = :id").param("id", seat).query(Long.class).single();
	}

}
