package vn.registry.account.role;

import org.junit.jupiter.api.Test;
import vn.registry.account.AccountTestSupport;

import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * The administrator lists and adds roster roles. Each test runs in a transaction that is rolled
 * back, so the roles other tests read stay the seeded ones.
 */
@Transactional
class RoleAdditionTest extends AccountTestSupport {

	@Test
	void listsTheRolesWithTheirSeats() throws Exception {
		String html = adminPage("/admin/roles");

		assertThat(html).contains("Trưởng ban", "Phó Trưởng ban Thường trực", "Tổ trưởng", "Standing Deputy Head",
				"PHO_TRUONG_BAN_THUONG_TRUC", "Tổ giúp việc");
	}

	@Test
	void addsARoleWithACodeFromItsNameAndLogsWhoDidIt() throws Exception {
		MvcResult result = mvc.perform(post("/admin/roles/new").with(admin()).with(csrf())
			.param("name", "Thư ký")
			.param("nameEn", "Secretary")
			.param("scope", "COMMITTEE")
			.param("rank", "50")).andExpect(redirectedUrl("/admin/roles")).andReturn();

		assertThat(jdbc.sql("SELECT code || ' ' || name_en || ' ' || scope || ' ' || rank FROM role WHERE name = 'Thư ký'")
			.query(String.class)
			.single()).isEqualTo("THU_KY Secretary COMMITTEE 50");
		assertThat(jdbc.sql("SELECT changed_by FROM change_log WHERE table_name = 'role' AND action = 'INSERT' "
				+ "AND after ->> 'code' = 'THU_KY'").query(String.class).single()).isEqualTo("test-admin");
		assertThat(afterRedirect(result)).contains("Đã thêm vai trò Thư ký (mã THU_KY).");
	}

	@Test
	void sameNameInTheOtherScopeGetsANumberedCode() throws Exception {
		mvc.perform(post("/admin/roles/new").with(admin()).with(csrf())
			.param("name", "Thành viên")
			.param("nameEn", "Member (committee)")
			.param("scope", "COMMITTEE")
			.param("rank", "60")).andExpect(redirectedUrl("/admin/roles"));

		assertThat(jdbc.sql("SELECT code FROM role WHERE name = 'Thành viên' AND scope = 'COMMITTEE'")
			.query(String.class)
			.single()).isEqualTo("THANH_VIEN_2");
	}

	@Test
	void refusesANameOrRankTakenInTheScope() throws Exception {
		String html = body(mvc.perform(post("/admin/roles/new").with(admin()).with(csrf())
			.param("name", "ủy viên")
			.param("nameEn", "Member")
			.param("scope", "COMMITTEE")
			.param("rank", "10")).andReturn().getResponse());

		assertThat(html).contains("is-invalid", "Phạm vi này đã có vai trò cùng tên.",
				"Thứ tự này đã dùng cho một vai trò khác trong cùng phạm vi.");
		assertThat(roleCount()).isEqualTo(7);
	}

	@Test
	void showsEveryInvalidFieldOfANewRole() throws Exception {
		String html = body(mvc.perform(post("/admin/roles/new").with(admin()).with(csrf())
			.param("name", "")
			.param("nameEn", "")
			.param("scope", "")
			.param("rank", "mười")).andReturn().getResponse());

		assertThat(html).contains("Xin nhập tên vai trò.", "Xin nhập tên vai trò bằng tiếng Anh.",
				"Xin chọn phạm vi của vai trò.", "Thứ tự là số nguyên từ 1 đến 9999.");
		assertThat(roleCount()).isEqualTo(7);
	}

	private long roleCount() {
		return jdbc.sql("SELECT count(*) FROM role").query(Long.class).single();
	}

}
