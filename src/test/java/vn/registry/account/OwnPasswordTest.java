package vn.registry.account;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every user changes their own password; one an administrator chose must be changed at the next login. */
class OwnPasswordTest extends AccountTestSupport {

	private static final String OWN = "mật-khẩu-của-riêng-tôi-7";

	@Test
	void anyLoggedInUserChangesTheirPassword() throws Exception {
		String clerk = account("clerk", AccountRole.CLERK);
		MockHttpSession session = login(clerk, PASSWORD);
		assertThat(body(mvc.perform(MockMvcRequestBuilders.get("/account/password").session(session)).andReturn()
			.getResponse())).contains("name=\"currentPassword\"").doesNotContain("id=\"must-change\"");

		mvc.perform(change(session, PASSWORD, OWN)).andExpect(redirectedUrl("/"));

		assertThat(passwordEncoder.matches(OWN, reload(clerk).getPasswordHash())).isTrue();
	}

	@Test
	void wrongCurrentPasswordIsRefusedAtTheField() throws Exception {
		String clerk = account("clerk", AccountRole.CLERK);
		MockHttpSession session = login(clerk, PASSWORD);

		String html = body(mvc.perform(change(session, "not-it-at-all", OWN)).andReturn().getResponse());

		assertThat(html).contains("Mật khẩu hiện tại không đúng.", "currentPassword-error").doesNotContain(OWN);
		assertThat(passwordEncoder.matches(PASSWORD, reload(clerk).getPasswordHash())).isTrue();
	}

	@Test
	void anonymousUsersAreSentToLogIn() throws Exception {
		mvc.perform(MockMvcRequestBuilders.get("/account/password")).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void passwordChosenByAnAdministratorMustBeChangedBeforeAnythingElse() throws Exception {
		String clerk = account("clerk", AccountRole.CLERK);
		AppUser user = reload(clerk);
		user.resetPassword(passwordEncoder.encode(PASSWORD), true);
		users.save(user);
		MockHttpSession session = new MockHttpSession();
		mvc.perform(post("/login").session(session).param("username", clerk).param("password", PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/account/password"));

		mvc.perform(MockMvcRequestBuilders.get("/decisions/new").session(session))
			.andExpect(redirectedUrl("/account/password"));
		mvc.perform(post("/committees/1/decisions/new").session(session).with(csrf()))
			.andExpect(redirectedUrl("/account/password"));
		assertThat(body(mvc.perform(MockMvcRequestBuilders.get("/account/password").session(session)).andReturn()
			.getResponse())).contains("id=\"must-change\"");

		mvc.perform(change(session, PASSWORD, OWN)).andExpect(redirectedUrl("/"));

		assertThat(reload(clerk).isMustChangePassword()).isFalse();
		mvc.perform(MockMvcRequestBuilders.get("/decisions/new").session(session)).andExpect(status().isOk());
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder change(
			MockHttpSession session, String current, String password) {
		return post("/account/password").session(session)
			.param("currentPassword", current)
			.param("password", password)
			.param("confirmPassword", password)
			.with(csrf());
	}

}
