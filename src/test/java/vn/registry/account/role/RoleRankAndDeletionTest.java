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
 * The administrator re-ranks roles and deletes those no seat holds. Each test runs in a
 * transaction that is rolled back, so the roles other tests read stay the seeded ones.
 */
@Transactional
class RoleRankAndDeletionTest extends AccountTestSupport {

	@Test
	void changesARank() throws Exception {
		long id = roleId("UY_VIEN");

		MvcResult result = mvc.perform(post("/admin/roles/{id}/rank", id).with(admin()).with(csrf()).param("rank", "45"))
			.andExpect(redirectedUrl("/admin/roles"))
			.andReturn();

		assertThat(jdbc.sql("SELECT rank FROM role WHERE id = :id").param("id", id).query(Integer.class).single())
			.isEqualTo(45);
		assertThat(afterRedirect(result)).contains("Đã đổi thứ tự của vai trò Ủy viên thành 45.");
	}

	@Test
	void refusesARankTakenOrOutOfRange() throws Exception {
		long id = roleId("UY_VIEN");

		String taken = body(mvc.perform(post("/admin/roles/{id}/rank", id).with(admin()).with(csrf()).param("rank", "10"))
			.andReturn()
			.getResponse());
		String zero = body(mvc.perform(post("/admin/roles/{id}/rank", id).with(admin()).with(csrf()).param("rank", "0"))
			.andReturn()
			.getResponse());

		assertThat(taken).contains("is-invalid", "Thứ tự này đã dùng cho một vai trò khác trong cùng phạm vi.");
		assertThat(zero).contains("is-invalid", "Thứ tự là số nguyên từ 1 đến 9999.");
		assertThat(jdbc.sql("SELECT rank FROM role WHERE id = :id").param("id", id).query(Integer.class).single())
			.isEqualTo(40);
	}

	@Test
	void deletesARoleNoSeatHolds() throws Exception {
		long id = jdbc.sql("INSERT INTO role (code, name, name_en, scope, rank) "
				+ "VALUES ('KHACH_MOI', 'Khách mời', 'Guest', 'COMMITTEE', 90) RETURNING id").query(Long.class).single();

		MvcResult result = mvc.perform(post("/admin/roles/{id}/delete", id).with(admin()).with(csrf()))
			.andExpect(redirectedUrl("/admin/roles"))
			.andReturn();

		assertThat(roleCount()).isEqualTo(7);
		assertThat(afterRedirect(result)).contains("Đã xóa vai trò Khách mời.");
	}

	@Test
	void refusesToDeleteARoleASeatHolds() throws Exception {
		long id = roleId("TRUONG_BAN");
		long seats = jdbc.sql("SELECT count(*) FROM seat WHERE role_id = :id").param("id", id).query(Long.class).single();
		assertThat(seats).as("the seeded rosters have heads").isPositive();

		MvcResult result = mvc.perform(post("/admin/roles/{id}/delete", id).with(admin()).with(csrf()))
			.andExpect(redirectedUrl("/admin/roles"))
			.andReturn();

		assertThat(roleCount()).isEqualTo(7);
		assertThat(afterRedirect(result)).contains("Không thể xóa vai trò Trưởng ban vì có " + seats + " thành viên");
	}

	private long roleId(String code) {
		return jdbc.sql("SELECT id FROM role WHERE code = :code").param("code", code).query(Long.class).single();
	}

	private long roleCount() {
		return jdbc.sql("SELECT count(*) FROM role").query(Long.class).single();
	}

}
