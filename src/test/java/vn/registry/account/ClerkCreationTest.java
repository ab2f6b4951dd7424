package vn.registry.account;

import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/** An administrator lists the accounts and creates clerks; a bad form is answered at its fields. */
class ClerkCreationTest extends AccountTestSupport {

	@Test
	void listShowsTheAccounts() throws Exception {
		String clerk = account("clerk", AccountRole.CLERK);

		String html = adminPage("/admin/users");

		assertThat(html).contains(clerk, "Người dùng clerk", "Chuyên viên", "Quản trị viên", "Đang hoạt động");
	}

	@Test
	void createsAClerkWhoCanThenLogIn() throws Exception {
		String username = "clerk-" + System.nanoTime();

		MvcResult result = mvc.perform(post("/admin/users/new").with(admin()).with(csrf())
			.param("username", username)
			.param("displayName", "Nguyễn Văn An")
			.param("password", PASSWORD)
			.param("confirmPassword", PASSWORD)).andExpect(redirectedUrl("/admin/users")).andReturn();

		AppUser created = reload(username);
		assertThat(created.getRole()).isEqualTo(AccountRole.CLERK);
		assertThat(created.isEnabled()).isTrue();
		assertThat(created.getDisplayName()).isEqualTo("Nguyễn Văn An");
		assertThat(passwordEncoder.matches(PASSWORD, created.getPasswordHash())).isTrue();
		assertThat(afterRedirect(result)).contains("Đã tạo tài khoản chuyên viên " + username + ".");
		assertThat(created.isMustChangePassword()).as("a password the administrator chose").isTrue();
		mvc.perform(post("/login").param("username", username).param("password", PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/account/password"));
	}

	@Test
	void invalidClerkFormShowsErrorsAtTheFieldsAndKeepsNoPassword() throws Exception {
		String html = body(mvc.perform(post("/admin/users/new").with(admin()).with(csrf())
			.param("username", "Ab")
			.param("displayName", " ")
			.param("password", "ngắn-quá")
			.param("confirmPassword", "khác hẳn")).andReturn().getResponse());

		assertThat(html).contains("is-invalid", "invalid-feedback",
				"Tên đăng nhập gồm từ 3 đến 50 ký tự", "Xin nhập họ và tên hiển thị.",
				"Mật khẩu phải dài từ 10 đến 64 ký tự.", "Hai lần nhập mật khẩu không khớp nhau.")
			.contains("value=\"Ab\"")
			.doesNotContain("ngắn-quá", "khác hẳn");
		assertThat(users.existsByUsername("ab")).isFalse();
	}

	@Test
	void takenUsernameIsRefusedAtTheField() throws Exception {
		String clerk = account("clerk", AccountRole.CLERK);

		String html = body(mvc.perform(post("/admin/users/new").with(admin()).with(csrf())
			.param("username", clerk)
			.param("displayName", "Người khác")
			.param("password", PASSWORD)
			.param("confirmPassword", PASSWORD)).andReturn().getResponse());

		assertThat(html).contains("Tên đăng nhập này đã có người dùng.");
		assertThat(reload(clerk).getDisplayName()).isEqualTo("Người dùng clerk");
	}

}
