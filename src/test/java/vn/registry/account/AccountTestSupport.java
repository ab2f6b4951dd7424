package vn.registry.account;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import vn.registry.RegistryTestSupport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Accounts for the tests: each test makes its own, with a name no other test uses. */
public abstract class AccountTestSupport extends RegistryTestSupport {

	static final String PASSWORD = "mật-khẩu-đủ-dài-1";

	@Autowired
	AppUsers users;

	@Autowired
	protected PasswordEncoder passwordEncoder;

	/** A new account in the database, committed; answers its username. */
	String account(String prefix, AccountRole role) {
		String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
		users.save(new AppUser(username, "Người dùng " + prefix, passwordEncoder.encode(PASSWORD), role, clock.instant()));
		return username;
	}

	AppUser reload(String username) {
		return users.findByUsername(username).orElseThrow();
	}

	/** Logs in through the login form and answers the session it is logged in with. */
	protected MockHttpSession login(String username, String password) throws Exception {
		MockHttpSession session = new MockHttpSession();
		String location = mvc.perform(post("/login").session(session)
			.param("username", username)
			.param("password", password)
			.with(csrf())).andReturn().getResponse().getRedirectedUrl();
		assertThat(location).as("login of %s succeeds", username).isEqualTo("/");
		return session;
	}

	/** A logged-in administrator, without a login (for tests that need no real account). */
	protected static RequestPostProcessor admin() {
		return user("test-admin").roles(AccountRole.ADMIN.name());
	}

	protected static RequestPostProcessor clerk() {
		return user("test-clerk").roles(AccountRole.CLERK.name());
	}

	/** The page at the path as an administrator sees it; asserts it answered 200. */
	protected String adminPage(String path) throws Exception {
		return body(mvc.perform(MockMvcRequestBuilders.get(path).with(admin())).andReturn().getResponse());
	}

	/** The page a redirect leads to, with the flash attributes it carried, as an administrator sees it. */
	protected String afterRedirect(MvcResult result) throws Exception {
		return body(mvc.perform(MockMvcRequestBuilders.get(result.getResponse().getRedirectedUrl())
			.with(admin())
			.flashAttrs(result.getFlashMap())).andReturn().getResponse());
	}

	/** The text of a page that answered 200. */
	protected static String body(MockHttpServletResponse response) throws Exception {
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

}
