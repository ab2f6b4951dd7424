package vn.registry.account;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The login form, its outcomes, logout, and the header that names the user. */
class LoginTest extends AccountTestSupport {

	@Test
	void loginPageHasTheFormFieldsAndACsrfToken() throws Exception {
		String html = page("/login");

		assertThat(html).contains("name=\"username\"", "name=\"password\"", "name=\"_csrf\"", "Đăng nhập");
	}

	@Test
	void rightPasswordLogsInAndGoesHome() throws Exception {
		String clerk = account("clerk", AccountRole.CLERK);

		mvc.perform(post("/login").param("username", clerk).param("password", PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/"))
			.andExpect(authenticated().withUsername(clerk).withRoles("CLERK"));
	}

	@Test
	void usernameIsFoundWhateverItsCase() throws Exception {
		String clerk = account("clerk", AccountRole.CLERK);

		mvc.perform(post("/login").param("username", " " + clerk.toUpperCase() + " ").param("password", PASSWORD)
			.with(csrf())).andExpect(authenticated().withUsername(clerk));
	}

	@Test
	void wrongPasswordAndUnknownUserGetTheSameMessage() throws Exception {
		String clerk = account("clerk", AccountRole.CLERK);

		String wrongPassword = failedLoginPage(clerk, "not-the-password");
		String unknownUser = failedLoginPage("nobody-" + clerk, PASSWORD);

		assertThat(wrongPassword).contains("Tên đăng nhập hoặc mật khẩu không đúng.").doesNotContain("tạm khóa");
		assertThat(message(unknownUser)).isEqualTo(message(wrongPassword));
	}

	@Test
	void disabledAccountCannotLogInAndIsNotToldWhy() throws Exception {
		String clerk = account("clerk", AccountRole.CLERK);
		AppUser user = reload(clerk);
		user.setEnabled(false);
		users.save(user);

		assertThat(failedLoginPage(clerk, PASSWORD)).contains("Tên đăng nhập hoặc mật khẩu không đúng.");
	}

	@Test
	void loginWithoutCsrfTokenIsForbidden() throws Exception {
		String clerk = account("clerk", AccountRole.CLERK);

		mvc.perform(post("/login").param("username", clerk).param("password", PASSWORD))
			.andExpect(status().isForbidden())
			.andExpect(unauthenticated());
	}

	@Test
	void sessionIdChangesAtLogin() throws Exception {
		String clerk = account("clerk", AccountRole.CLERK);
		MockHttpSession session = new MockHttpSession();
		mvc.perform(MockMvcRequestBuilders.get("/login").session(session)).andExpect(status().isOk());
		String before = session.getId();

		MvcResult result = mvc.perform(post("/login").session(session)
			.param("username", clerk)
			.param("password", PASSWORD)
			.with(csrf())).andExpect(authenticated()).andReturn();

		assertThat(result.getRequest().getSession(false)).isSameAs(session);
		assertThat(session.getId()).as("session id after login").isNotEqualTo(before);
		assertThat(session.isInvalid()).isFalse();
	}

	@Test
	void logoutGoesHomeAndSaysSo() throws Exception {
		String clerk = account("clerk", AccountRole.CLERK);
		MockHttpSession session = login(clerk, PASSWORD);

		mvc.perform(post("/logout").session(session).with(csrf()))
			.andExpect(redirectedUrl("/?logout"))
			.andExpect(unauthenticated());

		assertThat(page("/", "logout", "")).contains("Bạn đã đăng xuất.");
	}

	@Test
	void headerNamesTheUserAndOffersLogout() throws Exception {
		String clerk = account("clerk", AccountRole.CLERK);
		MockHttpSession session = login(clerk, PASSWORD);

		String html = body(mvc.perform(MockMvcRequestBuilders.get("/committees").session(session)).andReturn().getResponse());

		assertThat(html).contains("Người dùng clerk", "action=\"/logout\"", "Đăng xuất").doesNotContain("href=\"/admin/users\"");
		assertThat(html.substring(html.indexOf("action=\"/logout\""))).contains("name=\"_csrf\"");
	}

	@Test
	void headerOffersAdministrationToAdministrators() throws Exception {
		String admin = account("admin", AccountRole.ADMIN);
		MockHttpSession session = login(admin, PASSWORD);

		assertThat(body(mvc.perform(MockMvcRequestBuilders.get("/").session(session)).andReturn().getResponse()))
			.contains("href=\"/admin/users\"", "Quản trị");
	}

	@Test
	void headerOffersLoginToAnonymousReaders() throws Exception {
		assertThat(page("/committees")).contains("href=\"/login\"").doesNotContain("action=\"/logout\"");
	}

	private String failedLoginPage(String username, String password) throws Exception {
		MockHttpSession session = new MockHttpSession();
		MvcResult result = mvc.perform(post("/login").session(session)
			.param("username", username)
			.param("password", password)
			.with(csrf())).andExpect(unauthenticated()).andReturn();
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).isEqualTo("/login?error");
		return body(mvc.perform(MockMvcRequestBuilders.get(location).session(session)).andReturn().getResponse());
	}

	private static String message(String loginPage) {
		int start = loginPage.indexOf("id=\"login-error\"");
		assertThat(start).as("the login page shows an error").isNotNegative();
		return loginPage.substring(start, loginPage.indexOf("</div>", start));
	}

}
