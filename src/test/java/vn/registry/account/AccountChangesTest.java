package vn.registry.account;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/** An administrator disables, enables and resets accounts, and a stale form changes nothing. */
class AccountChangesTest extends AccountTestSupport {

	@Test
	void disablingEndsTheClerksSessionAndLoginsUntilEnabledAgain() throws Exception {
		String clerk = account("clerk", AccountRole.CLERK);
		MockHttpSession clerkSession = login(clerk, PASSWORD);
		AppUser user = reload(clerk);

		MvcResult result = setEnabled(user, false).andExpect(redirectedUrl("/admin/users")).andReturn();

		assertThat(afterRedirect(result)).contains("Đã vô hiệu hóa tài khoản " + clerk);
		assertThat(reload(clerk).isEnabled()).isFalse();
		mvc.perform(MockMvcRequestBuilders.get("/").session(clerkSession)).andExpect(redirectedUrl("/login?expired"));
		mvc.perform(post("/login").param("username", clerk).param("password", PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/login?error"));

		setEnabled(reload(clerk), true).andExpect(redirectedUrl("/admin/users"));
		assertThat(reload(clerk).isEnabled()).isTrue();
		login(clerk, PASSWORD);
	}

	@Test
	void administratorCannotDisableTheirOwnAccount() throws Exception {
		String admin = account("admin", AccountRole.ADMIN);
		MockHttpSession session = login(admin, PASSWORD);
		AppUser user = reload(admin);

		MvcResult result = mvc.perform(post("/admin/users/{id}/enabled", user.getId()).session(session).with(csrf())
			.param("enabled", "false")
			.param("version", String.valueOf(user.getVersion()))).andExpect(redirectedUrl("/admin/users")).andReturn();

		assertThat(reload(admin).isEnabled()).isTrue();
		assertThat(result.getFlashMap().get(Notice.ATTRIBUTE)).isEqualTo(new Notice("admin.users.ownAccount", true, null, null));
		assertThat(afterRedirect(result)).contains("Bạn không thể tự vô hiệu hóa tài khoản của chính mình.");
	}

	@Test
	void staleVersionIsAConflictAndChangesNothing() throws Exception {
		String clerk = account("clerk", AccountRole.CLERK);
		AppUser shown = reload(clerk);
		setEnabled(shown, false);

		MvcResult result = setEnabled(shown, false).andExpect(redirectedUrl("/admin/users")).andReturn();
		setEnabled(shown, true);

		assertThat(afterRedirect(result)).contains("Tài khoản " + clerk + " vừa được người khác thay đổi");
		assertThat(reload(clerk).isEnabled()).as("the stale enable changed nothing").isFalse();
	}

	@Test
	void resetPasswordReplacesTheOldOneAndMustBeChanged() throws Exception {
		String clerk = account("clerk", AccountRole.CLERK);
		AppUser user = reload(clerk);
		assertThat(adminPage("/admin/users/" + user.getId() + "/password")).contains("name=\"version\"",
				"value=\"" + user.getVersion() + "\"");
		String newPassword = "một-mật-khẩu-mới-2";

		MvcResult result = resetPassword(user, user.getVersion(), newPassword).andExpect(redirectedUrl("/admin/users"))
			.andReturn();

		assertThat(afterRedirect(result)).contains("Đã đặt lại mật khẩu cho tài khoản " + clerk + ".");
		assertThat(reload(clerk).isMustChangePassword()).isTrue();
		mvc.perform(post("/login").param("username", clerk).param("password", PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/login?error"));
		mvc.perform(post("/login").param("username", clerk).param("password", newPassword).with(csrf()))
			.andExpect(redirectedUrl("/account/password"));
	}

	@Test
	void resetPasswordFromAStaleFormSaysSoAndKeepsThePassword() throws Exception {
		String clerk = account("clerk", AccountRole.CLERK);
		AppUser shown = reload(clerk);
		setEnabled(shown, false);
		setEnabled(reload(clerk), true);

		String html = body(resetPassword(shown, shown.getVersion(), "một-mật-khẩu-mới-3").andReturn()
			.getResponse());

		assertThat(html).contains("Tài khoản " + clerk + " vừa được người khác thay đổi")
			.contains("value=\"" + reload(clerk).getVersion() + "\"");
		assertThat(passwordEncoder.matches(PASSWORD, reload(clerk).getPasswordHash())).isTrue();
	}

	private ResultActions setEnabled(AppUser user, boolean enabled) throws Exception {
		return mvc.perform(post("/admin/users/{id}/enabled", user.getId()).with(admin()).with(csrf())
			.param("enabled", String.valueOf(enabled))
			.param("version", String.valueOf(user.getVersion())));
	}

	private ResultActions resetPassword(AppUser user, long version, String password) throws Exception {
		return mvc.perform(post("/admin/users/{id}/password", user.getId()).with(admin()).with(csrf())
			.param("version", String.valueOf(version))
			.param("password", password)
			.param("confirmPassword", password));
	}

}
